package ai.hrflow.connectors.api.model;

import ai.hrflow.connectors.api.params.ParameterProblem;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.spi.ReadOperation;
import ai.hrflow.connectors.api.spi.WriteOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What flow and legacy actions share: top-level checks and the plan a runtime executes. */
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
        bounded(problems, "batch_size", request.batchSize(), StandardParameters.MAX_BATCH_SIZE);
        bounded(problems, "write_concurrency", request.writeConcurrency(), StandardParameters.MAX_WRITE_CONCURRENCY);
        if (request.parkAfter() != null && request.parkAfter() < 0) {
            problems.add(new ParameterProblem("park_after", "must be 0 (never park) or more"));
        }
        return problems;
    }

    private static void bounded(List<ParameterProblem> problems, String name, Integer value, int max) {
        if (value != null && (value < 1 || value > max)) {
            problems.add(new ParameterProblem(name, "must be between 1 and " + max + ", got " + value));
        }
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

    static RunPlan plan(Action action, ActionRequest request, ReadOperation origin, Side originSide,
            WriteOperation target, Side targetSide, PipelineDefaults defaults,
            List<ParameterProblem> topLevelProblems) {
        return new RunPlan(
                request.workflowId() == null ? "" : request.workflowId(), action.connectorName(), action.name(),
                originSide.name(), targetSide.name(), action.mode(),
                origin, originSide.auth(), originSide.authInput(), originSide.authPath(),
                originSide.parametersInput(), originSide.parametersPath(),
                target, targetSide.auth(), targetSide.authInput(), targetSide.authPath(),
                targetSide.parametersInput(), targetSide.parametersPath(),
                request.logics() != null ? request.logics() : defaults.logics(),
                request.format() != null ? request.format() : defaults.format(),
                request.callback() != null ? request.callback() : defaults.callback(),
                request.persist(), request.incremental(), defaults.generation(),
                request.batchSize(), request.writeConcurrency(),
                topLevelProblems.stream().map(ParameterProblem::toString).toList(), request.limit(),
                request.parkAfter(), request.replayParked());
    }

    /** The action's defaults for what the request may replace. */
    record PipelineDefaults(List<ai.hrflow.connectors.api.spi.Logic> logics,
            ai.hrflow.connectors.api.spi.Format format, ai.hrflow.connectors.api.spi.Callback callback,
            Generation generation) {
    }
}
