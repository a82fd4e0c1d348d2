package ai.hrflow.connectors.cli.serve;

import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.config.RunConfig;
import ai.hrflow.connectors.runtime.config.RunConfigException;
import ai.hrflow.connectors.runtime.config.RunConfigLoader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs one configured workflow: its action with its run configuration file, plus, for an event, the parameters the
 * event gives the origin ({@code profile_key}, {@code source_key}, ...), which win over the file's. Runs of one
 * workflow never overlap in this process (a lock here) nor across processes (the state store's lock: the run comes
 * back fatal with {@code workflow_locked} and the caller tries again later).
 */
public final class WorkflowRunner {
    private final ServeConfig.Workflow workflow;
    private final Action action;
    private final ObjectNode document;
    private final RunConfigLoader loader;
    private final RunEnvironment environment;
    private final ReentrantLock running = new ReentrantLock();

    WorkflowRunner(ServeConfig.Workflow workflow, Action action, ObjectNode document, RunConfigLoader loader,
            RunEnvironment environment) {
        this.workflow = workflow;
        this.action = action;
        this.document = document;
        this.loader = loader;
        this.environment = environment;
    }

    public ServeConfig.Workflow workflow() {
        return workflow;
    }

    /**
     * Validates the run configuration as an event would complete it (placeholders for the event's parameters).
     *
     * @throws RunConfigException listing every problem
     */
    void validate() {
        config(workflow.webhook().map(WorkflowRunner::placeholders).orElse(Map.of()));
    }

    /** What the webhook's events will set: job keys when it only takes job events, profile keys otherwise. */
    private static Map<String, String> placeholders(ServeConfig.Webhook hook) {
        boolean jobs = hook.events().stream().allMatch(type -> type.startsWith("job."));
        return jobs ? Map.of("job_key", "event", "board_key", "event")
                : Map.of("profile_key", "event", "source_key", "event");
    }

    /** Runs the workflow once, waiting for a run of it already under way in this process to end. */
    public RunResult run(Map<String, String> eventParameters) {
        RunConfig config = config(eventParameters);
        EndpointOverrides endpoints = environment.endpoints();
        for (Map.Entry<String, String> e : config.endpoints().asMap().entrySet()) {
            endpoints = endpoints.with(e.getKey(), e.getValue());
        }
        RunEnvironment env = environment.toBuilder().endpoints(endpoints).build();
        running.lock();
        try {
            return env.run(action, config.request());
        } finally {
            running.unlock();
        }
    }

    /** Whether a run of this workflow is under way in this process. */
    public boolean isRunning() {
        return running.isLocked();
    }

    private RunConfig config(Map<String, String> eventParameters) {
        ObjectNode copy = document.deepCopy();
        if (!eventParameters.isEmpty()) {
            ObjectNode origin = copy.has(group()) && copy.get(group()).isObject() ? (ObjectNode) copy.get(group())
                    : copy.putObject(group());
            eventParameters.forEach(origin::put);
        }
        return loader.fromTree(copy, action, workflow.config());
    }

    private String group() {
        return document.has("pull_parameters") ? "pull_parameters" : "origin_parameters";
    }

    Path configFile() {
        return workflow.config();
    }
}
