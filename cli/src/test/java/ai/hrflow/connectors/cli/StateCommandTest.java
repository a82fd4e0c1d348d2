package ai.hrflow.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.cli.testing.MemoryData;
import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StateCommandTest extends CliTestBase {
    @BeforeEach
    void aSavedIncrementalRun() throws Exception {
        MemoryData.atsProfiles(1, 3);
        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("zoho-sync", "").toString(),
                "--incremental", "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void showPrintsTheSavedResultAndItsToken() throws Exception {
        Result r = run("state", "show", "zoho-sync");

        assertThat(r.exitCode()).isZero();
        JsonNode saved = Json.MAPPER.readTree(r.out());
        assertThat(saved.get("workflow_id").asText()).isEqualTo("zoho-sync");
        assertThat(saved.get("incremental_token").asText()).isEqualTo("3");
        assertThat(r.err()).contains("workflow 'zoho-sync': last run success at ", "incremental token: 3");
    }

    @Test
    void listShowsOneLinePerWorkflow() throws Exception {
        run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("other", "").toString(), "-q");

        Result r = run("state", "list");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("(?m)^WORKFLOW_ID +STATUS +FINISHED_AT +INCREMENTAL_TOKEN$")
                .containsPattern("(?m)^other +success +\\S+Z +3$")
                .containsPattern("(?m)^zoho-sync +success +\\S+Z +3$");
    }

    @Test
    void resetForgetsTheStateSoTheNextIncrementalRunReadsEverything() throws Exception {
        Result reset = run("state", "reset", "zoho-sync");
        Result show = run("state", "show", "zoho-sync");
        Result rerun = run("run", "memoryats", "update_profiles_in_hrflow", "-c",
                dir.resolve("zoho-sync.yaml").toString(), "--incremental", "-q");

        assertThat(reset.exitCode()).isZero();
        assertThat(reset.out()).contains("reset workflow 'zoho-sync'");
        assertThat(show.exitCode()).isEqualTo(ExitCodes.NOT_FOUND).isEqualTo(3);
        assertThat(Json.MAPPER.readTree(rerun.out()).at("/events/read_success").asInt()).isEqualTo(3);
    }

    @Test
    void anUnknownWorkflowExits1WithTheClosestOne() {
        Result show = run("state", "show", "zoho-synk");
        Result reset = run("state", "reset", "nothing-like-it");

        assertThat(show.exitCode()).isEqualTo(ExitCodes.NOT_FOUND).isEqualTo(3);
        assertThat(show.err()).contains("no saved state for workflow 'zoho-synk' in localjson:",
                "did you mean 'zoho-sync'?");
        assertThat(reset.exitCode()).isEqualTo(ExitCodes.NOT_FOUND).isEqualTo(3);
        assertThat(reset.err()).doesNotContain("did you mean");
    }

    @Test
    void aDamagedStateFileIsReportedWithoutHidingTheOthers() throws Exception {
        run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("other", "").toString(), "-q");
        Path damaged;
        try (Stream<Path> files = Files.list(dir.resolve("state/workflows"))) {
            List<Path> all = files.filter(f -> f.getFileName().toString().startsWith("zoho")).toList();
            damaged = all.get(0);
        }
        Files.writeString(damaged, "{");

        Result list = run("state", "list");
        Result show = run("state", "show", "zoho-sync");

        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).containsPattern("(?m)^other +success").containsPattern("(?m)^zoho-sync +unreadable");
        assertThat(show.exitCode()).isEqualTo(2);
    }

    @Test
    void withoutAStoreTheStateCommandsSaySo() {
        env.put("HRFLOW_CONNECTORS_STORE_ENABLED", "false");

        Result r = run("state", "list");
        Result missing = run("state");

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err()).contains("no state store: HRFLOW_CONNECTORS_STORE_ENABLED turns it off");
        assertThat(missing.exitCode()).isEqualTo(64);
        assertThat(missing.err()).contains("missing command (show, list, reset, failures)");
    }

    @Test
    void aBadStateUrlIsAUsageErrorWithoutThePassword() throws Exception {
        env.put("HRFLOW_CONNECTORS_STATE_URL", "postgresql://hr:pw-Secret-91@db.internal/");
        Result list = run("state", "list");
        Result rerun = run("run", "memoryats", "update_profiles_in_hrflow", "-c",
                dir.resolve("zoho-sync.yaml").toString(), "-q");

        for (Result r : List.of(list, rerun)) {
            assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USAGE).isEqualTo(64);
            assertThat(r.err()).contains("HRFLOW_CONNECTORS_STATE_URL", "without a database name")
                    .doesNotContain("pw-Secret-91");
        }
    }

    @Test
    void stateDirWinsOverAStateUrl() throws Exception {
        env.put("HRFLOW_CONNECTORS_STATE_URL", "postgresql://hr:pw-Secret-91@db.internal/");
        Result list = run("state", "list", "--state-dir", dir.resolve("state").toString());

        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("zoho-sync");
    }
}
