package ai.hrflow.connectors.cli.serve;

import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.Connectors;
import ai.hrflow.connectors.api.params.ParameterProblem;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.RunEnvironments;
import ai.hrflow.connectors.runtime.config.RunConfigException;
import ai.hrflow.connectors.runtime.config.RunConfigLoader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long-running process behind {@code serve}: validates every workflow's run configuration, replays the event
 * spool, starts the schedules and the HTTP server. {@link #close()} stops accepting, lets running runs finish (up to
 * the grace period) and leaves what is still spooled for the next start.
 */
public final class ServeProcess implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServeProcess.class);
    private final ServeConfig config;
    private final EventSpool spool;
    private final ServeMetrics metrics;
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final WebhookServer http;
    private final AtomicBoolean ready = new AtomicBoolean();
    private final Duration grace;

    private ServeProcess(ServeConfig config, Map<String, WorkflowRunner> runners, Clock clock, Duration grace) {
        this.config = config;
        this.grace = grace;
        this.spool = new EventSpool(config.stateDir().resolve("spool"), config.limits().maxQueuedEvents());
        this.metrics = new ServeMetrics(spool::size);
        int threads = Math.max(1, Math.min(runners.size(), 4));
        this.workers = Executors.newFixedThreadPool(threads, daemon("serve-run"));
        this.timers = Executors.newSingleThreadScheduledExecutor(daemon("serve-timer"));
        EventQueue queue = new EventQueue(spool, runners, metrics, config.limits(), workers, timers, clock);
        Map<String, WebhookHandler> hooks = new LinkedHashMap<>();
        for (WorkflowRunner runner : runners.values()) {
            runner.workflow().webhook().ifPresent(h -> hooks.put(h.path(),
                    new WebhookHandler(runner.workflow(), queue, metrics)));
        }
        this.http = new WebhookServer(config.host(), config.port(), config.limits(), hooks, metrics::scrape,
                ready::get);
        // Replay before listening: an event accepted meanwhile would otherwise be read back from the spool too.
        queue.replay();
        http.start();
        for (WorkflowRunner runner : runners.values()) {
            if (runner.workflow().schedule().isPresent()) {
                new WorkflowScheduler(runner, metrics, workers, timers, clock, config.limits().initialBackoff())
                        .start();
            }
        }
        ready.set(true);
        LOG.info("serve: listening on {}:{} with {} workflows; {} events replayed from the spool", config.host(),
                http.port(), runners.size(), spool.size());
    }

    /**
     * Validates the workflows and starts serving.
     *
     * @throws ServeConfigException listing every problem of every workflow (nothing is started)
     */
    public static ServeProcess start(ServeConfig config, Connectors connectors, Map<String, String> env, Clock clock,
            Duration grace) {
        RunEnvironment base = RunEnvironment.local(config.stateDir()).toBuilder().clock(clock)
                .endpoints(RunEnvironments.endpoints(env.getOrDefault(RunEnvironments.ENDPOINTS, ""))).build();
        RunConfigLoader loader = new RunConfigLoader(env);
        Map<String, WorkflowRunner> runners = new LinkedHashMap<>();
        List<ParameterProblem> problems = new ArrayList<>();
        for (ServeConfig.Workflow w : config.workflows()) {
            String at = "workflows." + w.id();
            Optional<Action> action = connectors.find(w.connector()).flatMap((Connector c) -> c.action(w.action()));
            if (action.isEmpty()) {
                problems.add(new ParameterProblem(at, "no action '" + w.action() + "' in connector '"
                        + w.connector() + "'"));
                continue;
            }
            ObjectNode document;
            try {
                document = ServeConfig.readTree(w.config());
            } catch (IOException | ClassCastException e) {
                problems.add(new ParameterProblem(at + ".config", "cannot read " + w.config() + " as YAML/JSON"));
                continue;
            }
            WorkflowRunner runner = new WorkflowRunner(w, action.get(), document, loader, base);
            try {
                runner.validate();
            } catch (RunConfigException e) {
                e.problems().forEach(p -> problems.add(new ParameterProblem(at + ".config: " + p.path(),
                        p.message())));
                continue;
            }
            runners.put(w.id(), runner);
        }
        if (!problems.isEmpty()) {
            throw new ServeConfigException(null, problems);
        }
        return new ServeProcess(config, runners, clock, grace);
    }

    public int port() {
        return http.port();
    }

    public int queued() {
        return spool.size();
    }

    public String metrics() {
        return metrics.scrape();
    }

    @Override
    public void close() {
        ready.set(false);
        http.stop(1);
        timers.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("serve: runs still going after {}s; their events stay spooled for the next start",
                        grace.toSeconds());
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
        LOG.info("serve: stopped; {} events left in the spool {}", spool.size(), config.stateDir().resolve("spool"));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
