package ai.hrflow.connectors.runtime.state;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.runtime.RunResult;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link StateStore} that lives as long as the object: for tests of the engine and connectors, and
 * for applications that embed the library and keep state their own way.
 *
 * <p>It behaves like {@link LocalJsonStateStore} where callers can tell: ids are validated the same
 * way, results are kept in their JSON form (so what survives is exactly what survives a file), stored
 * credentials are copies the caller cannot change afterwards, and {@link #lock(String)} refuses a
 * second run of a workflow at once. Locks are per store instance; nothing is shared between processes.
 */
public final class InMemoryStateStore implements StateStore {
    private final ConcurrentMap<String, byte[]> runs = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ObjectNode> credentials = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, byte[]> parking = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Holder> locks = new ConcurrentHashMap<>();

    /** Compared by identity, so that a stale close can never remove the entry of the next holder. */
    private static final class Holder {
        final String thread = Thread.currentThread().getName();
        final Instant startedAt = Instant.now();
    }

    @Override
    public String describe() {
        return "memory";
    }

    @Override
    public Optional<RunResult> lastRun(String workflowId) {
        byte[] json = runs.get(checkedId(workflowId));
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.MAPPER.readValue(json, RunResult.class));
        } catch (IOException e) {
            // Unreachable unless RunResult stops reading what it writes; the local store would fail too.
            throw new StateStoreException("Saved run of workflow '" + workflowId + "' cannot be read back: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void saveRun(String workflowId, RunResult result) {
        String id = checkedId(workflowId);
        Objects.requireNonNull(result, "result");
        try {
            runs.put(id, Json.MAPPER.writeValueAsBytes(result));
        } catch (IOException e) {
            throw new StateStoreException("Could not serialise the run of workflow '" + workflowId + "': "
                    + e.getMessage(), e);
        }
    }

    @Override
    public boolean reset(String workflowId) {
        return runs.remove(checkedId(workflowId)) != null;
    }

    @Override
    public ParkingLot parking(String workflowId) {
        byte[] json = parking.get(checkedId(workflowId));
        if (json == null) {
            return ParkingLot.empty();
        }
        try {
            return Json.MAPPER.readValue(json, ParkingLot.class);
        } catch (IOException e) {
            throw new StateStoreException("Parked items of workflow '" + workflowId + "' cannot be read back: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void saveParking(String workflowId, ParkingLot lot) {
        String id = checkedId(workflowId);
        Objects.requireNonNull(lot, "parking");
        try {
            parking.put(id, Json.MAPPER.writeValueAsBytes(lot));
        } catch (IOException e) {
            throw new StateStoreException("Could not serialise the parked items of workflow '" + workflowId + "'", e);
        }
    }

    @Override
    public Optional<ObjectNode> loadCredentials(String key) {
        ObjectNode stored = credentials.get(checkedId(key));
        return stored == null ? Optional.empty() : Optional.of(stored.deepCopy());
    }

    @Override
    public void saveCredentials(String key, ObjectNode value) {
        String id = checkedId(key);
        Objects.requireNonNull(value, "credentials");
        credentials.put(id, value.deepCopy());
    }

    @Override
    public WorkflowLock lock(String workflowId) throws WorkflowLockedException {
        String id = checkedId(workflowId);
        Holder me = new Holder();
        Holder other = locks.putIfAbsent(id, me);
        if (other != null) {
            throw new WorkflowLockedException("Workflow '" + workflowId + "' is already running (thread "
                    + other.thread + ", started at " + other.startedAt + "). Wait for that run to finish.");
        }
        AtomicBoolean closed = new AtomicBoolean();
        return new WorkflowLock() {
            @Override
            public String workflowId() {
                return workflowId;
            }

            @Override
            public void close() {
                if (closed.compareAndSet(false, true)) {
                    locks.remove(id, me);
                }
            }
        };
    }

    /** Ids of the workflows that have a saved result, sorted. */
    public List<String> workflowIds() {
        return runs.keySet().stream().sorted().toList();
    }

    @Override
    public String toString() {
        return describe();
    }

    /** Same rules as the local store, so a test passing here does not fail there on its ids. */
    private static String checkedId(String id) {
        StateFileNames.encode(id);
        return id;
    }
}
