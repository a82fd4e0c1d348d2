package ai.hrflow.connectors.api.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/** Captures every event of the {@code core.http} loggers, at TRACE, while open. */
final class LogCapture implements AutoCloseable {
    private final Logger logger = (Logger) LoggerFactory.getLogger("ai.hrflow.connectors.api.http");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Level previous;

    LogCapture() {
        previous = logger.getLevel();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.TRACE);
    }

    List<ILoggingEvent> events() {
        synchronized (appender) { // AppenderBase appends under its own monitor
            return List.copyOf(appender.list);
        }
    }

    /** Every formatted message, one per line. */
    String text() {
        return events().stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).collect(Collectors.joining("\n"));
    }

    List<String> messagesAt(Level level) {
        return events().stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(previous);
    }
}
