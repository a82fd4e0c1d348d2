package ai.hrflow.connectors.runtime;

/**
 * Stops a run from another thread (a signal handler, a scheduler): give it to the run's environment
 * ({@link RunEnvironment.Builder#control(RunControl)}) and call {@link #stop()}. The run stops reading, lets
 * the writes in flight finish within the environment's {@link RunEnvironment#stopGrace() grace period}
 * (abandoning those still running after it, which stay before the saved position), saves its result and
 * position, and returns {@code fatal} with reason {@code interrupted}. Stopping is idempotent and cannot be
 * undone: one control per run.
 */
public final class RunControl {
    private volatile boolean stopRequested;

    /** Asks the run to stop; returns at once. */
    public void stop() {
        stopRequested = true;
    }

    public boolean isStopRequested() {
        return stopRequested;
    }
}
