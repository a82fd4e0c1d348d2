package ai.hrflow.connectors.jsonl;

import static ai.hrflow.connectors.jsonl.JsonLinesFixtures.bytes;
import static ai.hrflow.connectors.jsonl.JsonLinesFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorType;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Flow;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.api.spi.Format;
import ai.hrflow.connectors.api.spi.Logic;
import ai.hrflow.connectors.runtime.state.InMemoryStateStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A connector's default format runs on several threads: items still reach the target in read order, a format
 * failure is recorded and caps the incremental token just before the failed item, logics stay on the reading
 * thread, and a user's own format (not declared safe for several threads) stays on one thread.
 */
class ParallelFormatTest {
    static final int N = 3000;
    static final int BROKEN = 1777;

    @TempDir
    Path dir;

    final Set<String> formatThreads = ConcurrentHashMap.newKeySet();
    final Set<String> logicThreads = ConcurrentHashMap.newKeySet();

    ObjectNode format(ObjectNode item) {
        formatThreads.add(Thread.currentThread().getName());
        if (ThreadLocalRandom.current().nextInt(50) == 0) {
            LockSupport.parkNanos(200_000); // uneven work, so chunks finish out of order
        }
        int id = item.path("id").asInt();
        if (id == BROKEN) {
            throw new IllegalArgumentException("no profile for candidate " + id);
        }
        return Json.object().put("reference", id).put("name", item.path("name").asText());
    }

    RunResult run(Format format) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int id = 1; id <= N; id++) {
            lines.append("{\"id\":").append(id).append(",\"name\":\"Candidate ").append(id).append("\"}\n");
        }
        write(dir.resolve("in.jsonl"), lines.toString());
        Flow flow = Flow.of(Mode.CREATE, Entity.PROFILE, Direction.INBOUND).withFormat(format);
        Connector connector = Connector.builder().name("JSON Lines").subtype("jsonl").type(ConnectorType.OTHER)
                .warehouse(JsonLinesWarehouse.create()).hrflow(JsonLinesWarehouse.create()).flow(flow).build();
        Logic logic = item -> {
            logicThreads.add(Thread.currentThread().getName());
            return item;
        };
        RunEnvironment env = RunEnvironment.builder().stateStore(new InMemoryStateStore())
                .failuresDirectory(dir.resolve("failures")).build();
        return env.run(connector.action("create_profiles_in_hrflow").orElseThrow(), ActionRequest.builder("wf")
                .pullParameters(Map.of("path", dir.resolve("in.jsonl").toString(), "page_size", 500))
                .pushParameters(Map.of("path", dir.resolve("out.jsonl").toString()))
                .logics(List.of(logic)).incremental(true).build());
    }

    List<Integer> written() throws IOException {
        List<Integer> ids = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("out.jsonl"))) {
            JsonNode node = Json.MAPPER.readTree(line);
            ids.add(node.path("reference").asInt());
        }
        return ids;
    }

    static List<Integer> expectedIds() {
        List<Integer> ids = new ArrayList<>();
        for (int id = 1; id <= N; id++) {
            if (id != BROKEN) {
                ids.add(id);
            }
        }
        return ids;
    }

    static String tokenBefore(int id) {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i < id; i++) {
            lines.append("{\"id\":").append(i).append(",\"name\":\"Candidate ").append(i).append("\"}\n");
        }
        return bytes(lines.toString()) + ":" + (id - 1);
    }

    /**
     * The token never passes the failed item. It may stop earlier: a JSON Lines export commits its output length
     * with the read position, so the read position stays where every line written so far is covered.
     */
    static void assertTokenBefore(String token, int failed) {
        int lines = Integer.parseInt(token.substring(token.indexOf(':') + 1));
        assertThat(lines).isBetween(1, failed - 1);
        assertThat(token).isEqualTo(tokenBefore(lines + 1));
    }

    @Test
    void aDefaultFormatRunsOnSeveralThreadsAndItemsStayInReadOrder() throws IOException {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "needs more than one core");

        RunResult result = run(Format.named("test_format", null, this::format));

        assertThat(formatThreads).hasSizeGreaterThan(1).allMatch(t -> t.startsWith("hrflow-format-"));
        assertThat(logicThreads).hasSize(1); // logics stay on the reading thread
        assertThat(written()).containsExactlyElementsOf(expectedIds());
        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(N);
        assertThat(result.count(Event.FORMAT_FAILURE)).isEqualTo(1);
        assertThat(result.count(Event.WRITE_SUCCESS)).isEqualTo(N - 1);
        assertTokenBefore(result.incrementalToken(), BROKEN);
        assertThat(Files.readString(Path.of(result.failuresFile()))).contains("no profile for candidate " + BROKEN);
    }

    @Test
    void aUsersOwnFormatStaysOnTheReadingThread() throws IOException {
        RunResult result = run(this::format);

        assertThat(formatThreads).hasSize(1).noneMatch(t -> t.startsWith("hrflow-format-"));
        assertThat(written()).containsExactlyElementsOf(expectedIds());
        assertTokenBefore(result.incrementalToken(), BROKEN);
    }
}
