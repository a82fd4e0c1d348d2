package ai.hrflow.connectors.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.params.ParameterProblem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formats and logics written as JSLT expressions in the configuration, inline or in files. */
class JsltConfigTest {
    private static final String FLOW = """
            workflow_id: w
            connector_auth: {client_id: c, client_secret: s}
            hrflow_auth: {api_secret: x, api_user: u}
            push_parameters: {source_key: s}
            """;
    private static final String LEGACY_JSON = """
            {"workflow_id": "push",
             "action_parameters": %s,
             "origin_parameters": {"api_secret": "x", "api_user": "u", "source_key": "s", "profile_key": "p"},
             "target_parameters": {"client_secret": "y"}}
            """;

    @TempDir
    Path dir;

    private final RunConfigLoader loader = new RunConfigLoader(Map.of());

    private static ObjectNode candidate(String email) {
        ObjectNode item = Json.object().put("id", 3);
        item.putObject("info").put("email", email).put("source", "Referral");
        return item;
    }

    private ActionRequest yaml(String extra) {
        return loader.parse(FLOW + extra, ConfigSyntax.YAML, ConfigFixtures.FLOW).request();
    }

    private RunConfig file(String name, String content, Action action) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return loader.load(file, action);
    }

    private List<String> problems(String content, ConfigSyntax syntax, Action action) {
        RunConfigException e = catchThrowableOfType(RunConfigException.class,
                () -> loader.parse(content, syntax, action));
        assertThat(e).as("expected the configuration to be refused").isNotNull();
        return e.problems().stream().map(ParameterProblem::toString).toList();
    }

    @Test
    void anInlineFormatStartsFromTheDefaultFormatUnlessBaseIsNone() throws Exception {
        ActionRequest onDefault = yaml("""
                format:
                  base: default
                  jslt: |
                    {"tag": .info.source, *: .}
                """);
        ActionRequest implicitDefault = yaml("format: {jslt: '{\"tag\": .info.source, *: .}'}\n");
        ActionRequest alone = yaml("format: {base: none, jslt: '{\"email\": .info.email}'}\n");

        ObjectNode formatted = onDefault.format().apply(candidate("a@b.c"));
        assertThat(formatted.get("formatted_by").asText()).isEqualTo("default");
        assertThat(formatted.get("tag").asText()).isEqualTo("Referral");
        assertThat(implicitDefault.format().apply(candidate("a@b.c")).get("formatted_by").asText())
                .isEqualTo("default");
        assertThat(alone.format().apply(candidate("a@b.c"))).isEqualTo(Json.object().put("email", "a@b.c"));
    }

    @Test
    void logicsMixClassesAndExpressions() throws Exception {
        ActionRequest request = yaml("""
                logics:
                  - ai.hrflow.connectors.runtime.config.ConfigFixtures$KeepAll
                  - jslt: 'boolean(.info.email)'
                """);

        assertThat(request.logics()).hasSize(2);
        assertThat(request.logics().get(1).apply(candidate("a@b.c"))).isNotNull();
        assertThat(request.logics().get(1).apply(candidate(""))).isNull();
    }

    @Test
    void expressionsComeFromFilesRelativeToTheConfigurationFile() throws Exception {
        Files.createDirectories(dir.resolve("mappings"));
        Files.writeString(dir.resolve("mappings/format.jslt"), """
                // keeps the email only
                {"email": lowercase(.info.email)}
                """);
        Files.writeString(dir.resolve("mappings/keep.jslt"), "contains(\"@\", .info.email)\n");

        RunConfig config = file("run.yaml", FLOW + """
                format: {base: none, jslt_file: mappings/format.jslt}
                logics: [{jslt_file: mappings/keep.jslt}]
                """, ConfigFixtures.FLOW);

        assertThat(config.request().format().apply(candidate("ANA@B.C")))
                .isEqualTo(Json.object().put("email", "ana@b.c"));
        assertThat(config.request().logics().get(0).apply(candidate("nobody"))).isNull();
    }

    @Test
    void v1ActionsTakeTheSameFormsUnderActionParametersInJson() throws Exception {
        Files.writeString(dir.resolve("keep.jslt"), "boolean(.info.email)");
        RunConfig config = file("legacy.json", LEGACY_JSON.formatted("""
                {"format": {"base": "default", "jslt": "{\\"ref\\": .id, *: .}"},
                 "logics": [{"jslt_file": "keep.jslt"}]}
                """), ConfigFixtures.LEGACY);

        ObjectNode formatted = config.request().format().apply(candidate("a@b.c"));
        assertThat(formatted.get("formatted_by").asText()).isEqualTo("default");
        assertThat(formatted.get("ref").asInt()).isEqualTo(3);
        assertThat(config.request().logics()).hasSize(1);
    }

    @Test
    void aSyntaxErrorIsAProblemAtItsKeyWithLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("broken.jslt"), "{\n  \"a\": .x,\n  \"b\" .y\n}\n");

        assertThat(problems(FLOW + """
                format:
                  jslt: |
                    {"a": .x,
                     "b": .y +
                    }
                logics: [{jslt: 'boolean(.info.email'}]
                """, ConfigSyntax.YAML, ConfigFixtures.FLOW)).containsExactly(
                "logics[0].jslt: not valid JSLT at line 1, column 19 of the expression: Parse error: Encountered "
                        + "\"<EOF>\"",
                "format.jslt: not valid JSLT at line 3, column 1 of the expression: Parse error: Encountered \"}\"");
        List<String> fromFile = problems(LEGACY_JSON.formatted("{\"format\": {\"base\": \"none\", \"jslt_file\": \""
                + dir.resolve("broken.jslt").toString().replace("\\", "\\\\") + "\"}}"), ConfigSyntax.JSON,
                ConfigFixtures.LEGACY);
        assertThat(fromFile).singleElement().asString()
                .startsWith("action_parameters.format.jslt_file: not valid JSLT at line 3, column 7 of ")
                .endsWith("broken.jslt: Parse error: Encountered \".\"");
    }

    @Test
    void badFormsSayWhatToFix() {
        assertThat(problems(FLOW + """
                format: {base: java, jslt: '.', jslt_file: x.jslt, jsl: 1}
                logics: [{jslt: 42}, {jslt_file: missing.jslt}, 7]
                callback: {jslt: '.'}
                """, ConfigSyntax.YAML, ConfigFixtures.FLOW)).containsExactlyInAnyOrder(
                "format.jsl: unknown key; did you mean 'jslt'?",
                "format.base: must be one of 'default', 'none', got \"java\"",
                "format: give exactly one of jslt (the expression) or jslt_file (a file holding it, relative to the "
                        + "configuration file)",
                "logics[0].jslt: expected a JSLT expression as a string, got a number",
                "logics[1].jslt_file: no such file: " + Path.of("").toAbsolutePath().resolve("missing.jslt"),
                "logics[2]: expected the class name of a ai.hrflow.connectors.api.spi.Logic or a mapping with jslt "
                        + "or jslt_file, got a number",
                "callback: expected the class name of a ai.hrflow.connectors.api.spi.Callback, got a mapping");
    }
}
