package ai.hrflow.connectors.api.model;

import ai.hrflow.connectors.api.params.ParameterProblem;
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

    /**
     * What a runtime needs to run the action for {@code request}. Never throws for bad input: problems of the
     * request's top-level keys are in {@link RunPlan#problems()}, those of the parameters are found when the
     * runtime binds them.
     */
    RunPlan plan(ActionRequest request);
}
