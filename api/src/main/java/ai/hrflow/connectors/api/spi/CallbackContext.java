package ai.hrflow.connectors.api.spi;

import ai.hrflow.connectors.api.params.Parameters;

/**
 * What a {@link Callback} is told.
 *
 * @param originParameters the origin's validated read parameters (print with toString: secrets masked)
 * @param targetParameters the target's validated write parameters
 * @param events the counters at the end of the write step
 * @param failuresFile the JSON Lines file of failed items, or null if none failed
 */
public record CallbackContext(String workflowId, String actionName, Parameters originParameters,
        Parameters targetParameters, EventCounts events, String failuresFile) {
}
