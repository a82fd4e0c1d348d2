package ai.hrflow.connectors.jsonl;

import static ai.hrflow.connectors.jsonl.JsonLinesFixtures.append;
import static ai.hrflow.connectors.jsonl.JsonLinesFixtures.bytes;
import static ai.hrflow.connectors.jsonl.JsonLinesFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorType;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Flow;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.Reason;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import ai.hrflow.connectors.runtime.state.InMemoryStateStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines on both sides of a real engine run: what users get from an export, an import, a replay. */
class JsonLinesEngineTest {
    @TempDir
    Path dir;

    final InMemoryStateStore store = new InMemoryStateStore();

    final Connector connector = Connector.builder()
            .name("JSON Lines")
            .subtype("jsonl")
            .type(ConnectorType.OTHER)
            .warehouse(JsonLinesWarehouse.create())
            .hrflow(JsonLinesWarehouse.create())
            .flow(Flow.of(Mode.CREATE, Entity.PROFILE, Direction.INBOUND))
            .build();

    Path in() {
        return dir.resolve("in.jsonl");
    }

    Path out() {
        return dir.resolve("export/out.jsonl");
    }

    RunResult run(Map<String, Object> push) {
        Action action = connector.action("create_profiles_in_hrflow").orElseThrow();
        RunEnvironment env = RunEnvironment.builder().stateStore(store).failuresDirectory(dir.resolve("failures"))
                .build();
        return env.run(action, ActionRequest.builder("wf")
                .pullParameters(Map.of("path", in().toString()))
                .pushParameters(push)
                .incremental(true)
                .build());
    }

    RunResult run() {
        return run(Map.of("path", out().toString()));
    }

    static String profiles(int from, int to) {
        StringBuilder lines = new StringBuilder();
        for (int id = from; id <= to; id++) {
            lines.append("{\"id\":").append(id).append(",\"name\":\"Candidate ").append(id).append("\"}\n");
        }
        return lines.toString();
    }

    static List<Integer> ids(Path file) throws IOException {
        List<Integer> ids = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            ids.add(Json.MAPPER.readTree(line).get("id").asInt());
        }
        return ids;
    }

    static List<Integer> range(int from, int to) {
        List<Integer> ids = new ArrayList<>();
        for (int id = from; id <= to; id++) {
            ids.add(id);
        }
        return ids;
    }

    static List<JsonNode> failures(RunResult result) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(result.failuresFile()))) {
            lines.add(Json.MAPPER.readTree(line));
        }
        return lines;
    }

    @Test
    void copiesEveryObjectRecordsBadLinesAndTheNextIncrementalRunCopiesOnlyNewLines() throws IOException {
        String good = profiles(1, 1203);
        write(in(), good + "[1,2]\n{\"broken\":\n");

        RunResult first = run();

        assertThat(first.status()).isEqualTo(Status.SUCCESS_WITH_FAILURES);
        assertThat(first.count(Event.READ_SUCCESS)).isEqualTo(1203);
        assertThat(first.count(Event.READ_FAILURE)).isEqualTo(2);
        assertThat(first.count(Event.WRITE_SUCCESS)).isEqualTo(1203);
        assertThat(Files.readString(out())).isEqualTo(good);
        assertThat(first.incrementalToken()).isEqualTo(bytes(good) + ":1203");
        List<JsonNode> failed = failures(first);
        assertThat(failed).extracting(f -> f.get("stage").asText()).containsExactly("read", "read");
        assertThat(failed.get(0).get("reason").asText()).isEqualTo("line 1204: expected a JSON object, got an array");
        assertThat(failed.get(0).get("item")).isEqualTo(Json.object().put("raw", "[1,2]").put("line", 1204));
        assertThat(failed.get(1).get("reason").asText()).startsWith("line 1205: not valid JSON");

        append(in(), profiles(1204, 1205));
        RunResult second = run();

        assertThat(second.count(Event.READ_SUCCESS)).isEqualTo(2);
        assertThat(second.count(Event.WRITE_SUCCESS)).isEqualTo(2);
        assertThat(ids(out())).isEqualTo(range(1, 1205));
        // The token never passes an item that failed, so the bad lines are read (and reported) again.
        assertThat(second.count(Event.READ_FAILURE)).isEqualTo(2);
        assertThat(failures(second)).extracting(f -> f.get("item").get("line").asInt()).containsExactly(1204, 1205);
    }

    @Test
    void aBadLineHoldsThePositionBackAndTheExportIsCutBackSoNoLineIsCopiedTwice() throws IOException {
        write(in(), profiles(1, 2) + "oops\n" + profiles(3, 4));

        RunResult first = run();
        append(in(), profiles(5, 5));
        RunResult second = run();

        // Items 1 to 4 went out in one batch: the last read position that matches the output exactly is the
        // start, so the export is cut back to it and the next run writes each line once.
        assertThat(first.incrementalToken()).isNull();
        assertThat(first.writerPosition()).isEqualTo("v1:0:" + out().toAbsolutePath());
        assertThat(second.count(Event.READ_FAILURE)).isEqualTo(1);
        assertThat(ids(out())).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void anInputReplacedByAShorterFileStopsTheRunAndLeavesTheExportAsItWas() throws IOException {
        write(in(), profiles(1, 3));
        Map<String, Object> replace = Map.of("path", out().toString(), "overwrite", true);
        RunResult first = run(replace);
        write(in(), profiles(1, 1));

        RunResult second = run(replace);

        assertThat(second.status()).isEqualTo(Status.FATAL);
        assertThat(second.reason()).isEqualTo(Reason.READ_FAILURE);
        assertThat(second.errors()).anySatisfy(e -> assertThat(e)
                .contains("the file was replaced or truncated").endsWith("hrflow-connectors state reset wf"));
        assertThat(second.incrementalToken()).isEqualTo(first.incrementalToken());
        assertThat(ids(out())).containsExactly(1, 2, 3);

        store.reset("wf");
        RunResult afterReset = run(replace);

        assertThat(afterReset.status()).isEqualTo(Status.SUCCESS);
        assertThat(ids(out())).containsExactly(1);
    }
}
