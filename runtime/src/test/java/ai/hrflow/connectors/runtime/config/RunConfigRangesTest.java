package ai.hrflow.connectors.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.params.ParameterProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Numbers a run cannot honour are refused at validation, all at once, never wrapped or clamped. */
class RunConfigRangesTest {
    private final RunConfigLoader loader = new RunConfigLoader(Map.of());

    private List<String> problems(String yaml) {
        RunConfigException e = catchThrowableOfType(RunConfigException.class,
                () -> loader.parse(yaml, ConfigSyntax.YAML, ConfigFixtures.FLOW));
        assertThat(e).as("expected the configuration to be refused").isNotNull();
        return e.problems().stream().map(ParameterProblem::toString).toList();
    }

    @Test
    void integersBeyondSixtyFourBitsAndRunOptionsOutsideTheirMaximumsAreListedByPath() {
        List<String> problems = problems("""
                workflow_id: w
                connector_auth: {client_id: c, client_secret: s}
                hrflow_auth: {api_secret: x, api_user: u}
                pull_parameters: {limit: 18446744073709551617}
                push_parameters: {source_key: s}
                batch_size: 1001
                write_concurrency: 100000
                """);

        assertThat(problems).containsExactlyInAnyOrder(
                "pull_parameters.limit: out of range: 18446744073709551617 does not fit in a 64-bit integer "
                        + "(-9223372036854775808 to 9223372036854775807)",
                "batch_size: must be between 1 and 1000, got 1001",
                "write_concurrency: must be between 1 and 64, got 100000");
    }

    @Test
    void anExponentOrANumericStringTooLargeIsOutOfRangeToo() {
        List<String> exponent = problems("""
                workflow_id: w
                connector_auth: {client_id: c, client_secret: s}
                hrflow_auth: {api_secret: x, api_user: u}
                pull_parameters: {limit: 1.0e30}
                push_parameters: {source_key: s}
                write_concurrency: "99999999999999999999"
                """);

        assertThat(exponent).hasSize(2).allSatisfy(p -> assertThat(p).contains("out of range"));
        assertThat(exponent).anySatisfy(p -> assertThat(p).startsWith("pull_parameters.limit: "))
                .anySatisfy(p -> assertThat(p).startsWith("write_concurrency: "));
    }

    @Test
    void theLargestSixtyFourBitIntegerIsKept() {
        RunConfig config = loader.parse("""
                workflow_id: w
                connector_auth: {client_id: c, client_secret: s}
                hrflow_auth: {api_secret: x, api_user: u}
                pull_parameters: {limit: 9223372036854775807}
                push_parameters: {source_key: s}
                batch_size: 1000
                write_concurrency: 64
                """, ConfigSyntax.YAML, ConfigFixtures.FLOW);

        assertThat(Json.MAPPER.valueToTree(config.request().pullParameters()).get("limit").toString()).isEqualTo("9223372036854775807");
        assertThat(config.request().batchSize()).isEqualTo(1000);
        assertThat(config.request().writeConcurrency()).isEqualTo(64);
    }
}
