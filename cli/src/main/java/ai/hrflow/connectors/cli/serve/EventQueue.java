package ai.hrflow.connectors.cli.serve;

import ai.hrflow.connectors.runtime.Reason;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.config.RunConfigException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts events into the {@link EventSpool} and runs them: a duplicate (same delivery id, or same object for the
 * same workflow within the window) is acknowledged but not queued again; a run that ends fatal for a reason that may
 * pass (the workflow is locked, the target is down) is retried with exponential backoff up to the attempt limit,
 * then its event moves to the spool's {@code dead/} directory. A run refused for its parameters is not retried.
 */
public final class EventQueue {
    private static final Logger LOG = LoggerFactory.getLogger(EventQueue.class);
    private static final Set<Reason> FINAL = EnumSet.of(Reason.BAD_ACTION_PARAMETERS, Reason.BAD_ORIGIN_PARAMETERS,
            Reason.BAD_TARGET_PARAMETERS, Reason.EVENT_PARSING_FAILURE, Reason.WORKFLOW_ID_NOT_FOUND);

    /** What became of an incoming event. */
    public enum Outcome { ACCEPTED, DUPLICATE, FULL }

    private final EventSpool spool;
    private final Map<String, WorkflowRunner> runners;
    private final ServeMetrics metrics;
    private final ServeConfig.Limits limits;
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final Clock clock;
    private final Map<String, Instant> seen = new HashMap<>();

    EventQueue(EventSpool spool, Map<String, WorkflowRunner> runners, ServeMetrics metrics, ServeConfig.Limits limits,
            ExecutorService workers, ScheduledExecutorService timers, Clock clock) {
        this.spool = spool;
        this.runners = runners;
        this.metrics = metrics;
        this.limits = limits;
        this.workers = workers;
        this.timers = timers;
        this.clock = clock;
    }

    /** Runs what a previous process accepted and did not finish (its dedup keys count as seen). */
    void replay() {
        for (SpooledEvent event : spool.pending()) {
            synchronized (seen) {
                seen.put(event.dedupKey(), event.receivedAt());
            }
            LOG.info("replaying event {} for workflow {}", event.id(), event.workflow());
            submit(event, 1);
        }
    }

    /**
     * Persists the event (forced to disk) and queues its run, or says why not. Returns only once the event is
     * durable, so the caller may answer 2xx.
     */
    public Outcome accept(String workflow, HrFlowEvent event, String deliveryId) {
        String dedupKey = workflow + ":" + (deliveryId != null && !deliveryId.isBlank() ? "delivery:" + deliveryId
                : event.objectKey());
        String objectKey = workflow + ":" + event.objectKey();
        Instant now = clock.instant();
        // Reserve the keys first, write outside the lock (the fsync is the slow part), give them back on failure.
        synchronized (seen) {
            seen.values().removeIf(at -> at.plus(limits.dedupWindow()).isBefore(now));
            if (seen.containsKey(dedupKey) || seen.containsKey(objectKey)) {
                return Outcome.DUPLICATE;
            }
            seen.put(dedupKey, now);
            seen.put(objectKey, now);
        }
        SpooledEvent spooled = new SpooledEvent(UUID.randomUUID().toString(), workflow, event.type(), dedupKey,
                event.parameters(), now);
        boolean appended = false;
        try {
            appended = spool.append(spooled);
        } finally {
            if (!appended) {
                synchronized (seen) {
                    seen.remove(dedupKey, now);
                    seen.remove(objectKey, now);
                }
            }
        }
        if (!appended) {
            return Outcome.FULL;
        }
        submit(spooled, 1);
        return Outcome.ACCEPTED;
    }

    private void submit(SpooledEvent event, int attempt) {
        try {
            workers.execute(() -> process(event, attempt));
        } catch (RejectedExecutionException e) {
            // Shutting down: the event stays in the spool for the next start.
            LOG.info("event {} left in the spool for the next start", event.id());
        }
    }

    private void process(SpooledEvent event, int attempt) {
        WorkflowRunner runner = runners.get(event.workflow());
        if (runner == null) {
            LOG.error("event {} names workflow '{}', which the configuration no longer has; moved to dead/",
                    event.id(), event.workflow());
            spool.bury(event);
            return;
        }
        RunResult result;
        try {
            result = runner.run(event.parameters());
        } catch (RunConfigException e) {
            LOG.error("event {}: the run configuration of workflow '{}' is invalid ({} problems); moved to dead/",
                    event.id(), event.workflow(), e.problems().size());
            spool.bury(event);
            return;
        } catch (RuntimeException e) {
            LOG.error("event {}: run of workflow '{}' failed: {}", event.id(), event.workflow(), e.toString());
            retry(event, attempt);
            return;
        }
        metrics.run(event.workflow(), result);
        if (!result.isFatal()) {
            spool.remove(event);
        } else if (FINAL.contains(result.reason())) {
            LOG.error("event {}: workflow '{}' refused the event ({}); moved to dead/", event.id(), event.workflow(),
                    result.reason().value());
            spool.bury(event);
        } else {
            LOG.warn("event {}: run of workflow '{}' ended fatal ({}), attempt {}", event.id(), event.workflow(),
                    result.reason().value(), attempt);
            retry(event, attempt);
        }
    }

    private void retry(SpooledEvent event, int attempt) {
        if (attempt >= limits.maxAttempts()) {
            LOG.error("event {}: giving up after {} attempts; moved to dead/", event.id(), attempt);
            spool.bury(event);
            return;
        }
        Duration delay = backoff(limits.initialBackoff(), limits.maxBackoff(), attempt);
        try {
            timers.schedule(() -> submit(event, attempt + 1), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.info("event {} left in the spool for the next start", event.id());
        }
    }

    /** {@code initial × 2^(attempt-1)}, at most {@code max}. */
    static Duration backoff(Duration initial, Duration max, int attempt) {
        long factor = 1L << Math.min(attempt - 1, 20);
        Duration delay = initial.multipliedBy(factor);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
