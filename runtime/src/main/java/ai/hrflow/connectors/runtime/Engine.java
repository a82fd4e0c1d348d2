package ai.hrflow.connectors.runtime;

import ai.hrflow.connectors.api.model.RunPlan;
import ai.hrflow.connectors.api.params.ParameterProblem;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.params.Parameters;
import ai.hrflow.connectors.api.spi.RunContext;
import ai.hrflow.connectors.runtime.state.ParkingLot;
import ai.hrflow.connectors.runtime.state.StateStore;
import ai.hrflow.connectors.runtime.state.WorkflowLock;
import ai.hrflow.connectors.runtime.state.WorkflowLockedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one action: the early checks of the reference's run algorithm, in its order, then the streaming
 * pipeline ({@link PipelineRun}), then the result and its saving.
 *
 * <p>Early fatal exits return a result with all-zero counters and change no state. Every problem with the
 * given parameters is reported at once in {@link RunResult#errors()}, by path.
 */
public final class Engine {
    private static final Logger LOG = LoggerFactory.getLogger("ai.hrflow.connectors.run");

    /** MDC keys set for the duration of a run, on every thread working for it. */
    public static final List<String> MDC_KEYS =
            List.of("workflow_id", "action_id", "connector", "origin", "target", "action_name");

    private final RunEnvironment env;

    public Engine(RunEnvironment env) {
        this.env = env;
    }

    public RunResult run(RunPlan spec) {
        String actionId = UUID.randomUUID().toString().replace("-", "");
        Instant startedAt = env.clock().instant();
        ResultFactory results = new ResultFactory(spec, actionId, startedAt, env);
        putMdc(spec, actionId);
        try {
            LOG.info("Starting action '{}' ({} -> {}, mode={}, incremental={}, persist={})", spec.actionName(),
                    spec.originName(), spec.targetName(), spec.mode().value(), spec.incremental(), spec.persist());
            RunResult result = runChecked(spec, actionId, results);
            LOG.info("Finished action '{}': status={}, reason={}, events={}", spec.actionName(),
                    result.status().value(), result.reason().value(), result.events());
            return result;
        } finally {
            MDC_KEYS.forEach(MDC::remove);
        }
    }

    private RunResult runChecked(RunPlan spec, String actionId, ResultFactory results) {
        if (!spec.problems().isEmpty()) {
            spec.problems().forEach(d -> LOG.error("Cannot start: {}", d));
            return results.early(Reason.BAD_ACTION_PARAMETERS, spec.problems());
        }
        if (spec.origin() == null) {
            return results.early(Reason.ORIGIN_IS_NOT_READABLE, spec.originName() + " cannot be read");
        }
        if (spec.target() == null) {
            return results.early(Reason.TARGET_IS_NOT_WRITABLE, spec.targetName() + " cannot be written");
        }
        Optional<ParameterSet> readCriteria = spec.origin().criteria(spec.mode());
        if (readCriteria.isEmpty()) {
            return results.early(Reason.MODE_NOT_SUPPORTED_BY_ORIGIN,
                    spec.originName() + " does not support mode '" + spec.mode().value() + "'");
        }
        Optional<ParameterSet> writeCriteria = spec.target().criteria(spec.mode());
        if (writeCriteria.isEmpty()) {
            return results.early(Reason.MODE_NOT_SUPPORTED_BY_TARGET,
                    spec.targetName() + " does not support mode '" + spec.mode().value() + "'");
        }

        List<ParameterProblem> originProblems = new ArrayList<>();
        Parameters originAuth = spec.originAuth().bind(spec.originAuthInput(), spec.originAuthPath(), originProblems);
        Parameters originParams = readCriteria.get().bind(spec.originParametersInput(), spec.originParametersPath(),
                originProblems);
        List<ParameterProblem> targetProblems = new ArrayList<>();
        Parameters targetAuth = spec.targetAuth().bind(spec.targetAuthInput(), spec.targetAuthPath(), targetProblems);
        Parameters targetParams = writeCriteria.get().bind(spec.targetParametersInput(),
                spec.targetParametersPath(), targetProblems);
        if (!originProblems.isEmpty() || !targetProblems.isEmpty()) {
            List<String> errors = new ArrayList<>();
            originProblems.forEach(p -> errors.add(p.toString()));
            targetProblems.forEach(p -> errors.add(p.toString()));
            errors.forEach(e -> LOG.error("Invalid parameter {}", e));
            Reason reason = originProblems.isEmpty() ? Reason.BAD_TARGET_PARAMETERS : Reason.BAD_ORIGIN_PARAMETERS;
            return results.early(reason, errors);
        }

        if (spec.incremental() && !spec.origin().supportsIncremental(spec.mode())) {
            return results.early(Reason.ORIGIN_DOES_NOT_SUPPORT_INCREMENTAL,
                    spec.originName() + " cannot read incrementally in mode '" + spec.mode().value() + "'");
        }
        Optional<StateStore> store = env.stateStore();
        if (spec.incremental() && store.isEmpty()) {
            return results.early(Reason.BACKEND_NOT_CONFIGURED,
                    "incremental runs need a state store; enable it (HRFLOW_CONNECTORS_STORE_ENABLED)");
        }
        if (spec.replayParked() && store.isEmpty()) {
            return results.early(Reason.BACKEND_NOT_CONFIGURED,
                    "replaying parked items needs the state store that keeps them (HRFLOW_CONNECTORS_STORE_ENABLED)");
        }

        WorkflowLock lock = null;
        try {
            if (store.isPresent() && spec.persist()) {
                lock = store.get().lock(spec.workflowId());
            }
            return runLocked(spec, actionId, results, store,
                    new Parameters[] {originAuth, originParams, targetAuth, targetParams});
        } catch (WorkflowLockedException e) {
            return results.early(Reason.WORKFLOW_LOCKED, e.getMessage());
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    private RunResult runLocked(RunPlan spec, String actionId, ResultFactory results,
            Optional<StateStore> store, Parameters[] params) {
        Optional<RunResult> previous;
        ParkingLot parked;
        try {
            previous = store.isPresent() ? store.get().lastRun(spec.workflowId()) : Optional.empty();
            parked = store.isPresent() ? store.get().parking(spec.workflowId()) : ParkingLot.empty();
        } catch (RuntimeException e) {
            LOG.error("Cannot read the state of workflow '{}': {}", spec.workflowId(), e.getMessage());
            return results.early(Reason.STATE_STORE_FAILURE, e.getMessage());
        }
        String previousToken = previous.map(RunResult::incrementalToken).orElse(null);
        String previousPosition = previous.map(RunResult::writerPosition).orElse(null);
        String startToken = spec.incremental() ? previousToken : null;
        if (spec.incremental()) {
            LOG.info("Incremental read from token {}", startToken == null ? "(none: first run)" : startToken);
        }
        if (previous.isPresent() && previous.get().status() == Status.RUNNING) {
            LOG.warn("The previous run of workflow '{}' did not finish (killed?); resuming from its last "
                    + "checkpoint", spec.workflowId());
        }

        RunContext context = new RunContext(spec.workflowId(), actionId, spec.connector(), store.map(s -> s),
                env.endpoints(),
                env.clock());
        RunCommitter.Saver saver = store.isEmpty() ? null : (position, counts) -> store.get().saveRun(
                spec.workflowId(), results.running(counts, token(position.advanced() && !spec.replayParked(),
                        position.token(), previousToken), writerPosition(spec, position.advanced() && !spec.replayParked(),
                        position.writerPosition())));
        PipelineRun run = new PipelineRun(spec, env, context, params[0], params[1], params[2], params[3],
                startToken, spec.incremental() ? previousPosition : null, saver, parked);
        PipelineRun.Outcome outcome = run.execute();

        // a replay's items carry their parked key as token: the workflow's position stays where it was
        boolean advanced = outcome.advanced() && !spec.replayParked();
        String token = token(advanced, outcome.token(), previousToken);
        RunResult result = results.finished(outcome, token, writerPosition(spec, advanced, outcome.writerPosition()));
        if (store.isPresent() && spec.persist()) {
            try {
                store.get().saveRun(spec.workflowId(), result);
                LOG.info("Saved run result of workflow '{}' (incremental token {})", spec.workflowId(), token);
            } catch (RuntimeException e) {
                LOG.error("Cannot save the state of workflow '{}': {}", spec.workflowId(), e.getMessage());
                return results.withStoreFailure(result, e.getMessage());
            }
        }
        return result;
    }

    /** A run that did not move the read position keeps the previous one (a non-incremental run never resets it). */
    private static String token(boolean advanced, String token, String previousToken) {
        return advanced ? token : previousToken;
    }

    /**
     * The output position saved with the token. A non-incremental run that did not move the read position saves
     * none: its output may lie after the previous position, and cutting the file back to it would lose lines.
     */
    private static String writerPosition(RunPlan spec, boolean advanced, String position) {
        return advanced || spec.incremental() ? position : null;
    }

    private static void putMdc(RunPlan spec, String actionId) {
        MDC.put("workflow_id", spec.workflowId());
        MDC.put("action_id", actionId);
        MDC.put("connector", spec.connector());
        MDC.put("origin", spec.originName());
        MDC.put("target", spec.targetName());
        MDC.put("action_name", spec.actionName());
    }
}
