package ai.hrflow.connectors.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.params.ParameterProblem;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunConfigLoaderTest {
    private static final String FIXTURES = "ai.hrflow.connectors.runtime.config.ConfigFixtures$";
    private static final Map<String, String> ENV = Map.of("ATS_SECRET", "ats-s3cr3t", "HRFLOW_SECRET", "hf-s3cr3t");

    @TempDir
    Path dir;

    private final RunConfigLoader loader = new RunConfigLoader(ENV);

    private static final String FLOW_YAML = """
            workflow_id: ats-sync
            connector_auth:
              client_id: my-client
              client_secret: ${ATS_SECRET}
              region: ${ATS_REGION:-us}
            hrflow_auth: {api_secret: "${HRFLOW_SECRET}", api_user: me@example.com}
            pull_parameters: {limit: 50, label: "$${not a reference}"}
            push_parameters: {source_key: src}
            logics: [%1$sKeepAll]
            format: %1$sTagged
            callback: %1$sQuiet
            persist: "false"
            incremental: true
            batch_size: 25
            write_concurrency: 2
            endpoints: {"https://api.hrflow.ai": "http://127.0.0.1:9999"}
            """.formatted(FIXTURES);

    private RunConfig loadFile(String name, String content, Action action) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return loader.load(file, action);
    }

    private List<ParameterProblem> problems(String yaml, Action action) {
        RunConfigException e = catchThrowableOfType(RunConfigException.class,
                () -> loader.parse(yaml, ConfigSyntax.YAML, action));
        assertThat(e).as("expected the configuration to be refused").isNotNull();
        return e.problems();
    }

    @Test
    void aFlowConfigBecomesTheRequestWithReferencesResolvedAndClassesCreated() throws IOException {
        RunConfig config = loadFile("sync.yaml", FLOW_YAML, ConfigFixtures.FLOW);
        ActionRequest request = config.request();

        assertThat(request.workflowId()).isEqualTo("ats-sync");
        JsonNode auth = (JsonNode) request.connectorAuth();
        assertThat(auth.get("client_secret").asText()).isEqualTo("ats-s3cr3t");
        assertThat(auth.get("region").asText()).isEqualTo("us");
        assertThat(((JsonNode) request.pullParameters()).get("label").asText()).isEqualTo("${not a reference}");
        assertThat(request.logics()).singleElement().isInstanceOf(ConfigFixtures.KeepAll.class);
        assertThat(request.format()).isInstanceOf(ConfigFixtures.Tagged.class);
        assertThat(request.callback()).isInstanceOf(ConfigFixtures.Quiet.class);
        assertThat(request.persist()).isFalse();
        assertThat(request.incremental()).isTrue();
        assertThat(request.batchSize()).isEqualTo(25);
        assertThat(request.writeConcurrency()).isEqualTo(2);
        assertThat(config.endpoints().resolve("https://api.hrflow.ai/v1/profile"))
                .isEqualTo("http://127.0.0.1:9999/v1/profile");
        assertThat(config.secretValues()).containsExactlyInAnyOrder("ats-s3cr3t", "hf-s3cr3t");
        assertThat(config.toString()).doesNotContain("s3cr3t");
    }

    @Test
    void jsonIsReadByExtensionOrByContent() throws IOException {
        String json = """
                {"workflow_id": "w", "connector_auth": {"client_id": "c", "client_secret": "${ATS_SECRET}"},
                 "hrflow_auth": {"api_secret": "x", "api_user": "u"}, "push_parameters": {"source_key": "s"}}
                """;
        assertThat(loadFile("a.json", json, ConfigFixtures.FLOW).request().workflowId()).isEqualTo("w");
        assertThat(loadFile("a.conf", json, ConfigFixtures.FLOW).request().workflowId()).isEqualTo("w");
        assertThat(ConfigSyntax.detect(dir.resolve("a.conf"), json)).isEqualTo(ConfigSyntax.JSON);
        assertThat(ConfigSyntax.detect(dir.resolve("a.yml"), json)).isEqualTo(ConfigSyntax.YAML);
    }

    @Test
    void absentFunctionsLeaveTheActionDefaultsAndAnEmptyListReplacesThem() {
        String base = """
                workflow_id: w
                connector_auth: {client_id: c, client_secret: s}
                hrflow_auth: {api_secret: x, api_user: u}
                push_parameters: {source_key: s}
                """;
        ActionRequest defaults = loader.parse(base, ConfigSyntax.YAML, ConfigFixtures.FLOW).request();
        ActionRequest none = loader.parse(base + "logics: []\n", ConfigSyntax.YAML, ConfigFixtures.FLOW).request();

        assertThat(defaults.logics()).isNull();
        assertThat(defaults.format()).isNull();
        assertThat(defaults.persist()).isTrue();
        assertThat(defaults.incremental()).isFalse();
        assertThat(none.logics()).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnceByPath() {
        List<ParameterProblem> problems = problems("""
                workflow_id: w
                connector_auth: {client_id: c, client_secret: "${UNSET_SECRET}"}
                hrflow_auth: {api_secret: x, api_user: u}
                pull_parameter: {limit: 5}
                push_parameters: {}
                persist: maybe
                logics: [com.example.Missing]
                """, ConfigFixtures.FLOW);

        assertThat(problems).extracting(ParameterProblem::toString).containsExactlyInAnyOrder(
                "connector_auth.client_secret: environment variable UNSET_SECRET is not set (set it, or give a "
                        + "default: ${UNSET_SECRET:-...})",
                "pull_parameter: unknown key; did you mean 'pull_parameters'?",
                "persist: expected true or false, got \"maybe\"",
                "logics[0]: class com.example.Missing not found on the class path (give its fully qualified "
                        + "name and add its jar to the class path)",
                "push_parameters.source_key: required");
    }

    @Test
    void anUnresolvedReferenceIsReportedOnceNotAlsoAsABadValue() {
        List<ParameterProblem> problems = problems("""
                workflow_id: w
                connector_auth: {client_id: c, client_secret: s}
                hrflow_auth: {api_secret: x, api_user: u}
                pull_parameters: {limit: "${LIMIT}"}
                push_parameters: {source_key: s}
                """, ConfigFixtures.FLOW);

        assertThat(problems).singleElement().extracting(ParameterProblem::path).isEqualTo("pull_parameters.limit");
        assertThat(problems.get(0).message()).contains("LIMIT is not set");
    }

    @Test
    void anUnknownKeyFarFromAnyListsTheKeysTheActionTakes() {
        List<ParameterProblem> problems = problems("workflow_id: w\nzzz: 1\n", ConfigFixtures.FLOW);

        assertThat(problems).filteredOn(p -> p.path().equals("zzz")).singleElement()
                .extracting(ParameterProblem::message).asString()
                .contains("unknown key; this action takes workflow_id, connector_auth, hrflow_auth");
    }

    @Test
    void keysOfTheOtherGenerationSayWhichKeysTheActionTakes() {
        List<ParameterProblem> v2 = problems("""
                workflow_id: w
                origin_parameters: {a: 1}
                action_parameters: {read_mode: sync}
                """, ConfigFixtures.FLOW);
        List<ParameterProblem> v1 = problems("""
                workflow_id: w
                connector_auth: {client_id: c}
                logics: []
                incremental: true
                """, ConfigFixtures.LEGACY);

        assertThat(v2).filteredOn(p -> p.path().equals("origin_parameters")).singleElement()
                .extracting(ParameterProblem::message).asString()
                .startsWith("not taken by this v2 action; it takes workflow_id, connector_auth, hrflow_auth");
        assertThat(v2).extracting(ParameterProblem::path).contains("action_parameters");
        assertThat(v1).extracting(ParameterProblem::toString).contains(
                "connector_auth: not taken by this v1 action; it takes workflow_id, action_parameters, "
                        + "origin_parameters, target_parameters, batch_size, write_concurrency, park_after, endpoints",
                "logics: not taken by this v1 action (v1 actions take it as action_parameters.logics); it takes "
                        + "workflow_id, action_parameters, origin_parameters, target_parameters, batch_size, "
                        + "write_concurrency, park_after, endpoints");
        assertThat(v1).filteredOn(p -> p.path().equals("incremental")).singleElement()
                .extracting(ParameterProblem::message).asString().contains("action_parameters.read_mode");
    }

    @Test
    void aLegacyConfigTakesItsFunctionsAndReadModeUnderActionParameters() {
        RunConfig config = loader.parse("""
                workflow_id: push
                action_parameters:
                  logics: [%1$sKeepAll, %1$sKeepAll]
                  format: %1$sTagged
                  read_mode: incremental
                origin_parameters: {api_secret: "${HRFLOW_SECRET}", api_user: u, source_key: s, profile_key: p}
                target_parameters: {client_secret: "${ATS_SECRET}", owner: o}
                batch_size: 10
                """.formatted(FIXTURES), ConfigSyntax.YAML, ConfigFixtures.LEGACY);

        assertThat(config.request().logics()).hasSize(2);
        assertThat(config.request().format()).isInstanceOf(ConfigFixtures.Tagged.class);
        assertThat(config.request().incremental()).isTrue();
        assertThat(config.request().batchSize()).isEqualTo(10);
        assertThat(config.secretValues()).containsExactlyInAnyOrder("hf-s3cr3t", "ats-s3cr3t");
    }

    @Test
    void legacyActionParametersAreValidatedWithSuggestions() {
        List<ParameterProblem> problems = problems("""
                workflow_id: push
                action_parameters: {read_mod: incremental, format: 42}
                origin_parameters: {api_secret: x, api_user: u, source_key: s, profile_key: p}
                target_parameters: {client_secret: y}
                """, ConfigFixtures.LEGACY);

        assertThat(problems).extracting(ParameterProblem::toString).containsExactlyInAnyOrder(
                "action_parameters.read_mod: unknown parameter; did you mean 'read_mode'?",
                "action_parameters.format: expected a Java class name or a mapping with jslt or jslt_file, got 42");
    }

    @Test
    void classProblemsSayWhatToFix() {
        List<ParameterProblem> problems = problems("""
                workflow_id: w
                connector_auth: {client_id: c, client_secret: s}
                hrflow_auth: {api_secret: x, api_user: u}
                push_parameters: {source_key: s}
                logics:
                  - %1$sNotALogic
                  - %1$sNeedsArgument
                  - %1$sExploding
                  - %1$sPartial
                  - ai.hrflow.connectors.runtime.config.ConfigFixtures.KeepAll
                  - 7
                format: %1$sKeepAll
                callback: ""
                """.formatted(FIXTURES), ConfigFixtures.FLOW);

        assertThat(problems).extracting(ParameterProblem::toString).containsExactly(
                "logics[0]: class " + FIXTURES + "NotALogic does not implement ai.hrflow.connectors.api.spi.Logic",
                "logics[1]: class " + FIXTURES + "NeedsArgument has no public no-argument constructor",
                "logics[2]: class " + FIXTURES + "Exploding could not be created: its constructor threw "
                        + "java.lang.IllegalStateException: missing setting",
                "logics[3]: class " + FIXTURES + "Partial is abstract; name a concrete class",
                "logics[4]: class ai.hrflow.connectors.runtime.config.ConfigFixtures.KeepAll not found; did you mean "
                        + FIXTURES + "KeepAll?",
                "logics[5]: expected the class name of a ai.hrflow.connectors.api.spi.Logic or a mapping with jslt or "
                        + "jslt_file, got a number",
                "format: class " + FIXTURES + "KeepAll does not implement ai.hrflow.connectors.api.spi.Format",
                "callback: expected the fully qualified name of a class implementing "
                        + "ai.hrflow.connectors.api.spi.Callback");
    }

    @Test
    void runOptionsAndEndpointsAreChecked() {
        List<ParameterProblem> problems = problems("""
                workflow_id: w
                connector_auth: {client_id: c, client_secret: s}
                hrflow_auth: {api_secret: x, api_user: u}
                push_parameters: {source_key: s}
                batch_size: 0
                write_concurrency: many
                endpoints: {"api.hrflow.ai": "http://localhost", "https://a.example": "ftp://user:pw@proxy"}
                """, ConfigFixtures.FLOW);

        assertThat(problems).extracting(ParameterProblem::toString).containsExactlyInAnyOrder(
                "batch_size: must be between 1 and 1000, got 0",
                "write_concurrency: expected an integer, got \"many\"",
                "endpoints.api.hrflow.ai: the key must be a base URL starting with http:// or https://",
                "endpoints.https://a.example: expected a replacement base URL starting with http:// or https://");
        assertThat(problems.toString()).doesNotContain("pw@proxy");
    }

    @Test
    void secretsNeverAppearInProblems() {
        List<ParameterProblem> problems = problems("""
                workflow_id: ""
                connector_auth: {client_id: c, client_secret: [inline-s3cr3t], clientsecret: inline-s3cr3t}
                hrflow_auth: {api_secret: {value: inline-s3cr3t}, api_user: u}
                push_parameters: {source_key: s}
                """, ConfigFixtures.FLOW);

        assertThat(problems).extracting(ParameterProblem::path).contains("workflow_id",
                "connector_auth.client_secret", "connector_auth.clientsecret", "hrflow_auth.api_secret");
        assertThat(problems.toString()).doesNotContain("inline-s3cr3t");
    }

    @Test
    void fileProblemsAreReportedByPositionWithoutQuotingTheText() throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "workflow_id: w\nconnector_auth:\n  client_secret: \"inline-s3cr3t\n  x: [\n");
        Path twice = dir.resolve("twice.json");
        Files.writeString(twice, "{\"workflow_id\": \"a\", \"workflow_id\": \"inline-s3cr3t\"}");

        for (Path file : List.of(broken, twice, dir.resolve("missing.yaml"))) {
            RunConfigException e = catchThrowableOfType(RunConfigException.class,
                    () -> loader.load(file, ConfigFixtures.FLOW));
            assertThat(e.source()).isEqualTo(file);
            assertThat(e.problems()).singleElement().extracting(ParameterProblem::path)
                    .isEqualTo(RunConfigLoader.FILE_PATH);
            assertThat(e.getMessage()).doesNotContain("inline-s3cr3t");
        }
        assertThat(catchThrowableOfType(RunConfigException.class, () -> loader.load(twice, ConfigFixtures.FLOW))
                .getMessage()).contains("'workflow_id' is given twice").contains("line 1");
        assertThat(catchThrowableOfType(RunConfigException.class, () -> loader.load(broken, ConfigFixtures.FLOW))
                .getMessage()).startsWith("(file): not valid YAML at line");
    }

    @Test
    void theTopMustBeOneMapping() {
        assertThat(problems("", ConfigFixtures.FLOW)).extracting(ParameterProblem::message)
                .containsExactly("the file is empty");
        assertThat(problems("- a\n- b\n", ConfigFixtures.FLOW)).extracting(ParameterProblem::message)
                .containsExactly("expected a mapping of keys (workflow_id, ...) at the top, got a list");
        assertThat(problems("workflow_id: a\n---\nworkflow_id: b\n", ConfigFixtures.FLOW))
                .extracting(ParameterProblem::message).first().asString().contains("several YAML documents");
    }

    @Test
    void anIncrementalRunOfAnActionThatCannotReadIncrementallyIsAConfigurationProblem() {
        List<ParameterProblem> problems = problems("""
                workflow_id: w
                action_parameters: {read_mode: incremental}
                origin_parameters: {source_key: s}
                target_parameters: {client_secret: y}
                """, ConfigFixtures.NOT_INCREMENTAL);

        assertThat(problems).extracting(ParameterProblem::toString).containsExactly(
                "action_parameters.read_mode: HrFlow.ai Profiles cannot be read incrementally by push_profile_list "
                        + "(mode create); run it without incremental");
    }
}
