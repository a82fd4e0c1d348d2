package ai.hrflow.connectors.core.run;

import java.time.Duration;

/**
 * A snapshot of a run in progress.
 *
 * @param skipped items the target already had (counted neither written nor failed)
 * @param failed items that will not reach the target (any stage)
 * @param done true for the last snapshot of the run
 */
public record RunProgress(String workflowId, String actionName, long read, long written, long skipped, long discarded,
        long failed,
        Duration elapsed, boolean done) {

    /** Items read per second since the start. */
    public double readRate() {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return read / seconds;
    }
}
