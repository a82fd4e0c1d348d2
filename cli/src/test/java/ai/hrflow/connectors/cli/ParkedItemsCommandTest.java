package ai.hrflow.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.cli.testing.MemoryData;
import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code --park-after}, {@code state failures} and {@code run --replay-parked}. */
class ParkedItemsCommandTest extends CliTestBase {
    private static final String FUNCTIONS = "ai.hrflow.connectors.cli.testing.Functions$";

    private Result incremental(Path config, String... more) {
        String[] args = new String[] {"run", "memoryats", "update_profiles_in_hrflow", "-c", config.toString(),
            "--incremental", "-q"};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return run(all);
    }

    @Test
    void anItemRefusedTwiceIsParkedListedAndReplayedOnceFixed() throws Exception {
        MemoryData.atsProfiles(1, 4, 2);
        Path config = inboundConfig("parking", "park_after: 2\n");

        Result first = incremental(config);
        Result none = run("state", "failures", "parking");
        assertThat(none.exitCode()).isZero();
        assertThat(none.err()).contains("workflow 'parking': 0 parked item(s)");

        terminal = false;
        Result second = run("run", "memoryats", "update_profiles_in_hrflow", "-c", config.toString(), "--incremental");
        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(second.exitCode()).isEqualTo(1);
        JsonNode result = Json.MAPPER.readTree(second.out());
        assertThat(result.at("/events/parked").asInt()).isEqualTo(1);
        assertThat(result.get("incremental_token").asText()).isEqualTo("4");
        assertThat(second.err()).contains("parked 1 (see state failures parking)", "WARN", "Parked the item");

        Result table = run("state", "failures", "parking");
        assertThat(table.exitCode()).as("items are parked").isEqualTo(1);
        assertThat(table.out())
                .containsPattern("(?m)^KEY +ATTEMPTS +STAGE +FIRST_FAILED_AT +LAST_FAILED_AT +TOKEN +REASON$")
                .containsPattern("(?m)^[0-9a-f]{12} +2 +write +\\S+Z +\\S+Z +2 +HrFlow refused profile 2$");
        Result asJson = run("state", "failures", "parking", "--json");
        JsonNode parked = Json.MAPPER.readTree(asJson.out());
        assertThat(parked).hasSize(1);
        assertThat(parked.get(0).at("/item/id").asInt()).isEqualTo(2);
        assertThat(parked.get(0).get("attempts").asInt()).isEqualTo(2);

        MemoryData.HRFLOW_WRITTEN.clear();
        Result nothingNew = incremental(config);
        assertThat(nothingNew.exitCode()).isZero();
        assertThat(MemoryData.HRFLOW_WRITTEN).isEmpty();

        Result stillFailing = incremental(config, "--replay-parked");
        assertThat(stillFailing.exitCode()).as("every replayed item failed: fatal/write_failure").isEqualTo(2);
        assertThat(Json.MAPPER.readTree(run("state", "failures", "parking", "--json").out()).get(0)
                .get("attempts").asInt()).isEqualTo(3);

        Path fixed = inboundConfig("parking", "park_after: 2\nformat: " + FUNCTIONS + "ClearFailFlag\n");
        Result replayed = incremental(fixed, "--replay-parked");
        assertThat(replayed.exitCode()).as(replayed.err()).isZero();
        JsonNode replay = Json.MAPPER.readTree(replayed.out());
        assertThat(replay.at("/events/write_success").asInt()).isEqualTo(1);
        assertThat(replay.get("incremental_token").asText()).as("the position stays").isEqualTo("4");
        assertThat(MemoryData.HRFLOW_WRITTEN).extracting(p -> p.get("id").asInt()).containsExactly(2);
        assertThat(run("state", "failures", "parking").exitCode()).isZero();
    }

    @Test
    void parkAfterOnTheCommandLineWinsAndNegativeIsAUsageError() throws Exception {
        MemoryData.atsProfiles(1, 2, 1);
        Path config = inboundConfig("cli-park", "park_after: 5\n");

        Result once = incremental(config, "--park-after", "1");
        Result negative = incremental(config, "--park-after", "-1");

        assertThat(Json.MAPPER.readTree(once.out()).at("/events/parked").asInt()).isEqualTo(1);
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(Json.MAPPER.readTree(negative.out()).get("reason").asText()).isEqualTo("bad_action_parameters");
        assertThat(negative.out()).contains("park_after: must be 0 (never park) or more");
    }

    @Test
    void failuresOfAWorkflowWithNothingParkedExits0() {
        Result r = run("state", "failures", "never-ran");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("0 parked item(s)");
    }
}
