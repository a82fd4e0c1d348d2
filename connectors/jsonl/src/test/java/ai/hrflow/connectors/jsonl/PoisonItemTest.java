package ai.hrflow.connectors.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.api.spi.Format;
import ai.hrflow.connectors.runtime.state.LocalJsonStateStore;
import ai.hrflow.connectors.runtime.state.ParkedItem;
import ai.hrflow.connectors.emulators.hrflow.HrFlowEmulator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON Lines file whose first line HrFlow always refuses (an unparseable {@code created_at}): after three
 * incremental runs it is parked and the position moves past it, the fourth run sends nothing, and
 * {@code replayParked} sends it again (it stays parked while the cause is there, and leaves once it is fixed).
 */
class PoisonItemTest {
    private static final String PROFILE_POSTS = "/v1/profile/indexing";

    @TempDir
    Path tmp;

    private HrFlowEmulator hrflow;
    private String apiKey;
    private String source;
    private LocalJsonStateStore store;
    private RunEnvironment env;
    private Path file;

    @BeforeEach
    void start() throws IOException {
        hrflow = HrFlowEmulator.builder().start();
        apiKey = hrflow.newApiKey("ask_", "ops@example.com");
        source = hrflow.addSource("Imports", false);
        store = new LocalJsonStateStore(tmp.resolve("state"));
        env = RunEnvironment.builder().stateStore(store).failuresDirectory(tmp.resolve("failures"))
                .endpoints(EndpointOverrides.of(Map.of("https://api.hrflow.ai/v1", hrflow.baseUrl()))).build();
        List<String> lines = new ArrayList<>();
        lines.add(profile(0).put("created_at", "the day before yesterday").toString());
        for (int i = 1; i <= 4; i++) {
            lines.add(profile(i).toString());
        }
        file = tmp.resolve("in.jsonl");
        Files.write(file, lines);
    }

    @AfterEach
    void stop() {
        hrflow.close();
    }

    private static ObjectNode profile(int i) {
        ObjectNode p = Json.object().put("reference", "cand-" + i).put("text_language", "en")
                .put("text", "Engineer number " + i);
        p.putObject("info").put("first_name", "Ada" + i).put("email", "ada" + i + "@example.com");
        return p;
    }

    private RunResult run(ActionRequest.Builder request) {
        return env.run(JsonLinesConnector.create().action("create_profiles_in_hrflow").orElseThrow(), request.build());
    }

    private ActionRequest.Builder incremental() {
        return ActionRequest.builder("poison").hrflowAuth(Map.of("api_secret", apiKey, "api_user", "ops@example.com"))
                .pullParameters(Map.of("path", file.toString())).pushParameters(Map.of("source_key", source))
                .incremental(true);
    }

    private int posts() {
        return hrflow.requests().count("POST", PROFILE_POSTS);
    }

    @Test
    void aLineThatAlwaysFailsIsParkedAfterThreeRunsAndReplayedOnDemand() {
        RunResult first = run(incremental());
        assertThat(first.status()).isEqualTo(Status.SUCCESS_WITH_FAILURES);
        assertThat(first.count(Event.WRITE_FAILURE)).isEqualTo(1);
        assertThat(first.count(Event.PARKED)).isZero();
        assertThat(first.incrementalToken()).as("held before the failed first line").isNull();
        assertThat(store.parking("poison").streaks()).hasSize(1);

        RunResult second = run(incremental());
        assertThat(second.count(Event.PARKED)).isZero();
        assertThat(second.count(Event.WRITE_SKIPPED)).as("lines 2-5 are in HrFlow already").isEqualTo(4);
        assertThat(store.parking("poison").streaks()).singleElement()
                .satisfies(s -> assertThat(s.attempts()).isEqualTo(2));

        RunResult third = run(incremental());
        assertThat(third.count(Event.WRITE_FAILURE)).isEqualTo(1);
        assertThat(third.count(Event.PARKED)).isEqualTo(1);
        assertThat(third.incrementalToken()).as("the position moved past the parked line").isNotNull();
        List<ParkedItem> parked = store.parking("poison").parked();
        assertThat(parked).singleElement().satisfies(p -> {
            assertThat(p.attempts()).isEqualTo(3);
            assertThat(p.stage()).isEqualTo("write");
            assertThat(p.reason()).contains("created_at");
            assertThat(p.item().get("reference").asText()).isEqualTo("cand-0");
            assertThat(p.firstFailedAt()).isBeforeOrEqualTo(p.lastFailedAt());
        });
        assertThat(store.parking("poison").streaks()).isEmpty();

        int before = posts();
        RunResult fourth = run(incremental());
        assertThat(fourth.status()).isEqualTo(Status.SUCCESS);
        assertThat(fourth.count(Event.READ_SUCCESS)).isZero();
        assertThat(posts()).as("run N+1 sends nothing again").isEqualTo(before);

        // the cause is still there: the replay sends it, it fails, it stays parked with one more attempt
        RunResult replayFails = run(incremental().replayParked(true));
        assertThat(replayFails.count(Event.READ_SUCCESS)).isEqualTo(1);
        assertThat(replayFails.count(Event.WRITE_FAILURE)).isEqualTo(1);
        assertThat(replayFails.count(Event.PARKED)).isEqualTo(1);
        assertThat(posts()).isEqualTo(before + 1);
        assertThat(replayFails.incrementalToken()).isEqualTo(fourth.incrementalToken());
        assertThat(store.parking("poison").parked()).singleElement()
                .satisfies(p -> assertThat(p.attempts()).isEqualTo(4));

        // the cause fixed (a format that drops the bad date): the replay writes it and it leaves the list
        Format fixed = item -> {
            ObjectNode copy = item.deepCopy();
            copy.remove("created_at");
            return copy;
        };
        RunResult replayed = run(incremental().replayParked(true).format(fixed));
        assertThat(replayed.status()).isEqualTo(Status.SUCCESS);
        assertThat(replayed.count(Event.WRITE_SUCCESS)).isEqualTo(1);
        assertThat(replayed.count(Event.PARKED)).isZero();
        assertThat(replayed.incrementalToken()).isEqualTo(fourth.incrementalToken());
        assertThat(store.parking("poison").parked()).isEmpty();
        assertThat(hrflow.profile(source, "cand-0")).isPresent();
        assertThat(hrflow.profileCount(source)).isEqualTo(5);
    }

    @Test
    void anItemFixedAtTheOriginIsNotParked() throws IOException {
        run(incremental());
        run(incremental());
        // the line is edited (its date fixed) before the third run: another item, which goes through
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(0, profile(0).put("created_at", "2026-01-02T03:04:05Z").toString());
        Files.write(file, lines);

        RunResult third = run(incremental());

        assertThat(third.status()).isEqualTo(Status.SUCCESS);
        assertThat(third.count(Event.PARKED)).isZero();
        assertThat(third.count(Event.WRITE_SUCCESS)).isEqualTo(1);
        assertThat(store.parking("poison").parked()).isEmpty();
        assertThat(store.parking("poison").streaks()).isEmpty();
    }

    @Test
    void parkAfterIsConfigurableAndZeroNeverParks() {
        RunResult once = run(incremental().parkAfter(1));
        assertThat(once.count(Event.PARKED)).isEqualTo(1);
        assertThat(store.parking("poison").parked()).hasSize(1);

        for (int i = 0; i < 4; i++) {
            RunResult never = run(ActionRequest.builder("never").hrflowAuth(Map.of("api_secret", apiKey, "api_user",
                    "ops@example.com")).pullParameters(Map.of("path", file.toString()))
                    .pushParameters(Map.of("source_key", source)).incremental(true).parkAfter(0));
            assertThat(never.count(Event.PARKED)).isZero();
            assertThat(never.incrementalToken()).isNull();
        }
        assertThat(store.parking("never").isEmpty()).isTrue();
    }

    @Test
    void aParkedItemReadAgainByAFullRunIsNotSent() {
        for (int i = 0; i < 3; i++) {
            run(incremental());
        }
        assertThat(store.parking("poison").parked()).hasSize(1);
        int before = posts();

        RunResult full = run(incremental().incremental(false));

        assertThat(full.count(Event.PARKED)).isEqualTo(1);
        assertThat(full.count(Event.WRITE_FAILURE)).isZero();
        assertThat(full.count(Event.WRITE_SKIPPED)).isEqualTo(4);
        assertThat(posts() - before).as("only the four good lines are sent").isEqualTo(4);
        JsonNode parked = Json.MAPPER.valueToTree(store.parking("poison").parked().get(0));
        assertThat(parked.get("attempts").asInt()).isEqualTo(3);
    }
}
