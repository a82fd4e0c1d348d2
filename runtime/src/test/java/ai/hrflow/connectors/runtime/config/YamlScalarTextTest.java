package ai.hrflow.connectors.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.params.ParameterProblem;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A YAML value that looks like a number or a boolean keeps its exact text where a string is declared. */
class YamlScalarTextTest {
    private final RunConfigLoader loader = new RunConfigLoader(Map.of());

    private RunConfig load(String sourceKey, String label, String limit) {
        return loader.parse("""
                workflow_id: w
                connector_auth: {client_id: c, client_secret: s}
                hrflow_auth: {api_secret: x, api_user: u}
                pull_parameters: {label: %s, limit: %s}
                push_parameters: {source_key: %s}
                """.formatted(label, limit, sourceKey), ConfigSyntax.YAML, ConfigFixtures.FLOW);
    }

    private static JsonNode tree(Object parameters) {
        return Json.MAPPER.valueToTree(parameters);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123456789", "007", "1e3", "0x1F", "0o17", "0e1234567890", "1.50", "-0", "+12", "True",
        "1_000", "12345678901234567890123456789", "0123456789abcdef0123456789abcdef01234567"})
    void aStringParameterGetsTheTextAsWritten(String text) {
        RunConfig config = load(text, text, "5");

        assertThat(tree(config.request().pushParameters()).get("source_key").asText()).isEqualTo(text);
        assertThat(tree(config.request().pullParameters()).get("label").asText()).isEqualTo(text);
    }

    @Test
    void plainNumbersAndBooleansStayWhatTheyAre() {
        RunConfig config = load("42", "true", "007");

        assertThat(tree(config.request().pushParameters()).get("source_key").asText()).isEqualTo("42");
        assertThat(tree(config.request().pullParameters()).get("label").asText()).isEqualTo("true");
    }

    @Test
    void anIntegerParameterRefusesAHexOrExponentText() {
        RunConfigException e = catchThrowableOfType(RunConfigException.class, () -> load("s", "l", "0x1F"));

        assertThat(e.problems()).extracting(ParameterProblem::toString)
                .containsExactly("pull_parameters.limit: expected an integer, got \"0x1F\"");
    }
}
