package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.core.Json;
import ai.hrflow.connectors.core.run.RunResult;
import ai.hrflow.connectors.core.state.StateStore;
import ai.hrflow.connectors.core.state.WorkflowLock;
import ai.hrflow.connectors.core.state.WorkflowLockedException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine saves a run's result before the command masks it, so an error quoting a secret (a connector
 * echoing an API key) would be printed later by {@code state show}. This re-saves the masked result. A stopgap:
 * it goes away once the engine masks what it saves.
 */
final class SavedResultScrubber {
    private static final Logger LOG = LoggerFactory.getLogger(SavedResultScrubber.class);

    private SavedResultScrubber() {
    }

    static void scrub(Optional<StateStore> store, RunResult result, JsonNode masked) {
        if (store.isEmpty() || !result.persist() || Json.MAPPER.valueToTree(result).equals(masked)) {
            return;
        }
        StateStore state = store.get();
        WorkflowLock lock;
        try {
            lock = state.lock(result.workflowId());
        } catch (WorkflowLockedException e) {
            LOG.warn("Could not mask secrets in the saved state of workflow '{}': a new run holds it",
                    result.workflowId());
            return;
        }
        try {
            // Only if the saved result is still this run's (it is not when this run saved nothing).
            Optional<RunResult> saved = state.lastRun(result.workflowId());
            if (saved.isPresent() && result.actionId().equals(saved.get().actionId())) {
                state.saveRun(result.workflowId(), Json.MAPPER.treeToValue(masked, RunResult.class));
            }
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("Could not mask secrets in the saved state of workflow '{}': {}", result.workflowId(),
                    Redactor.redact(e.getMessage()));
        } finally {
            lock.close();
        }
    }
}
