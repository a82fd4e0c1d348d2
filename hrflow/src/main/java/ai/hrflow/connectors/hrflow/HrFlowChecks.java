package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.params.Parameters;
import ai.hrflow.connectors.api.spi.Check;
import ai.hrflow.connectors.api.spi.RunContext;
import java.util.List;

/**
 * What {@code check} and dry runs verify on HrFlow, reading only: that the key and user are accepted and the
 * source (profiles) or board (jobs) exists and is visible to them. One {@code GET /source} or {@code GET /board}
 * proves both: an unknown key answers 401, an unknown container "Invalid source/board".
 */
final class HrFlowChecks {
    private HrFlowChecks() {
    }

    static List<Check> of(Parameters auth, Parameters parameters, RunContext context, ObjectKind kind,
            HrFlowClientOptions options) {
        String key = parameters.string(kind.containerKey());
        return List.of(new Check("API key accepted and " + kind.container() + " '" + key + "' exists", () -> {
            HrFlowClient client = HrFlowAccess.client(auth, parameters, context, options);
            if (kind == ObjectKind.PROFILE) {
                client.source(key);
            } else {
                client.board(key);
            }
        }));
    }
}
