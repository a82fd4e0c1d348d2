package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.cli.logging.LogLevels.Verbosity;
import picocli.CommandLine.Option;

/** {@code -q} / {@code -v}, mutually exclusive (picocli refuses both with a usage error). */
final class LoggingOptions {
    @Option(names = {"-q", "--quiet"}, description = "Log warnings and errors only; no progress or summary.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Log details (DEBUG) and full stack traces.")
    boolean verbose;

    static Verbosity of(LoggingOptions options) {
        if (options == null) {
            return Verbosity.NORMAL;
        }
        return options.quiet ? Verbosity.QUIET : options.verbose ? Verbosity.VERBOSE : Verbosity.NORMAL;
    }
}
