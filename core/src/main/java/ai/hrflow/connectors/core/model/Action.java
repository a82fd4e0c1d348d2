package ai.hrflow.connectors.core.model;

import ai.hrflow.connectors.core.params.ParameterProblem;
import ai.hrflow.connectors.core.run.CheckResult;
import ai.hrflow.connectors.core.run.RunEnvironment;
import ai.hrflow.connectors.core.run.RunEnvironments;
import ai.hrflow.connectors.core.run.RunResult;
import java.util.List;

/**
 * Something a user runs: a flow of a connector (v2 naming) or a named legacy action (v1 naming, the seeds'
 * {@code push_profile}, {@code push_profile_list}).
 */
public sealed interface Action permits FlowAction, LegacyAction {
    String name();

    String description();

    /** Display name of the connector the action belongs to. */
    String connectorName();

    /** Display name of where items come from, as the docs show it. */
    String originName();

    /** Display name of where items go. */
    String targetName();

    Entity entity();

    Direction direction();

    Mode mode();

    boolean supportsIncremental();

    /**
     * Every problem with the request, by path, without running anything: missing or unknown keys, wrong
     * types, values outside their allowed list, keys of the other action generation.
     */
    List<ParameterProblem> validate(ActionRequest request);

    /** Runs the action. Never throws for bad input or API failures: the result says what happened. */
    RunResult run(ActionRequest request, RunEnvironment environment);

    /**
     * Runs every read-only check both sides declare (credentials accepted, source/board/module reachable, file
     * readable), writing nothing. A request with invalid parameters gives one failed {@code configuration} check.
     */
    List<CheckResult> check(ActionRequest request, RunEnvironment environment);

    /** Runs with the environment configured by environment variables (state store, failures directory). */
    default RunResult run(ActionRequest request) {
        return run(request, RunEnvironments.fromSystem());
    }
}
