package ai.hrflow.connectors.runtime;

import java.time.Duration;

/**
 * A snapshot of a run in progress.
 *
 * @param skipped items the target already had (counted neither written nor failed)
 * @param failed items that will not reach the target (any stage)
 * @param done true for the last snapshot of the run
 * @param total the items the origin says the run will read (an estimate); null when the origin does not say
 */
public record RunProgress(String workflowId, String actionName, long read, long written, long skipped,
        long discarded, long failed, Duration elapsed, boolean done, Long total) {

    public RunProgress(String workflowId, String actionName, long read, long written, long skipped, long discarded,
            long failed, Duration elapsed, boolean done) {
        this(workflowId, actionName, read, written, skipped, discarded, failed, elapsed, done, null);
    }

    /** Items read per second since the start. */
    public double readRate() {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return read / seconds;
    }

    /**
     * Time left at the current read rate, when the total is known and something was read; empty otherwise.
     * Reads and writes overlap, so the read rate is the run's pace once the first batches are in flight.
     */
    public java.util.Optional<Duration> eta() {
        if (total == null || read == 0 || done) {
            return java.util.Optional.empty();
        }
        long left = Math.max(0, total - read);
        return java.util.Optional.of(Duration.ofMillis((long) (left / readRate() * 1000)));
    }
}
