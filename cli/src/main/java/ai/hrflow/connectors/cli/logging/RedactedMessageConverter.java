package ai.hrflow.connectors.cli.logging;

import ai.hrflow.connectors.cli.Redactor;
import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** The log message with the run's secrets masked. */
public class RedactedMessageConverter extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return Redactor.redact(super.convert(event));
    }
}
