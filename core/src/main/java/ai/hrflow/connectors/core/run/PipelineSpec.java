package ai.hrflow.connectors.core.run;

import ai.hrflow.connectors.core.model.Mode;
import ai.hrflow.connectors.core.params.ParameterSet;
import ai.hrflow.connectors.core.spi.Callback;
import ai.hrflow.connectors.core.spi.Format;
import ai.hrflow.connectors.core.spi.Logic;
import ai.hrflow.connectors.core.spi.ReadOperation;
import ai.hrflow.connectors.core.spi.WriteOperation;
import java.util.List;

/**
 * Everything the engine needs for one run, as an action prepared it: the two operations with their raw
 * (not yet validated) parameters and where those came from in the user's config, the item functions and
 * the run options. Built by actions; library users call actions, not this.
 *
 * @param origin the read operation; null when the origin is not readable
 * @param target the write operation; null when the target is not writable
 * @param originAuthPath config key of the origin's auth, for error paths ({@code connector_auth})
 * @param formatFirst v1 order (format, then logics); v2 runs logics first
 * @param batchSize overrides the target's declared batch size when not null
 * @param writeConcurrency overrides the target's declared concurrency when not null
 * @param initError a reason to stop at once (the reference's {@code init_error}); null for none
 * @param initDetails what to report with {@code initError}
 * @param parkAfter consecutive failed runs after which an item is parked; null for the default (3), 0 never parks
 * @param replayParked send the workflow's parked items instead of reading the origin
 */
public record PipelineSpec(
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
        boolean formatFirst,
        StatusRules rules,
        Integer batchSize,
        Integer writeConcurrency,
        Reason initError,
        List<String> initDetails,
        Integer parkAfter,
        boolean replayParked) {

    public PipelineSpec {
        logics = logics == null ? List.of() : List.copyOf(logics);
        rules = rules == null ? StatusRules.V2 : rules;
        originAuth = originAuth == null ? ParameterSet.empty() : originAuth;
        targetAuth = targetAuth == null ? ParameterSet.empty() : targetAuth;
        initDetails = initDetails == null ? List.of() : List.copyOf(initDetails);
    }
}
