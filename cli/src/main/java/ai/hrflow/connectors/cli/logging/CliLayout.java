package ai.hrflow.connectors.cli.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The command's log line: its pattern (the human format, configured in {@code logback.xml}), or a JSON object
 * when the command runs with {@code --log-format json}.
 */
public class CliLayout extends PatternLayout {
    @Override
    public String doLayout(ILoggingEvent event) {
        if (!isStarted()) {
            return "";
        }
        return LogFormat.current() == LogFormat.JSON ? JsonLogLine.of(event) : super.doLayout(event);
    }
}
