package ai.hrflow.connectors.cli.logging;

import java.util.Locale;

/**
 * How log lines are written: {@code human} (time, level, workflow id, message) or {@code json} (one JSON
 * object per line with the run's MDC fields, for log shippers). Set for the time of one command.
 */
public enum LogFormat {
    HUMAN, JSON;

    /** The environment variable that sets the format when {@code --log-format} is not given. */
    public static final String ENV = "HRFLOW_CONNECTORS_LOG_FORMAT";

    private static volatile LogFormat current = HUMAN;

    static LogFormat current() {
        return current;
    }

    /** Sets the format; returns the previous one, to put back afterwards. */
    static LogFormat use(LogFormat format) {
        LogFormat previous = current;
        current = format;
        return previous;
    }

    /** Parses {@code human} or {@code json}, any case; null for anything else. */
    public static LogFormat parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "human", "text" -> HUMAN;
            case "json" -> JSON;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
