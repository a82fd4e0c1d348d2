package ai.hrflow.connectors.api.model;

import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.spi.Callback;
import ai.hrflow.connectors.api.spi.Format;
import ai.hrflow.connectors.api.spi.Logic;
import ai.hrflow.connectors.api.spi.ReadOperation;
import ai.hrflow.connectors.api.spi.WriteOperation;
import java.util.List;

/**
 * Everything a runtime needs to run one action, as the action prepared it from a request: the two operations
 * with their raw (not yet validated) parameters and where those came from in the user's config, the item
 * functions and the run options. Declarations build plans; a runtime (the engine, a Kafka Connect task)
 * executes them. Library users call a runtime with an action and a request, not this.
 *
 * @param origin the read operation; null when the origin is not readable
 * @param target the write operation; null when the target is not writable
 * @param originAuthPath config key of the origin's auth, for error paths ({@code connector_auth})
 * @param generation v1 runs format before logics and uses the v1 status rules; v2 runs logics first
 * @param batchSize overrides the target's declared batch size when not null
 * @param writeConcurrency overrides the target's declared concurrency when not null
 * @param problems problems of the request's top-level keys, by path; a non-empty list stops the run at once
 *     with {@code bad_action_parameters}
 * @param limit read at most this many items; null for all
 * @param parkAfter consecutive failed runs after which an item is parked; null for the default (3), 0 never parks
 * @param replayParked send the workflow's parked items instead of reading the origin
 */
public record RunPlan(
        String workflowId,
        String connector,
        String actionName,
        String originName,
        String targetName,
        Mode mode,
        ReadOperation origin,
        ParameterSet originAuth,
        Object originAuthInput,
        String originAuthPath,
        Object originParametersInput,
        String originParametersPath,
        WriteOperation target,
        ParameterSet targetAuth,
        Object targetAuthInput,
        String targetAuthPath,
        Object targetParametersInput,
        String targetParametersPath,
        List<Logic> logics,
        Format format,
        Callback callback,
        boolean persist,
        boolean incremental,
        Generation generation,
        Integer batchSize,
        Integer writeConcurrency,
        List<String> problems,
        Long limit,
        Integer parkAfter,
        boolean replayParked) {

    public RunPlan {
        logics = logics == null ? List.of() : List.copyOf(logics);
        generation = generation == null ? Generation.V2 : generation;
        originAuth = originAuth == null ? ParameterSet.empty() : originAuth;
        targetAuth = targetAuth == null ? ParameterSet.empty() : targetAuth;
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** Whether format runs before logics (the v1 order). */
    public boolean formatFirst() {
        return generation == Generation.V1;
    }
}
