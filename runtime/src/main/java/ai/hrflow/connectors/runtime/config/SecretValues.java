package ai.hrflow.connectors.runtime.config;

import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.model.FlowAction;
import ai.hrflow.connectors.api.model.LegacyAction;
import ai.hrflow.connectors.api.params.ParameterProblem;
import ai.hrflow.connectors.api.params.ParameterSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The values a request gives to parameters its action declares secret. */
final class SecretValues {
    private SecretValues() {
    }

    static List<String> of(Action action, ActionRequest request) {
        LinkedHashSet<String> secrets = new LinkedHashSet<>();
        if (action instanceof FlowAction flow) {
            collect(secrets, flow.connectorAuth(), request.connectorAuth());
            collect(secrets, flow.hrflowAuth(), request.hrflowAuth());
            collect(secrets, flow.pullParameters(), request.pullParameters());
            collect(secrets, flow.pushParameters(), request.pushParameters());
        } else if (action instanceof LegacyAction legacy) {
            collect(secrets, legacy.originParameters(), request.originParameters());
            collect(secrets, legacy.targetParameters(), request.targetParameters());
        }
        secrets.removeIf(String::isEmpty);
        return new ArrayList<>(secrets);
    }

    private static void collect(LinkedHashSet<String> secrets, ParameterSet declaration, Object given) {
        // Problems were reported by validation already; here only the values matter.
        secrets.addAll(declaration.bind(given, "", new ArrayList<ParameterProblem>()).secretValues());
    }
}
