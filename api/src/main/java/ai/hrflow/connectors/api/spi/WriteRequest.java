package ai.hrflow.connectors.api.spi;

import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.params.Parameters;

/**
 * What a writer is opened with: the mode, the target's validated auth and write parameters.
 *
 * @param resumePosition the {@link Writer#position()} committed with the read position this run starts from,
 *     when the run is incremental and the previous run of the workflow reported one; null otherwise. A writer
 *     that reports positions cuts its output back to it before writing (what lies after it belongs to items
 *     this run reads again), or fails with a clear error if it cannot parse it.
 */
public record WriteRequest(Mode mode, Parameters auth, Parameters parameters, RunContext context,
        String resumePosition) {

    /** A request with no position to resume from. */
    public WriteRequest(Mode mode, Parameters auth, Parameters parameters, RunContext context) {
        this(mode, auth, parameters, context, null);
    }
}
