package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.runtime.Status;

/** What the command's exit code means; scripts and schedulers act on these. */
public final class ExitCodes {
    /** The run succeeded (or the command did what it was asked). */
    public static final int OK = 0;
    /** The run went through but some items failed. */
    public static final int FAILURES = 1;
    /** The run stopped (fatal), or the command could not do its job. */
    public static final int FATAL = 2;
    /** What was asked for does not exist: no saved state for the workflow ({@code state show}, {@code state reset}). */
    public static final int NOT_FOUND = 3;

    /**
     * The run was stopped by SIGTERM or SIGINT (status {@code fatal}, reason {@code interrupted}): it stopped
     * reading, let its writes in flight finish within the grace period, and saved its result and position;
     * the next incremental run continues from there.
     */
    public static final int INTERRUPTED = 4;
    /** Bad usage or configuration (sysexits' EX_USAGE): fix the command line or the file, then retry. */
    public static final int USAGE = 64;

    private ExitCodes() {
    }

    /** The exit code of a run's result. */
    public static int of(ai.hrflow.connectors.runtime.RunResult result) {
        return result.reason() == ai.hrflow.connectors.runtime.Reason.INTERRUPTED ? INTERRUPTED : of(result.status());
    }

    public static int of(Status status) {
        return switch (status) {
            case SUCCESS -> OK;
            case SUCCESS_WITH_FAILURES -> FAILURES;
            case FATAL, RUNNING -> FATAL;
        };
    }
}
