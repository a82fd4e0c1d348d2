package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.core.run.Status;

/** What the command's exit code means; scripts and schedulers act on these. */
public final class ExitCodes {
    /** The run succeeded (or the command did what it was asked). */
    public static final int OK = 0;
    /** The run went through but some items failed; or what was asked for does not exist (no saved state). */
    public static final int FAILURES = 1;
    /** The run stopped (fatal), or the command could not do its job. */
    public static final int FATAL = 2;
    /** Bad usage or configuration (sysexits' EX_USAGE): fix the command line or the file, then retry. */
    public static final int USAGE = 64;

    private ExitCodes() {
    }

    public static int of(Status status) {
        return switch (status) {
            case SUCCESS -> OK;
            case SUCCESS_WITH_FAILURES -> FAILURES;
            case FATAL, RUNNING -> FATAL;
        };
    }
}
