package ai.hrflow.connectors.runtime.config;

import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.FlowAction;
import ai.hrflow.connectors.api.model.StandardParameters;
import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The top-level keys of a run configuration file, per action generation:
 * <ul>
 *   <li>flow (v2) actions: {@code workflow_id, connector_auth, hrflow_auth, pull_parameters, push_parameters,
 *       logics, format, callback, persist, incremental};</li>
 *   <li>legacy (v1) actions: {@code workflow_id, action_parameters{logics, format, read_mode},
 *       origin_parameters, target_parameters};</li>
 *   <li>both: {@code batch_size, write_concurrency, park_after} and {@code endpoints} (ours).</li>
 * </ul>
 */
public final class RunConfigKeys {
    public static final String WORKFLOW_ID = "workflow_id";
    public static final String ENDPOINTS = "endpoints";
    public static final String ACTION_PARAMETERS = "action_parameters";

    static final List<String> FLOW_GROUPS =
            List.of("connector_auth", "hrflow_auth", "pull_parameters", "push_parameters");
    static final List<String> LEGACY_GROUPS = List.of("origin_parameters", "target_parameters");

    /** Our file-only keys, declared once for validation and {@code describe}. */
    public static final ParameterSet FILE_OPTIONS = ParameterSet.of("FileOptions",
            Parameter.object(ENDPOINTS).nullable()
                    .description("Base URLs to use instead of the real ones, as real base URL: replacement "
                            + "(a proxy, a sandbox, an emulator), e.g. {\"https://api.hrflow.ai\": "
                            + "\"http://127.0.0.1:8080\"}"));

    // Flow actions: the documented "Other Parameters" minus workflow_id, whose absence the action reports.
    private static final ParameterSet FLOW_SCALARS = ParameterSet.of("FlowConfig", withOptionalWorkflowId(
            StandardParameters.FLOW_OTHER.parameters(), StandardParameters.RUN_OPTIONS.parameters()));
    private static final ParameterSet LEGACY_SCALARS = ParameterSet.of("LegacyConfig", withOptionalWorkflowId(
            List.of(), StandardParameters.RUN_OPTIONS.parameters()));

    /** Where a key of the other generation goes instead, for the error message. */
    private static final Map<String, String> FLOW_KEY_IN_LEGACY = Map.of(
            "logics", "v1 actions take it as action_parameters.logics",
            "format", "v1 actions take it as action_parameters.format",
            "incremental", "v1 actions take it as action_parameters.read_mode: incremental",
            "callback", "v1 actions have no per-run callback",
            "persist", "v1 actions have no persist key (the command line's --dry-run works for both)");

    private RunConfigKeys() {
    }

    private static List<Parameter> withOptionalWorkflowId(List<Parameter> first, List<Parameter> then) {
        List<Parameter> all = new ArrayList<>();
        all.add(Parameter.string(WORKFLOW_ID).description("A stable identifier used for persisting in "
                + "incremental mode"));
        first.stream().filter(p -> !p.name().equals(WORKFLOW_ID)).forEach(all::add);
        all.addAll(then);
        return all;
    }

    static boolean isFlow(Action action) {
        return action instanceof FlowAction;
    }

    /** Every top-level key the action takes, in the order the docs list them. */
    public static List<String> keys(Action action) {
        List<String> keys = new ArrayList<>();
        keys.add(WORKFLOW_ID);
        if (isFlow(action)) {
            keys.addAll(FLOW_GROUPS);
            FLOW_SCALARS.parameters().stream().map(Parameter::name).filter(n -> !n.equals(WORKFLOW_ID))
                    .forEach(keys::add);
        } else {
            keys.add(ACTION_PARAMETERS);
            keys.addAll(LEGACY_GROUPS);
            LEGACY_SCALARS.parameters().stream().map(Parameter::name).filter(n -> !n.equals(WORKFLOW_ID))
                    .forEach(keys::add);
        }
        keys.add(ENDPOINTS);
        return keys;
    }

    /** The keys holding a group of parameters the action validates itself. */
    static List<String> groups(Action action) {
        return isFlow(action) ? FLOW_GROUPS : LEGACY_GROUPS;
    }

    /** The single-value keys, bound by the loader. */
    static ParameterSet scalars(Action action) {
        return isFlow(action) ? FLOW_SCALARS : LEGACY_SCALARS;
    }

    /** Keys only the other generation takes (they get a message saying where they belong). */
    static List<String> foreignKeys(Action action) {
        if (isFlow(action)) {
            List<String> keys = new ArrayList<>(LEGACY_GROUPS);
            keys.add(ACTION_PARAMETERS);
            return keys;
        }
        List<String> keys = new ArrayList<>(FLOW_GROUPS);
        keys.addAll(FLOW_KEY_IN_LEGACY.keySet());
        return keys;
    }

    static String foreignKeyMessage(Action action, String key) {
        String kind = isFlow(action) ? "this v2 action" : "this v1 action";
        String where = isFlow(action) ? null : FLOW_KEY_IN_LEGACY.get(key);
        return "not taken by " + kind + (where == null ? "" : " (" + where + ")") + "; it takes "
                + String.join(", ", keys(action));
    }
}
