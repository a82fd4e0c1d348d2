package ai.hrflow.connectors.cli.logging;

import ai.hrflow.connectors.runtime.Engine;
import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.Map;

/**
 * The run's tags as the reference prints them, {@code [workflow_id=...][action_id=...]...: }, in the engine's
 * order; nothing outside a run.
 */
public class MdcTagsConverter extends ClassicConverter {
    @Override
    public String convert(ILoggingEvent event) {
        Map<String, String> mdc = event.getMDCPropertyMap();
        if (mdc == null || mdc.isEmpty()) {
            return "";
        }
        StringBuilder tags = new StringBuilder();
        for (String key : Engine.MDC_KEYS) {
            String value = mdc.get(key);
            if (value != null && !value.isEmpty()) {
                tags.append('[').append(key).append('=').append(value).append(']');
            }
        }
        return tags.isEmpty() ? "" : tags.append(": ").toString();
    }
}
