package ai.hrflow.connectors.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.runtime.state.LocalJsonStateStore;
import ai.hrflow.connectors.emulators.hrflow.HrFlowEmulator;
import ai.hrflow.connectors.emulators.server.Fault;
import ai.hrflow.connectors.emulators.server.FaultRule;
import ai.hrflow.connectors.emulators.server.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jsonl connector against the HrFlow emulator: imports (create, update, archive) and incremental exports. */
class JsonLinesHrFlowSyncTest {
    @TempDir
    Path tmp;

    private final MutableClock clock = MutableClock.fixed(Instant.parse("2026-11-01T08:00:00Z"));
    private HrFlowEmulator hrflow;
    private String apiKey;
    private String source;
    private RunEnvironment env;
    private final Connector connector = JsonLinesConnector.create();

    @BeforeEach
    void start() {
        hrflow = HrFlowEmulator.builder().clock(clock).start();
        apiKey = hrflow.newApiKey("ask_", "ops@example.com");
        source = hrflow.addSource("Imports", false);
        env = RunEnvironment.builder().stateStore(new LocalJsonStateStore(tmp.resolve("state")))
                .failuresDirectory(tmp.resolve("failures"))
                .endpoints(EndpointOverrides.of(Map.of("https://api.hrflow.ai/v1", hrflow.baseUrl()))).build();
    }

    @AfterEach
    void stop() {
        hrflow.close();
    }

    private static ObjectNode profile(int i) {
        ObjectNode p = Json.object().put("reference", "cand-" + i).put("text_language", "en")
                .put("text", "Engineer number " + i);
        p.putObject("info").put("first_name", "Ada" + i).put("last_name", "Lovelace").put("email",
                "ada" + i + "@example.com");
        p.putArray("tags").addObject().put("name", "batch").put("value", "first");
        return p;
    }

    private Path jsonl(String name, List<ObjectNode> items) throws IOException {
        Path file = tmp.resolve(name);
        Files.write(file, items.stream().map(JsonNode::toString).collect(Collectors.toList()));
        return file;
    }

    private static List<ObjectNode> profiles(int from, int to) {
        List<ObjectNode> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(profile(i));
        }
        return out;
    }

    private RunResult run(String action, String workflow, Object pull, Object push, boolean incremental) {
        return run(action, workflow, pull, push, incremental, null);
    }

    private RunResult run(String action, String workflow, Object pull, Object push, boolean incremental,
            Integer writeConcurrency) {
        Action a = connector.action(action).orElseThrow();
        return env.run(a, ActionRequest.builder(workflow).hrflowAuth(Map.of("api_secret", apiKey, "api_user",
                "ops@example.com")).pullParameters(pull).pushParameters(push).incremental(incremental)
                .writeConcurrency(writeConcurrency).build());
    }

    @Test
    void importsCreateThenUpdateThenArchive() throws IOException {
        Path in = jsonl("in.jsonl", profiles(1, 40));
        RunResult created = run("create_profiles_in_hrflow", "import", Map.of("path", in.toString()),
                Map.of("source_key", source), false);
        assertThat(created.status()).isEqualTo(Status.SUCCESS);
        assertThat(created.count(Event.WRITE_SUCCESS)).isEqualTo(40);
        assertThat(hrflow.profileCount(source)).isEqualTo(40);

        RunResult again = run("create_profiles_in_hrflow", "import", Map.of("path", in.toString()),
                Map.of("source_key", source), false);
        assertThat(again.status()).isEqualTo(Status.SUCCESS);
        assertThat(hrflow.profileCount(source)).as("existing references are skipped").isEqualTo(40);

        List<ObjectNode> edits = profiles(1, 5);
        edits.forEach(p -> {
            ((ObjectNode) p.get("tags").get(0)).put("value", "second");
            ((ObjectNode) p.get("info")).put("first_name", "Changed");
        });
        RunResult updated = run("update_profiles_in_hrflow", "update", Map.of("path",
                jsonl("edits.jsonl", edits).toString()), Map.of("source_key", source, "only_edit_fields",
                List.of("tags")), false);
        assertThat(updated.status()).isEqualTo(Status.SUCCESS);
        ObjectNode stored = hrflow.profile(source, "cand-3").orElseThrow();
        assertThat(stored.at("/tags/0/value").asText()).isEqualTo("second");
        assertThat(stored.at("/info/first_name").asText()).as("only_edit_fields keeps info").isEqualTo("Ada3");

        List<ObjectNode> gone = List.of(Json.object().put("reference", "cand-7"),
                Json.object().put("reference", "cand-8"), Json.object().put("reference", "no-such-profile"));
        RunResult archived = run("archive_profiles_in_hrflow", "archive", Map.of("path",
                jsonl("gone.jsonl", gone).toString()), Map.of("source_key", source), false);
        assertThat(archived.status()).as("archive tolerates not found").isEqualTo(Status.SUCCESS);
        assertThat(hrflow.profile(source, "cand-7").orElseThrow().hasNonNull("archived_at")).isTrue();
        assertThat(hrflow.profile(source, "cand-9").orElseThrow().hasNonNull("archived_at")).isFalse();
    }

    @Test
    void exportsIncrementallyOnlyWhatChanged() throws IOException {
        for (ObjectNode p : profiles(1, 25)) {
            hrflow.seedProfile(source, p);
            clock.advance(Duration.ofSeconds(1));
        }
        Path out = tmp.resolve("export.jsonl");
        Path created = tmp.resolve("created.jsonl");
        RunResult createdFirst = run("create_profiles_in_jsonl", "export-created", Map.of("source_key", source),
                Map.of("path", created.toString()), true);
        RunResult first = run("update_profiles_in_jsonl", "export", Map.of("source_key", source),
                Map.of("path", out.toString()), true);
        assertThat(first.status()).isEqualTo(Status.SUCCESS);
        assertThat(Files.readAllLines(out)).hasSize(25);

        clock.advance(Duration.ofMinutes(1));
        List<ObjectNode> changed = new ArrayList<>();
        for (int i : List.of(4, 17)) {
            ObjectNode p = hrflow.profile(source, "cand-" + i).orElseThrow().deepCopy();
            ((ObjectNode) p.get("info")).put("last_name", "Byron");
            changed.add(p);
        }
        Path edits = jsonl("edits.jsonl", changed);
        assertThat(run("update_profiles_in_hrflow", "edit", Map.of("path", edits.toString()),
                Map.of("source_key", source), false).status()).isEqualTo(Status.SUCCESS);

        RunResult second = run("update_profiles_in_jsonl", "export", Map.of("source_key", source),
                Map.of("path", out.toString()), true);
        assertThat(second.count(Event.READ_SUCCESS)).isEqualTo(2);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(27);
        assertThat(lines.subList(25, 27)).allSatisfy(l -> assertThat(l).contains("Byron"));

        RunResult third = run("update_profiles_in_jsonl", "export", Map.of("source_key", source),
                Map.of("path", out.toString()), true);
        assertThat(third.count(Event.READ_SUCCESS)).isZero();

        // a create export selects by creation: the edited profiles are not exported as created again
        RunResult createdSecond = run("create_profiles_in_jsonl", "export-created", Map.of("source_key", source),
                Map.of("path", created.toString()), true);
        assertThat(createdFirst.count(Event.READ_SUCCESS)).isEqualTo(25);
        assertThat(createdSecond.count(Event.READ_SUCCESS)).isZero();
        assertThat(Files.readAllLines(created)).hasSize(25);
    }

    @Test
    void rateLimitsAndServerErrorsStillWriteEveryItemExactlyOnce() throws IOException {
        hrflow.faults().add(FaultRule.on("POST", "/v1/profile/indexing").everyNth(4)
                .then(Fault.status(429).withRetryAfter(0)));
        hrflow.faults().add(FaultRule.on("POST", "/v1/profile/indexing").everyNth(7)
                .then(Fault.status(503)));
        hrflow.faults().add(FaultRule.on("POST", "/v1/profile/indexing").everyNth(11)
                .then(Fault.dropAfterProcessing()));
        hrflow.faults().add(FaultRule.on("GET", "/v1/profile/indexing").everyNth(5)
                .then(Fault.status(502)));
        Path in = jsonl("in.jsonl", profiles(1, 60));

        // One write at a time, so which call meets which fault is the same on every run: with concurrent
        // writers a periodic fault could, rarely, hit all of one item's bounded attempts.
        RunResult result = run("create_profiles_in_hrflow", "faults", Map.of("path", in.toString()),
                Map.of("source_key", source), true, 1);

        assertThat(result.status()).as(String.join("\n", result.errors())).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.WRITE_SUCCESS)).isEqualTo(60);
        assertThat(hrflow.profiles(source)).extracting(p -> p.get("reference").asText()).doesNotHaveDuplicates()
                .hasSize(60);
        assertThat(hrflow.requests().count("POST", "/v1/profile/indexing")).isGreaterThan(60);
    }
}
