package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.runtime.config.RunConfigKeys;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.FlowAction;
import ai.hrflow.connectors.api.model.LegacyAction;
import ai.hrflow.connectors.api.model.StandardParameters;
import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.spi.Format;
import java.util.ArrayList;
import java.util.List;

/** The parameters of an action as a configuration file groups them, with a title for each group. */
final class ParameterGroups {
    /**
     * @param key the configuration key holding the group; null for top-level keys
     * @param defaultFormat the action's default format, shown as the default of {@code format}
     */
    record Group(String key, String title, ParameterSet parameters, Format defaultFormat) {
    }

    private ParameterGroups() {
    }

    static List<Group> of(Action action) {
        List<Group> groups = new ArrayList<>();
        if (action instanceof FlowAction flow) {
            groups.add(new Group("connector_auth", flow.connectorName() + " auth", flow.connectorAuth(), null));
            groups.add(new Group("hrflow_auth", "HrFlow.ai auth", flow.hrflowAuth(), null));
            groups.add(new Group("pull_parameters", "read from " + flow.originName(), flow.pullParameters(), null));
            groups.add(new Group("push_parameters", "written to " + flow.targetName(), flow.pushParameters(),
                    null));
            groups.add(new Group(null, "other parameters", topLevel(StandardParameters.FLOW_OTHER.parameters()),
                    flow.flow().format()));
        } else if (action instanceof LegacyAction legacy) {
            groups.add(new Group(RunConfigKeys.ACTION_PARAMETERS, "action parameters",
                    StandardParameters.LEGACY_ACTION, legacy.defaultFormat()));
            groups.add(new Group("origin_parameters", "read from " + legacy.originName(),
                    legacy.originParameters(), null));
            groups.add(new Group("target_parameters", "written to " + legacy.targetName(),
                    legacy.targetParameters(), null));
            Parameter workflowId = StandardParameters.FLOW_OTHER.parameter(RunConfigKeys.WORKFLOW_ID).orElseThrow();
            groups.add(new Group(null, "other parameters", topLevel(List.of(workflowId)), null));
        }
        return groups;
    }

    private static ParameterSet topLevel(List<Parameter> first) {
        List<Parameter> all = new ArrayList<>(first);
        all.addAll(StandardParameters.RUN_OPTIONS.parameters());
        all.addAll(RunConfigKeys.FILE_OPTIONS.parameters());
        return ParameterSet.of("TopLevel", all);
    }
}
