package ai.hrflow.connectors.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.api.spi.EventCounts;
import ai.hrflow.connectors.runtime.Reason;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link StateStore} must do; each implementation's test extends this class. */
abstract class StateStoreContractTest {
    /** Ids users may pick that are not file names as they are. */
    static final List<String> AWKWARD_IDS = List.of("a/b", "../x", "..", ".", "é", "with space", ".hidden",
            "100%", "a\\b", "C:", "日本語", "emoji-\uD83D\uDE00", "new\nline", "%2F");

    StateStore store;

    protected abstract StateStore newStore();

    protected abstract List<String> workflowIds(StateStore store);

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    static RunResult run(String workflowId, String token) {
        EventCounts events = new EventCounts()
                .add(Event.READ_SUCCESS, 120)
                .add(Event.WRITE_SUCCESS, 117)
                .add(Event.WRITE_FAILURE, 3)
                .add(Event.LOGICS_DISCARD, 4);
        return new RunResult(workflowId, "action-1", "zohorecruit", "create_profiles_in_zohorecruit",
                Status.SUCCESS_WITH_FAILURES, Reason.NONE, events, true, token, true,
                Instant.parse("2024-05-01T10:15:30.123456789Z"), Instant.parse("2024-05-01T10:16:00Z"),
                "/tmp/failures/" + token + ".jsonl",
                List.of("write failed for item 17: HTTP 422 (email invalid)", "unicode: é"));
    }

    static ObjectNode credentials(String refreshToken) {
        ObjectNode node = Json.object().put("refresh_token", refreshToken).put("expires_in", 3600);
        node.putObject("scopes").put("candidates", "rw");
        return node;
    }

    static ParkedItem parked(String key, int attempts) {
        ObjectNode item = Json.object().put("reference", "cand-" + key).put("email", key + "@example.com");
        item.putObject("info").put("first_name", "Ada é");
        return new ParkedItem(key, "token-" + key, "write", "HrFlow rejected it: 400", attempts,
                Instant.parse("2024-05-01T10:15:30.123456789Z"), Instant.parse("2024-05-03T10:15:30Z"), item);
    }

    @Test
    void parkedItemsAndStreaksRoundTrip() {
        assertThat(store.parking("wf")).isEqualTo(ParkingLot.empty());
        ParkingLot lot = ParkingLot.empty().park(parked("a", 3)).park(parked("b", 4))
                .withStreaks(List.of(parked("c", 1), parked("d", 2)));

        store.saveParking("wf", lot);

        ParkingLot loaded = store.parking("wf");
        assertThat(loaded).isEqualTo(lot);
        assertThat(loaded.parkedItem("b")).map(ParkedItem::attempts).contains(4);
        assertThat(loaded.parked().get(0).item().path("info").path("first_name").asText()).isEqualTo("Ada é");
        assertThat(store.parking("other").isEmpty()).isTrue();
    }

    @Test
    void parkingReplacesUnparkingRemovesAndResetKeepsParkedItems() {
        store.saveRun("wf", run("wf", "t"));
        store.saveParking("wf", ParkingLot.empty().park(parked("a", 3)).park(parked("b", 3)));
        store.saveParking("wf", store.parking("wf").park(parked("a", 5)).unpark("b"));

        assertThat(store.parking("wf").parked()).singleElement()
                .satisfies(p -> assertThat(p.attempts()).isEqualTo(5));
        assertThat(store.reset("wf")).isTrue();
        assertThat(store.parking("wf").parked()).as("nothing parked is dropped by a reset").hasSize(1);
    }

    @Test
    void callersCannotChangeParkedItems() {
        ParkedItem original = parked("a", 3);
        store.saveParking("wf", ParkingLot.empty().park(original));
        original.item().put("email", "changed after save");

        store.parking("wf").parked().get(0).item().put("email", "changed after load");

        assertThat(store.parking("wf").parked().get(0).item().get("email").asText()).isEqualTo("a@example.com");
    }

    @Test
    void awkwardIdsEachKeepTheirOwnParkedItems() {
        for (String id : AWKWARD_IDS) {
            store.saveParking(id, ParkingLot.empty().park(parked(id, 3)));
        }
        for (String id : AWKWARD_IDS) {
            assertThat(store.parking(id).parked()).as(id).extracting(ParkedItem::key).containsExactly(id);
        }
        assertThatThrownBy(() -> store.parking("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.saveParking("", ParkingLot.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothingSavedMeansEmpty() {
        assertThat(store.lastRun("wf")).isEmpty();
        assertThat(store.loadCredentials("zoho:client")).isEmpty();
        assertThat(store.reset("wf")).isFalse();
        assertThat(workflowIds(store)).isEmpty();
    }

    @Test
    void savedRunComesBackEqual() {
        RunResult saved = run("wf", "token-42");
        store.saveRun("wf", saved);

        RunResult loaded = store.lastRun("wf").orElseThrow();

        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.count(Event.WRITE_FAILURE)).isEqualTo(3);
        assertThat(loaded.incrementalToken()).isEqualTo("token-42");
        assertThat(loaded.errors()).containsExactly("write failed for item 17: HTTP 422 (email invalid)", "unicode: é");
    }

    @Test
    void saveReplacesThePreviousRun() {
        store.saveRun("wf", run("wf", "first"));
        store.saveRun("wf", run("wf", "second"));

        assertThat(store.lastRun("wf")).map(RunResult::incrementalToken).contains("second");
    }

    @Test
    void resetForgetsOnlyThatWorkflowAndSaysWhetherThereWasOne() {
        store.saveRun("wf", run("wf", "t1"));
        store.saveRun("other", run("other", "t2"));

        assertThat(store.reset("wf")).isTrue();
        assertThat(store.lastRun("wf")).isEmpty();
        assertThat(store.reset("wf")).isFalse();
        assertThat(store.lastRun("other")).map(RunResult::incrementalToken).contains("t2");
        assertThat(workflowIds(store)).containsExactly("other");
    }

    @Test
    void credentialsRoundTripAndOverwrite() {
        store.saveCredentials("zoho:client-1", credentials("r1"));
        assertThat(store.loadCredentials("zoho:client-1")).contains(credentials("r1"));

        store.saveCredentials("zoho:client-1", credentials("r2"));
        assertThat(store.loadCredentials("zoho:client-1")).contains(credentials("r2"));
        assertThat(store.loadCredentials("zoho:client-2")).isEmpty();
    }

    @Test
    void runsAndCredentialsDoNotShareKeys() {
        store.saveCredentials("same", credentials("r1"));
        assertThat(store.lastRun("same")).isEmpty();

        store.saveRun("same", run("same", "t"));
        assertThat(store.reset("same")).isTrue();
        assertThat(store.loadCredentials("same")).contains(credentials("r1"));
    }

    @Test
    void callersCannotChangeStoredCredentials() {
        ObjectNode original = credentials("r1");
        store.saveCredentials("k", original);
        original.put("refresh_token", "changed after save");

        store.loadCredentials("k").orElseThrow().put("refresh_token", "changed after load");

        assertThat(store.loadCredentials("k").orElseThrow().get("refresh_token").asText()).isEqualTo("r1");
    }

    @Test
    void callersCannotChangeStoredRuns() {
        store.saveRun("wf", run("wf", "t"));

        store.lastRun("wf").orElseThrow().events().add(Event.READ_SUCCESS, 1000);

        assertThat(store.lastRun("wf").orElseThrow().count(Event.READ_SUCCESS)).isEqualTo(120);
    }

    @Test
    void awkwardIdsEachKeepTheirOwnState() {
        for (String id : AWKWARD_IDS) {
            store.saveRun(id, run(id, "token of " + id));
            store.saveCredentials(id, credentials("refresh of " + id));
        }
        for (String id : AWKWARD_IDS) {
            assertThat(store.lastRun(id)).as(id).map(RunResult::incrementalToken).contains("token of " + id);
            assertThat(store.loadCredentials(id)).as(id).contains(credentials("refresh of " + id));
        }
        assertThat(workflowIds(store)).containsExactlyInAnyOrderElementsOf(AWKWARD_IDS).isSorted();
    }

    @Test
    void emptyIdsAreRejected() {
        List<Consumer<String>> uses = List.of(
                store::lastRun, id -> store.saveRun(id, run("x", "t")), store::reset,
                store::loadCredentials, id -> store.saveCredentials(id, credentials("r")), store::lock);
        for (Consumer<String> use : uses) {
            assertThatThrownBy(() -> use.accept("")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> use.accept(null)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void secondLockFailsAtOnceAndNamesTheWorkflow() {
        try (WorkflowLock lock = store.lock("wf")) {
            assertThat(lock.workflowId()).isEqualTo("wf");
            assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                    assertThatThrownBy(() -> store.lock("wf"))
                            .isInstanceOf(WorkflowLockedException.class)
                            .hasMessageContaining("'wf'"));
        }
    }

    @Test
    void lockCanBeTakenAgainAfterClose() {
        store.lock("wf").close();
        try (WorkflowLock again = store.lock("wf")) {
            assertThat(again.workflowId()).isEqualTo("wf");
        }
    }

    @Test
    void closingAReleasedLockAgainDoesNotReleaseTheNextHolder() {
        WorkflowLock first = store.lock("wf");
        first.close();
        try (WorkflowLock second = store.lock("wf")) {
            first.close();
            assertThatThrownBy(() -> store.lock("wf")).isInstanceOf(WorkflowLockedException.class);
        }
    }

    @Test
    void locksOfDifferentWorkflowsAreIndependent() {
        try (WorkflowLock a = store.lock("a"); WorkflowLock b = store.lock("b")) {
            assertThat(List.of(a.workflowId(), b.workflowId())).containsExactly("a", "b");
        }
    }

    @Test
    void exactlyOneOfManyThreadsGetsTheLock() throws Exception {
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch attempted = new CountDownLatch(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try (WorkflowLock lock = store.lock("wf")) {
                    attempted.countDown();
                    // Hold until everyone tried, so a quick release cannot let a second thread in.
                    attempted.await(10, TimeUnit.SECONDS);
                    return true;
                } catch (WorkflowLockedException e) {
                    attempted.countDown();
                    return false;
                }
            }));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> outcome : outcomes) {
            winners += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(winners).isEqualTo(1);
    }

    @Test
    void concurrentSavesLeaveOneCompleteRun() throws Exception {
        int threads = 8;
        int savesPerThread = 25;
        Set<RunResult> saved = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            writers.add(pool.submit((Callable<Void>) () -> {
                start.await();
                for (int i = 0; i < savesPerThread; i++) {
                    RunResult result = run("wf", "thread-" + thread + "-save-" + i);
                    saved.add(result);
                    store.saveRun("wf", result);
                }
                return null;
            }));
        }
        // A reader running alongside must never see a partial or corrupt state.
        Future<Integer> reader = pool.submit(() -> {
            int reads = 0;
            start.await();
            do {
                store.lastRun("wf").ifPresent(r -> assertThat(r.incrementalToken()).startsWith("thread-"));
                reads++;
            } while (writing.get());
            return reads;
        });
        start.countDown();
        for (Future<?> writer : writers) {
            writer.get(60, TimeUnit.SECONDS);
        }
        writing.set(false);
        assertThat(reader.get(30, TimeUnit.SECONDS)).isPositive();
        pool.shutdown();

        assertThat(saved).hasSize(threads * savesPerThread);
        assertThat(store.lastRun("wf")).hasValueSatisfying(last -> assertThat(saved).contains(last));
    }
}
