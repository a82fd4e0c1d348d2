package ai.hrflow.connectors.runtime.config;

import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A validated run configuration: the request to give the action and what the file says about the run's
 * environment. Not a record on purpose: its {@link #toString()} must not print the request's credentials.
 */
public final class RunConfig {
    private final ActionRequest request;
    private final EndpointOverrides endpoints;
    private final List<String> secretValues;
    private final Path source;

    RunConfig(ActionRequest request, EndpointOverrides endpoints, List<String> secretValues, Path source) {
        this.request = Objects.requireNonNull(request, "request");
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.secretValues = List.copyOf(secretValues);
        this.source = source;
    }

    /** What to run the action with; copy it with {@code toBuilder()} to override (e.g. a dry run). */
    public ActionRequest request() {
        return request;
    }

    /** The file's {@code endpoints}: base URL overrides for the run environment (none when absent). */
    public EndpointOverrides endpoints() {
        return endpoints;
    }

    /**
     * The values given to parameters the action declares secret, so whoever prints what the run says
     * (logs, errors, results) can mask them. Never print this list.
     */
    public List<String> secretValues() {
        return secretValues;
    }

    /** The file read; null when the configuration was given as text. */
    public Path source() {
        return source;
    }

    @Override
    public String toString() {
        return "RunConfig[workflow_id=" + request.workflowId() + ", source=" + source + "]";
    }
}
