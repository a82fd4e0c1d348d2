package ai.hrflow.connectors.cli.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;

/**
 * Writes log lines to the command's error stream ({@link ConsoleStream}); unlike logback's console appender
 * it follows the stream the command was given, so in-process callers and tests see the logs of their run.
 */
public class CliConsoleAppender extends OutputStreamAppender<ILoggingEvent> {
    @Override
    public void start() {
        setOutputStream(ConsoleStream.forLogs());
        super.start();
    }
}
