package ai.hrflow.connectors.cli.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.Map;

/**
 * The human format's short tag: {@code [<workflow_id>] } during a run, nothing outside one. The other run
 * fields (action id, connector, origin, target, action name) are in the JSON format
 * ({@code --log-format json}); the run result names them too.
 */
public class MdcTagsConverter extends ClassicConverter {
    @Override
    public String convert(ILoggingEvent event) {
        Map<String, String> mdc = event.getMDCPropertyMap();
        String workflow = mdc == null ? null : mdc.get("workflow_id");
        return workflow == null || workflow.isEmpty() ? "" : "[" + workflow + "] ";
    }
}
