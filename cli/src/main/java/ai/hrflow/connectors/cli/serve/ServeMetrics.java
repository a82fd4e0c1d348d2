package ai.hrflow.connectors.cli.serve;

import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * What {@code /metrics} shows, in Prometheus text format: runs per workflow and status, items per workflow and
 * outcome (read, written, failed, skipped), events accepted/rejected/duplicate, the queue depth and each workflow's
 * last success time (seconds since the epoch).
 */
public final class ServeMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

    public ServeMetrics(IntSupplier queueDepth) {
        Gauge.builder("hrflow_connectors_queue_depth", queueDepth::getAsInt)
                .description("Accepted events waiting for their run").register(registry);
    }

    /** Records a finished run of {@code workflow}. */
    public void run(String workflow, RunResult result) {
        Counter.builder("hrflow_connectors_runs").tag("workflow", workflow)
                .tag("status", result.status().toString().toLowerCase(java.util.Locale.ROOT))
                .description("Finished runs").register(registry).increment();
        items(workflow, "read", result.count(Event.READ_SUCCESS));
        items(workflow, "written", result.count(Event.WRITE_SUCCESS));
        items(workflow, "failed", result.count(Event.READ_FAILURE) + result.count(Event.FORMAT_FAILURE)
                + result.count(Event.LOGICS_FAILURE) + result.count(Event.WRITE_FAILURE));
        items(workflow, "skipped", result.count(Event.LOGICS_DISCARD));
        if (!result.isFatal()) {
            lastSuccess.computeIfAbsent(workflow, w -> {
                AtomicLong seconds = new AtomicLong();
                Gauge.builder("hrflow_connectors_last_success_seconds", seconds, AtomicLong::get).tag("workflow", w)
                        .description("When the workflow last finished a run that was not fatal").register(registry);
                return seconds;
            }).set(result.finishedAt() == null ? System.currentTimeMillis() / 1000
                    : result.finishedAt().getEpochSecond());
        }
    }

    /** Counts an incoming event by outcome: accepted, duplicate, rejected (4xx) or refused (spool full). */
    public void event(String workflow, String outcome) {
        Counter.builder("hrflow_connectors_events").tag("workflow", workflow).tag("outcome", outcome)
                .description("Incoming webhook events").register(registry).increment();
    }

    private void items(String workflow, String outcome, long count) {
        Counter.builder("hrflow_connectors_items").tag("workflow", workflow).tag("outcome", outcome)
                .description("Items per outcome").register(registry).increment(count);
    }

    /** The Prometheus text exposition. */
    public String scrape() {
        return registry.scrape();
    }
}
