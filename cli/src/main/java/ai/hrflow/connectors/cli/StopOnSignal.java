package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.runtime.RunControl;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns SIGTERM and SIGINT (a scheduler stopping the job, Ctrl-C) into a graceful stop of the run: the JVM's
 * shutdown hook asks the run to stop, waits for it to save its result and print it (the run's grace period
 * for writes in flight, plus a margin for saving), then ends the process with the run's exit code
 * ({@link ExitCodes#INTERRUPTED} for a run that stopped early) instead of the JVM's default for a signal.
 */
final class StopOnSignal implements AutoCloseable {
    /** Time allowed, beyond the grace period, to save and print the result. */
    private static final Duration MARGIN = Duration.ofSeconds(10);

    private final RunControl control = new RunControl();
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;
    private volatile int exitCode = ExitCodes.INTERRUPTED;

    StopOnSignal(Duration grace) {
        hook = new Thread(() -> {
            control.stop();
            try {
                done.await(grace.plus(MARGIN).toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.flush();
            System.err.flush();
            // The JVM is shutting down: System.exit would wait for this very hook.
            Runtime.getRuntime().halt(exitCode);
        }, "hrflow-stop-on-signal");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    RunControl control() {
        return control;
    }

    /** The run ended and its result is printed; a signal now exits with {@code code}. */
    void finished(int code) {
        exitCode = code;
        done.countDown();
    }

    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook is running and ends the process with the exit code
        }
    }
}
