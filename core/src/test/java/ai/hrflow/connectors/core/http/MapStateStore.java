package ai.hrflow.connectors.core.http;

import ai.hrflow.connectors.core.run.RunResult;
import ai.hrflow.connectors.core.state.StateStore;
import ai.hrflow.connectors.core.state.WorkflowLock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Credentials kept in a map, the only part of a StateStore the token manager uses. */
class MapStateStore implements StateStore {
    final Map<String, ObjectNode> credentials = new ConcurrentHashMap<>();
    final AtomicInteger saves = new AtomicInteger();

    @Override
    public String describe() {
        return "map";
    }

    @Override
    public Optional<RunResult> lastRun(String workflowId) {
        return Optional.empty();
    }

    @Override
    public void saveRun(String workflowId, RunResult result) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean reset(String workflowId) {
        return false;
    }

    @Override
    public ai.hrflow.connectors.core.state.ParkingLot parking(String workflowId) {
        return ai.hrflow.connectors.core.state.ParkingLot.empty();
    }

    @Override
    public void saveParking(String workflowId, ai.hrflow.connectors.core.state.ParkingLot parking) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ObjectNode> loadCredentials(String key) {
        return Optional.ofNullable(credentials.get(key)).map(ObjectNode::deepCopy);
    }

    @Override
    public void saveCredentials(String key, ObjectNode value) {
        saves.incrementAndGet();
        credentials.put(key, value.deepCopy());
    }

    @Override
    public WorkflowLock lock(String workflowId) {
        throw new UnsupportedOperationException();
    }
}
