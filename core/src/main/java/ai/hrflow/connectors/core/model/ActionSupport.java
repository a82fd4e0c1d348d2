package ai.hrflow.connectors.core.model;

import ai.hrflow.connectors.core.params.ParameterProblem;
import ai.hrflow.connectors.core.params.ParameterSet;
import ai.hrflow.connectors.core.run.Engine;
import ai.hrflow.connectors.core.run.PipelineSpec;
import ai.hrflow.connectors.core.run.Reason;
import ai.hrflow.connectors.core.run.RunEnvironment;
import ai.hrflow.connectors.core.run.RunResult;
import ai.hrflow.connectors.core.run.StatusRules;
import ai.hrflow.connectors.core.spi.ReadOperation;
import ai.hrflow.connectors.core.spi.WriteOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What flow and legacy actions share: top-level checks and the hand-over to the engine. */
final class ActionSupport {
    private ActionSupport() {
    }

    /** One side of a run as an action maps it: operation, auth and parameters with their config paths. */
    record Side(String name, ParameterSet auth, Object authInput, String authPath, Object parametersInput,
            String parametersPath) {
    }

    /** Problems of the keys every action shares; {@code foreignKeys} are the other generation's, given or not. */
    static List<ParameterProblem> commonProblems(ActionRequest request, List<ForeignKey> foreignKeys) {
        List<ParameterProblem> problems = new ArrayList<>();
        if (request.workflowId() == null || request.workflowId().isBlank()) {
            problems.add(new ParameterProblem("workflow_id", "required (a stable identifier of this sync)"));
        }
        for (ForeignKey key : foreignKeys) {
            if (key.value() != null) {
                problems.add(new ParameterProblem(key.name(), "not taken by this action; " + key.hint()));
            }
        }
        if (request.batchSize() != null && request.batchSize() < 1) {
            problems.add(new ParameterProblem("batch_size", "must be at least 1"));
        }
        if (request.writeConcurrency() != null && request.writeConcurrency() < 1) {
            problems.add(new ParameterProblem("write_concurrency", "must be at least 1"));
        }
        if (request.parkAfter() != null && request.parkAfter() < 0) {
            problems.add(new ParameterProblem("park_after", "must be 0 (never park) or more"));
        }
        return problems;
    }

    record ForeignKey(String name, Object value, String hint) {
    }

    static void bindInto(List<ParameterProblem> problems, ParameterSet set, Object input, String path) {
        set.bind(input, path, problems);
    }

    static Optional<ParameterSet> readCriteria(ReadOperation op, Mode mode) {
        return op == null ? Optional.empty() : op.criteria(mode);
    }

    static Optional<ParameterSet> writeCriteria(WriteOperation op, Mode mode) {
        return op == null ? Optional.empty() : op.criteria(mode);
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    static RunResult run(Action action, ActionRequest request, RunEnvironment env, ReadOperation origin,
            Side originSide, WriteOperation target, Side targetSide, PipelineDefaults defaults,
            List<ParameterProblem> topLevelProblems) {
        Reason initError = request.initError();
        List<String> details = List.of();
        if (initError == null && !topLevelProblems.isEmpty()) {
            initError = Reason.BAD_ACTION_PARAMETERS;
            details = topLevelProblems.stream().map(ParameterProblem::toString).toList();
        }
        PipelineSpec spec = new PipelineSpec(
                request.workflowId() == null ? "" : request.workflowId(), action.connectorName(), action.name(),
                originSide.name(), targetSide.name(), action.mode(),
                origin, originSide.auth(), originSide.authInput(), originSide.authPath(),
                originSide.parametersInput(), originSide.parametersPath(),
                target, targetSide.auth(), targetSide.authInput(), targetSide.authPath(),
                targetSide.parametersInput(), targetSide.parametersPath(),
                request.logics() != null ? request.logics() : defaults.logics(),
                request.format() != null ? request.format() : defaults.format(),
                request.callback() != null ? request.callback() : defaults.callback(),
                request.persist(), request.incremental(), defaults.formatFirst(), defaults.rules(),
                request.batchSize(), request.writeConcurrency(), initError, details, request.parkAfter(),
                request.replayParked());
        return new Engine(env).run(spec);
    }

    /** The action's defaults for what the request may replace. */
    record PipelineDefaults(List<ai.hrflow.connectors.core.spi.Logic> logics,
            ai.hrflow.connectors.core.spi.Format format, ai.hrflow.connectors.core.spi.Callback callback,
            boolean formatFirst, StatusRules rules) {
    }
}
