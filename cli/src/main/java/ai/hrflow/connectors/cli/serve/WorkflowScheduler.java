package ai.hrflow.connectors.cli.serve;

import ai.hrflow.connectors.runtime.Reason;
import ai.hrflow.connectors.runtime.RunResult;
import com.cronutils.model.time.ExecutionTime;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires a workflow at the times of its cron expression (UTC). Fires never pile up: one that comes while a run of the
 * workflow is queued or under way is coalesced into it (that run reads what the fire would have). A run that finds the workflow locked by another
 * process is tried again after {@code retryDelay}, not dropped. Fire times are computed from the clock when the
 * previous one fires, so a process that was down does not catch up on every missed time.
 */
final class WorkflowScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(WorkflowScheduler.class);
    private final WorkflowRunner runner;
    private final ExecutionTime times;
    private final ServeMetrics metrics;
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final Clock clock;
    private final Duration retryDelay;
    private final AtomicBoolean queued = new AtomicBoolean();

    WorkflowScheduler(WorkflowRunner runner, ServeMetrics metrics, ExecutorService workers,
            ScheduledExecutorService timers, Clock clock, Duration retryDelay) {
        this.runner = runner;
        this.times = ExecutionTime.forCron(runner.workflow().schedule().orElseThrow());
        this.metrics = metrics;
        this.workers = workers;
        this.timers = timers;
        this.clock = clock;
        this.retryDelay = retryDelay;
    }

    void start() {
        scheduleNext();
    }

    private void scheduleNext() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(java.time.ZoneOffset.UTC));
        Optional<Duration> wait = times.timeToNextExecution(now);
        if (wait.isEmpty()) {
            LOG.warn("workflow {}: its schedule has no next time", runner.workflow().id());
            return;
        }
        later(this::fire, wait.get().plusMillis(1));
    }

    /** A fire of the schedule: queue one run unless one is queued or running already. */
    void fire() {
        scheduleNext();
        if (!queued.compareAndSet(false, true)) {
            LOG.info("workflow {}: a run is already queued or under way; this fire is coalesced into it",
                    runner.workflow().id());
            return;
        }
        try {
            workers.execute(this::runOnce);
        } catch (RejectedExecutionException e) {
            queued.set(false);
        }
    }

    private void runOnce() {
        RunResult result;
        try {
            result = runner.run(java.util.Map.of());
        } catch (RuntimeException e) {
            LOG.error("workflow {}: scheduled run failed: {}", runner.workflow().id(), e.toString());
            queued.set(false);
            return;
        }
        metrics.run(runner.workflow().id(), result);
        if (result.isFatal() && result.reason() == Reason.WORKFLOW_LOCKED) {
            LOG.info("workflow {}: locked by another run; trying again in {}s", runner.workflow().id(),
                    retryDelay.toSeconds());
            later(() -> {
                try {
                    workers.execute(this::runOnce);
                } catch (RejectedExecutionException e) {
                    queued.set(false);
                }
            }, retryDelay);
            return;
        }
        queued.set(false);
    }

    private void later(Runnable task, Duration delay) {
        try {
            timers.schedule(task, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // shutting down
        }
    }
}
