package ai.hrflow.connectors.runtime;

import ai.hrflow.connectors.api.spi.EventCounts;

import ai.hrflow.connectors.api.model.RunPlan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link RunResult}s of one run, so every exit carries the same identity fields. */
final class ResultFactory {
    private final RunPlan spec;
    private final String actionId;
    private final Instant startedAt;
    private final RunEnvironment env;

    ResultFactory(RunPlan spec, String actionId, Instant startedAt, RunEnvironment env) {
        this.spec = spec;
        this.actionId = actionId;
        this.startedAt = startedAt;
        this.env = env;
    }

    RunResult early(Reason reason, String error) {
        return early(reason, List.of(error));
    }

    RunResult early(Reason reason, List<String> errors) {
        return new RunResult(spec.workflowId(), actionId, spec.connector(), spec.actionName(), Status.FATAL, reason,
                new EventCounts(), spec.incremental(), null, spec.persist(), startedAt, env.clock().instant(), null,
                errors);
    }

    /** A result saved during the run: status {@code running}, the counters and position so far. */
    RunResult running(EventCounts events, String token, String writerPosition) {
        return new RunResult(spec.workflowId(), actionId, spec.connector(), spec.actionName(), Status.RUNNING,
                Reason.NONE, events, spec.incremental(), token, spec.persist(), startedAt, null, null, List.of(),
                writerPosition);
    }

    RunResult finished(PipelineRun.Outcome outcome, String token, String writerPosition) {
        StatusRules.Outcome status = StatusRules.of(spec.generation()).evaluate(outcome.events());
        Status s = status.status();
        Reason r = status.reason();
        if (outcome.abortReason() != null) {
            s = Status.FATAL;
            r = outcome.abortReason();
        }
        return new RunResult(spec.workflowId(), actionId, spec.connector(), spec.actionName(), s, r,
                outcome.events(), spec.incremental(), token, spec.persist(), startedAt, env.clock().instant(),
                outcome.failuresFile(), outcome.errors(), writerPosition);
    }

    RunResult withStoreFailure(RunResult result, String error) {
        List<String> errors = new ArrayList<>(result.errors());
        errors.add("the run result could not be saved: " + error);
        return new RunResult(result.workflowId(), result.actionId(), result.connector(), result.actionName(),
                Status.FATAL, Reason.STATE_STORE_FAILURE, result.events(), result.incremental(),
                result.incrementalToken(), result.persist(), result.startedAt(), result.finishedAt(),
                result.failuresFile(), errors, result.writerPosition());
    }
}
