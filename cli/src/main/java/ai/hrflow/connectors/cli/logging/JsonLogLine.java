package ai.hrflow.connectors.cli.logging;

import ai.hrflow.connectors.cli.Redactor;
import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.runtime.Engine;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/**
 * One log event as one line of JSON: {@code timestamp} (ISO-8601, UTC), {@code level}, {@code logger},
 * {@code thread}, {@code message}, the run's MDC fields ({@code workflow_id}, {@code action_id},
 * {@code connector}, {@code origin}, {@code target}, {@code action_name}) when set, and {@code exception}
 * when there is one. Message and exception are redacted like the human format.
 */
final class JsonLogLine {
    private JsonLogLine() {
    }

    static String of(ILoggingEvent event) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("timestamp", Instant.ofEpochMilli(event.getTimeStamp()).toString());
            json.writeStringField("level", event.getLevel().toString());
            json.writeStringField("logger", event.getLoggerName());
            json.writeStringField("thread", event.getThreadName());
            json.writeStringField("message", Redactor.redact(event.getFormattedMessage()));
            Map<String, String> mdc = event.getMDCPropertyMap();
            for (String key : Engine.MDC_KEYS) {
                String value = mdc == null ? null : mdc.get(key);
                if (value != null && !value.isEmpty()) {
                    json.writeStringField(key, Redactor.redact(value));
                }
            }
            IThrowableProxy thrown = event.getThrowableProxy();
            if (thrown != null) {
                json.writeStringField("exception", RedactedThrowableConverter.describe(thrown).strip());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append(System.lineSeparator()).toString();
    }
}
