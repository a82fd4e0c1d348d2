package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.cli.logging.LogFormat;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --log-format human|json}; without it, {@code HRFLOW_CONNECTORS_LOG_FORMAT}, else human. */
final class LogFormatOption {
    @Option(names = "--log-format", paramLabel = "FORMAT",
            description = "Log lines as 'human' (time, level, workflow id, message; the default) or 'json' (one "
                    + "JSON object per line with the run's fields, for log shippers). Default: "
                    + "$HRFLOW_CONNECTORS_LOG_FORMAT, else human.")
    String format;

    /** The format to use; a value that is neither {@code human} nor {@code json} is a usage error. */
    LogFormat resolve(Map<String, String> env) {
        if (format != null) {
            LogFormat given = LogFormat.parse(format);
            if (given == null) {
                throw CliException.usage("--log-format: expected 'human' or 'json', got '" + format + "'");
            }
            return given;
        }
        String fromEnv = env.get(LogFormat.ENV);
        if (fromEnv == null || fromEnv.isBlank()) {
            return LogFormat.HUMAN;
        }
        LogFormat given = LogFormat.parse(fromEnv);
        if (given == null) {
            throw CliException.usage(LogFormat.ENV + ": expected 'human' or 'json', got '" + fromEnv + "'");
        }
        return given;
    }
}
