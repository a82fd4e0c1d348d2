package ai.hrflow.connectors.runtime;

import ai.hrflow.connectors.api.spi.Event;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorType;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Flow;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.spi.WriteResult;
import ai.hrflow.connectors.runtime.state.InMemoryStateStore;
import ai.hrflow.connectors.runtime.state.StateStore;
import ai.hrflow.connectors.runtime.state.StateStoreException;
import ai.hrflow.connectors.runtime.state.WorkflowLock;
import ai.hrflow.connectors.api.testing.MemoryWarehouse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Positions committed during the run, stopping a run, and a run end that never crashes. */
class CheckpointDuringRunTest {
    @TempDir
    Path tmp;

    private final MemoryWarehouse ats = new MemoryWarehouse();
    private final MemoryWarehouse hub = new MemoryWarehouse();
    private final Set<Long> writtenIds = ConcurrentHashMap.newKeySet();
    private final List<RunResult> saved = new CopyOnWriteArrayList<>();
    private final List<String> unsafeCommits = new CopyOnWriteArrayList<>();

    /** Records every save and checks that a saved position never passes an item not written yet. */
    private final StateStore store = new Delegating(new InMemoryStateStore()) {
        @Override
        public void saveRun(String workflowId, RunResult result) {
            if (result.incrementalToken() != null) {
                long token = Long.parseLong(result.incrementalToken());
                for (long id = 1; id <= token; id++) {
                    if (!writtenIds.contains(id)) {
                        unsafeCommits.add(result.status().value() + " at " + token + " before item " + id);
                        break;
                    }
                }
            }
            saved.add(result);
            super.saveRun(workflowId, result);
        }
    };

    private Action action(int batchSize, int concurrency) {
        Connector connector = Connector.builder().name("Test ATS").subtype("testats").type(ConnectorType.ATS)
                .warehouse(ats.warehouse("Test ATS", 1, 1))
                .hrflow(hub.warehouse("HrFlow", batchSize, concurrency))
                .flow(Flow.of(Mode.CREATE, Entity.PROFILE, Direction.INBOUND))
                .build();
        return connector.action("create_profiles_in_hrflow").orElseThrow();
    }

    private ActionRequest request() {
        return ActionRequest.builder("wf-1")
                .connectorAuth(Map.of("api_key", "k"))
                .hrflowAuth(Map.of("api_key", "k"))
                .pullParameters(Map.of("page_size", 10))
                .pushParameters(Map.of("target", "t"))
                .incremental(true)
                .build();
    }

    private RunEnvironment.Builder env() {
        return RunEnvironment.builder().stateStore(store).failuresDirectory(tmp.resolve("failures"))
                .checkpointInterval(Duration.ofMillis(20));
    }

    /** Writes like the memory target, slowly, remembering the ids written. */
    private void slowWrites(long millisPerBatch, Runnable perBatch) {
        hub.onWrite(items -> {
            perBatch.run();
            sleep(millisPerBatch);
            for (ObjectNode item : items) {
                writtenIds.add(item.get("id").asLong());
                hub.written().add(item);
            }
            return WriteResult.ok();
        });
    }

    private List<RunResult> running() {
        return saved.stream().filter(r -> r.status() == Status.RUNNING).collect(Collectors.toList());
    }

    @Test
    void commitsThePositionDuringTheRunNeverPastAnItemNotWritten() {
        ats.addItems(300);
        slowWrites(2, () -> { });

        RunResult result = env().build().run(action(5, 3), request());

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.incrementalToken()).isEqualTo("300");
        assertThat(unsafeCommits).isEmpty();
        List<RunResult> running = running();
        assertThat(running).hasSizeGreaterThan(5);
        assertThat(running).allSatisfy(r -> {
            assertThat(r.reason()).isEqualTo(Reason.NONE);
            assertThat(r.finishedAt()).isNull();
        });
        List<Long> tokens = running.stream().filter(r -> r.incrementalToken() != null)
                .map(r -> Long.parseLong(r.incrementalToken())).toList();
        assertThat(tokens).hasSizeGreaterThan(5);
        assertThat(tokens).isSorted();
        assertThat(saved.get(saved.size() - 1)).isEqualTo(result);
    }

    @Test
    void theReaderStaysWithinTheResendBoundOfTheLastCommit() {
        ats.addItems(400);
        int batch = 4;
        int threads = 2;
        long bound = RunCommitter.resendBound(batch, threads);
        AtomicInteger worst = new AtomicInteger();
        hub.onWrite(items -> {
            long committed = saved.isEmpty() || saved.get(saved.size() - 1).incrementalToken() == null ? 0
                    : Long.parseLong(saved.get(saved.size() - 1).incrementalToken());
            long ahead = items.get(items.size() - 1).get("id").asLong() - committed;
            worst.accumulateAndGet((int) ahead, Math::max);
            sleep(1);
            items.forEach(i -> writtenIds.add(i.get("id").asLong()));
            return WriteResult.ok();
        });

        RunResult result = env().checkpointInterval(Duration.ofSeconds(30))
                .build().run(action(batch, threads), request());

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(worst.get()).isPositive().isLessThanOrEqualTo((int) bound);
    }

    @Test
    void checkpointsCanBeTurnedOff() {
        ats.addItems(100);
        slowWrites(1, () -> { });

        RunResult result = env().checkpointInterval(Duration.ZERO).build().run(action(5, 3), request());

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(running()).isEmpty();
        assertThat(saved).containsExactly(result);
    }

    @Test
    void aStoppedRunSavesWhereItGotToAndTheNextRunSendsTheRestOnce() {
        ats.addItems(200);
        RunControl control = new RunControl();
        AtomicInteger batches = new AtomicInteger();
        slowWrites(2, () -> {
            if (batches.incrementAndGet() == 10) {
                control.stop();
            }
        });

        RunResult stopped = env().control(control).build().run(action(5, 2), request());

        assertThat(stopped.status()).isEqualTo(Status.FATAL);
        assertThat(stopped.reason()).isEqualTo(Reason.INTERRUPTED);
        assertThat(stopped.count(Event.READ_SUCCESS)).isLessThan(200);
        assertThat(stopped.count(Event.WRITE_FAILURE)).isZero();
        assertThat(store.lastRun("wf-1")).contains(stopped);
        assertThat(Long.parseLong(stopped.incrementalToken())).isEqualTo(hub.written().size());

        RunResult rest = env().build().run(action(5, 2), request());

        assertThat(rest.status()).isEqualTo(Status.SUCCESS);
        assertThat(hub.written()).extracting(i -> i.get("id").asLong()).doesNotHaveDuplicates().hasSize(200);
        assertThat(unsafeCommits).isEmpty();
    }

    @Test
    void aStoppedRunAbandonsWritesStillRunningAfterTheGracePeriod() {
        ats.addItems(100);
        RunControl control = new RunControl();
        CountDownLatch stuck = new CountDownLatch(1);
        AtomicInteger batches = new AtomicInteger();
        hub.onWrite(items -> {
            if (batches.incrementAndGet() >= 5) {
                control.stop();
                try {
                    stuck.await(); // a request that never answers
                } catch (InterruptedException e) {
                    throw new IllegalStateException("interrupted");
                }
            }
            items.forEach(i -> writtenIds.add(i.get("id").asLong()));
            return WriteResult.ok();
        });

        long start = System.nanoTime();
        RunResult stopped = env().control(control).stopGrace(Duration.ofMillis(300))
                .build().run(action(5, 1), request());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(stopped.reason()).isEqualTo(Reason.INTERRUPTED);
        assertThat(stopped.errors()).anySatisfy(e -> assertThat(e).contains("abandoned"));
        assertThat(stopped.incrementalToken()).isEqualTo("20");
        assertThat(store.lastRun("wf-1")).contains(stopped);
    }

    @Test
    void aFailuresFileThatCannotBeWrittenEndsTheRunFatalWithItsCountersSaved() throws Exception {
        ats.addItems(50);
        ats.add(MemoryWarehouse.item(51).put("fail_write", true));
        ats.addItems(20);
        Path notADirectory = Files.writeString(tmp.resolve("failures"), "a file, not a directory");

        RunResult result = env().failuresDirectory(notADirectory).build().run(action(5, 2), request());

        assertThat(result.status()).isEqualTo(Status.FATAL);
        assertThat(result.reason()).isEqualTo(Reason.FAILURES_FILE_FAILURE);
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).contains("cannot write the failures file"));
        assertThat(result.count(Event.WRITE_SUCCESS)).isPositive();
        assertThat(result.incrementalToken()).isEqualTo("50");
        assertThat(store.lastRun("wf-1")).contains(result);
    }

    @Test
    void aStateThatCannotBeSavedDuringTheRunEndsItFatalInsteadOfCrashing() {
        ats.addItems(100);
        StateStore broken = new Delegating(new InMemoryStateStore()) {
            @Override
            public void saveRun(String workflowId, RunResult result) {
                throw new StateStoreException("Could not write /state/wf-1.json (No space left on device)");
            }
        };
        slowWrites(1, () -> { });

        RunResult result = env().stateStore(broken).build().run(action(5, 2), request());

        assertThat(result.status()).isEqualTo(Status.FATAL);
        assertThat(result.reason()).isEqualTo(Reason.STATE_STORE_FAILURE);
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).contains("No space left on device"));
        assertThat(result.count(Event.READ_SUCCESS)).isPositive();
    }

    /** A store that does what another does, for tests to override one method. */
    private static class Delegating implements StateStore {
        private final StateStore store;

        Delegating(StateStore store) {
            this.store = store;
        }

        @Override
        public String describe() {
            return store.describe();
        }

        @Override
        public Optional<RunResult> lastRun(String workflowId) {
            return store.lastRun(workflowId);
        }

        @Override
        public void saveRun(String workflowId, RunResult result) {
            store.saveRun(workflowId, result);
        }

        @Override
        public boolean reset(String workflowId) {
            return store.reset(workflowId);
        }

        @Override
        public ai.hrflow.connectors.runtime.state.ParkingLot parking(String workflowId) {
            return store.parking(workflowId);
        }

        @Override
        public void saveParking(String workflowId, ai.hrflow.connectors.runtime.state.ParkingLot parking) {
            store.saveParking(workflowId, parking);
        }

        @Override
        public Optional<ObjectNode> loadCredentials(String key) {
            return store.loadCredentials(key);
        }

        @Override
        public void saveCredentials(String key, ObjectNode credentials) {
            store.saveCredentials(key, credentials);
        }

        @Override
        public WorkflowLock lock(String workflowId) {
            return store.lock(workflowId);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
