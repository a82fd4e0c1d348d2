package ai.hrflow.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.cli.testing.MemoryData;
import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RunCommandTest extends CliTestBase {
    private static final String FUNCTIONS = "ai.hrflow.connectors.cli.testing.Functions$";

    private static JsonNode json(Result r) throws Exception {
        return Json.MAPPER.readTree(r.out());
    }

    @Test
    void aSuccessfulRunPrintsTheResultAsJsonAndExits0() throws Exception {
        MemoryData.atsProfiles(1, 3);

        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "--config",
                inboundConfig("sync", "").toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode result = json(r);
        assertThat(result.get("status").asText()).isEqualTo("success");
        assertThat(result.get("workflow_id").asText()).isEqualTo("sync");
        assertThat(result.at("/events/read_success").asInt()).isEqualTo(3);
        assertThat(result.at("/events/write_success").asInt()).isEqualTo(3);
        assertThat(MemoryData.HRFLOW_WRITTEN).hasSize(3);
        assertThat(r.err())
                .contains("hrflow-connectors: success: read 3, written 3, skipped 0, failed 0, discarded 0 in ");
    }

    @Test
    void logLinesCarryTheRunTagsOnStandardError() throws Exception {
        MemoryData.atsProfiles(1, 1);

        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("tagged", "").toString());

        // A short prefix: time, level, workflow id (the other run fields are in --log-format json).
        assertThat(r.err()).containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[tagged\\] "
                + "Read candidates 0 to 1 of the Memory ATS");
        assertThat(r.out()).doesNotContain("INFO");
    }

    @Test
    void quietLogsOnlyWarningsAndVerboseLogsDetails() throws Exception {
        MemoryData.atsProfiles(1, 1);
        Path config = inboundConfig("levels", "");

        Result quiet = run("run", "memoryats", "update_profiles_in_hrflow", "-c", config.toString(), "-q");
        Result normal = run("run", "memoryats", "update_profiles_in_hrflow", "-c", config.toString());
        Result verbose = run("run", "memoryats", "update_profiles_in_hrflow", "-c", config.toString(), "-v");
        Result both = run("run", "memoryats", "update_profiles_in_hrflow", "-c", config.toString(), "-q", "-v");

        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.err()).isEmpty();
        assertThat(json(quiet).get("status").asText()).isEqualTo("success");
        assertThat(normal.err()).contains(" INFO ").doesNotContain("DEBUG");
        assertThat(verbose.err()).contains("DEBUG", "Opening the Memory ATS");
        assertThat(both.exitCode()).isEqualTo(64);
        assertThat(both.err()).contains("mutually exclusive");
    }

    @Test
    void itemsThatFailMakeItSuccessWithFailuresAndExit1() throws Exception {
        MemoryData.atsProfiles(1, 4, 2);

        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("partial", "").toString());

        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode result = json(r);
        assertThat(result.get("status").asText()).isEqualTo("success_with_failures");
        assertThat(result.at("/events/write_failure").asInt()).isEqualTo(1);
        assertThat(result.get("failures_file").asText()).startsWith(dir.resolve("failures").toString());
        assertThat(MemoryData.HRFLOW_WRITTEN).hasSize(3);
        assertThat(r.err()).contains("success_with_failures: read 4, written 3, skipped 0, failed 1",
                "failed items in ",
                "HrFlow refused profile 2");
    }

    @Test
    void aFatalRunExits2AndSaysWhy() throws Exception {
        MemoryData.atsProfiles(1, 2);
        env.put("ATS_KEY", "revoked-key-42");

        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("fatal", "").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(json(r).get("status").asText()).isEqualTo("fatal");
        assertThat(json(r).get("reason").asText()).isEqualTo("read_failure");
        assertThat(r.err()).contains("hrflow-connectors: fatal (read_failure): read 0", "  - ");
        assertThat(MemoryData.HRFLOW_WRITTEN).isEmpty();
    }

    @Test
    void aBadConfigurationExits64WithEveryProblemAndRunsNothing() throws Exception {
        MemoryData.atsProfiles(1, 2);
        Path config = file("bad.yaml", """
                workflow_id: bad
                connector_auth: {api_key: "${NOT_SET_KEY}", region: mars}
                hrflow_auth: {api_secret: "${HRFLOW_SECRET}", api_user: robot@example.com}
                pull_parameter: {page_size: 1}
                push_parameters: {}
                batch_size: lots
                """);

        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "--config", config.toString());

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("invalid configuration " + config + " for memoryats update_profiles_in_hrflow "
                        + "(5 problems):")
                .contains("  connector_auth.api_key: environment variable NOT_SET_KEY is not set")
                .contains("  pull_parameter: unknown key; did you mean 'pull_parameters'?")
                .contains("  batch_size: expected an integer, got \"lots\"")
                .contains("  connector_auth.region: must be one of 'eu', 'us', got \"mars\"")
                .contains("  push_parameters.source_key: required")
                .contains("Run 'hrflow-connectors describe memoryats update_profiles_in_hrflow'")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(MemoryData.HRFLOW_WRITTEN).isEmpty();
        assertThat(dir.resolve("state/workflows")).doesNotExist();
    }

    @Test
    void aMissingConfigurationFileIsAConfigurationError() {
        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "-c", dir.resolve("nope.yaml").toString());

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err()).contains("(1 problem):", "(file): no such file");
    }

    @Test
    void aDryRunReadsButWritesNothingAndSavesNoState() throws Exception {
        MemoryData.atsProfiles(1, 3);

        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("dry", "").toString(),
                "--dry-run");

        assertThat(r.exitCode()).isZero();
        assertThat(json(r).get("persist").asBoolean()).isFalse();
        assertThat(json(r).at("/events/read_success").asInt()).isEqualTo(3);
        assertThat(MemoryData.HRFLOW_WRITTEN).isEmpty();
        assertThat(r.err()).contains("dry run: nothing written");
        assertThat(run("state", "show", "dry").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    }

    @Test
    void anIncrementalRunStartsAfterTheTokenTheLastRunSaved() throws Exception {
        MemoryData.atsProfiles(1, 3);
        Path config = inboundConfig("incr", "");

        Result first = run("run", "memoryats", "update_profiles_in_hrflow", "-c", config.toString(), "--incremental");
        MemoryData.atsProfiles(4, 5);
        Result second = run("run", "memoryats", "update_profiles_in_hrflow", "-c", config.toString(), "--incremental");
        Result full = run("run", "memoryats", "update_profiles_in_hrflow", "-c", config.toString());

        assertThat(json(first).get("incremental_token").asText()).isEqualTo("3");
        assertThat(json(second).at("/events/read_success").asInt()).isEqualTo(2);
        assertThat(json(second).get("incremental_token").asText()).isEqualTo("5");
        assertThat(json(full).at("/events/read_success").asInt()).isEqualTo(5);
        assertThat(MemoryData.HRFLOW_WRITTEN).extracting(p -> p.get("id").asInt())
                .containsExactly(1, 2, 3, 4, 5, 1, 2, 3, 4, 5);
    }

    @Test
    void theStateDirectoryOptionWinsOverTheEnvironment() throws Exception {
        MemoryData.atsProfiles(1, 1);
        env.put("HRFLOW_CONNECTORS_STORE_ENABLED", "false");
        Path stateDir = dir.resolve("elsewhere");

        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("where", "").toString(),
                "--incremental", "--state-dir", stateDir.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(run("state", "show", "where", "--state-dir", stateDir.toString()).exitCode()).isZero();
    }

    @Test
    void environmentVariablesAndDefaultsFillTheConfiguration() throws Exception {
        MemoryData.atsProfiles(1, 5);
        env.put("PAGE", "1");

        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("env", """
                pull_parameters: {page_size: "${PAGE}", label: "${LABEL:-none}"}
                batch_size: ${BATCH:-5}
                """).toString(), "-v");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("Read candidates 4 to 5 of the Memory ATS", "in batches of 5");
    }

    @Test
    void logicsFormatAndCallbackAreNamedByClass() throws Exception {
        MemoryData.atsProfiles(1, 4);

        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("functions", """
                logics: [%1$sDropOddIds]
                format: %1$sUppercaseName
                callback: %1$sRecordingCallback
                """.formatted(FUNCTIONS)).toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(json(r).at("/events/logics_discard").asInt()).isEqualTo(2);
        assertThat(MemoryData.HRFLOW_WRITTEN).extracting(p -> p.get("name").asText())
                .containsExactly("CANDIDATE 2", "CANDIDATE 4");
        assertThat(MemoryData.CALLBACKS).containsExactly("functions");
    }

    @Test
    void aLegacyActionRunsFromItsV1Keys() throws Exception {
        MemoryData.HRFLOW_PROFILES.put("p-1", Json.object().put("key", "p-1").put("name", "Ana"));
        Path config = file("legacy.json", """
                {"workflow_id": "push",
                 "action_parameters": {"read_mode": "sync"},
                 "origin_parameters": {"api_secret": "${HRFLOW_SECRET}", "api_user": "u", "source_key": "s",
                                       "profile_key": "p-1"},
                 "target_parameters": {"api_key": "${ATS_KEY}", "owner": "recruiter"}}
                """);

        Result r = run("run", "memoryats", "push_profile", "-c", config.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(MemoryData.ATS_WRITTEN).singleElement()
                .satisfies(p -> assertThat(p.get("formatted_by").asText()).isEqualTo("default"));
    }

    @Test
    void progressIsOneUpdatingLineOnlyWhenStandardErrorIsATerminal() throws Exception {
        MemoryData.atsProfiles(1, 3);
        Path config = inboundConfig("progress", "");

        Result piped = run("run", "memoryats", "update_profiles_in_hrflow", "-c", config.toString());
        terminal = true;
        Result tty = run("run", "memoryats", "update_profiles_in_hrflow", "-c", config.toString());

        assertThat(piped.err()).doesNotContain("\r");
        assertThat(tty.err()).containsPattern("\r\u001b\\[Kread 3 of ~3 \\(100%\\) \\| written 3 \\| skipped 0 \\| failed 0 "
                + "\\| discarded 0 \\| "
                + "[0-9,.]+/s \\| 00:0\\d\n");
    }

    @Test
    void endpointsOfTheFileAndOfTheEnvironmentMustBeUrls() throws Exception {
        env.put("HRFLOW_CONNECTORS_ENDPOINTS", "not-a-pair");

        Result fromEnv = run("run", "memoryats", "update_profiles_in_hrflow", "-c",
                inboundConfig("endpoints", "").toString());
        Result fromFile = run("run", "memoryats", "update_profiles_in_hrflow", "-c",
                inboundConfig("endpoints2", "endpoints: {\"https://api.hrflow.ai\": 12}\n").toString());

        assertThat(fromEnv.exitCode()).isEqualTo(64);
        assertThat(fromEnv.err()).contains("HRFLOW_CONNECTORS_ENDPOINTS: expected real=replacement pairs");
        assertThat(fromFile.exitCode()).isEqualTo(64);
        assertThat(fromFile.err()).contains("endpoints.https://api.hrflow.ai: expected a replacement base URL");
        assertThat(Files.exists(dir.resolve("state/workflows/endpoints.json"))).isFalse();
    }

    @Test
    void incrementalIsRefusedBeforeRunningForAnActionThatCannotReadIncrementally() throws Exception {
        Path config = file("outbound.yaml", """
                workflow_id: out
                connector_auth: {api_key: "${ATS_KEY}"}
                hrflow_auth: {api_secret: "${HRFLOW_SECRET}", api_user: robot@example.com}
                pull_parameters: {api_secret: x, api_user: u, source_key: s, profile_key: p}
                """);

        Result flag = run("run", "memoryats", "create_profiles_in_memoryats", "-c", config.toString(),
                "--incremental");
        Result file = run("run", "memoryats", "create_profiles_in_memoryats", "-c",
                file("outbound2.yaml", Files.readString(config) + "incremental: true\n").toString());

        assertThat(flag.exitCode()).isEqualTo(64);
        assertThat(flag.err()).contains("--incremental: HrFlow cannot be read incrementally by "
                + "create_profiles_in_memoryats (mode create); run it without incremental");
        assertThat(file.exitCode()).isEqualTo(64);
        assertThat(file.err()).contains("  incremental: HrFlow cannot be read incrementally");
        assertThat(MemoryData.ATS_WRITTEN).isEmpty();
    }
}
