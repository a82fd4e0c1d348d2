package ai.hrflow.connectors.runtime;

import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.api.spi.EventCounts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a run did. The reference's fields ({@code status}, {@code reason}, {@code events},
 * {@code incremental}, {@code incremental_token}) plus where it ran and what went wrong:
 * {@code failures_file} lists every item that did not reach the target, {@code errors} the
 * human-readable problems (validation errors by field path, fatal causes).
 *
 * @param incrementalToken the position the next incremental run starts from; never past an item that
 *     failed or was not yet written
 * @param writerPosition the target's output position committed with {@code incrementalToken} (see
 *     {@link ai.hrflow.connectors.api.spi.Writer#position()}); null for targets that have none
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"workflow_id", "action_id", "connector", "action_name", "status", "reason", "events",
    "incremental", "incremental_token", "persist", "started_at", "finished_at", "failures_file", "errors", "writer_position"})
public record RunResult(
        @JsonProperty("workflow_id") String workflowId,
        @JsonProperty("action_id") String actionId,
        @JsonProperty("connector") String connector,
        @JsonProperty("action_name") String actionName,
        @JsonProperty("status") Status status,
        @JsonProperty("reason") Reason reason,
        @JsonProperty("events") EventCounts events,
        @JsonProperty("incremental") boolean incremental,
        @JsonProperty("incremental_token") String incrementalToken,
        @JsonProperty("persist") boolean persist,
        @JsonProperty("started_at") Instant startedAt,
        @JsonProperty("finished_at") Instant finishedAt,
        @JsonProperty("failures_file") String failuresFile,
        @JsonProperty("errors") List<String> errors,
        @JsonProperty("writer_position") String writerPosition) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public RunResult {
        Objects.requireNonNull(status, "status");
        reason = reason == null ? Reason.NONE : reason;
        events = events == null ? new EventCounts() : events.snapshot();
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A result without a writer position. */
    public RunResult(String workflowId, String actionId, String connector, String actionName, Status status,
            Reason reason, EventCounts events, boolean incremental, String incrementalToken, boolean persist,
            Instant startedAt, Instant finishedAt, String failuresFile, List<String> errors) {
        this(workflowId, actionId, connector, actionName, status, reason, events, incremental, incrementalToken,
                persist, startedAt, finishedAt, failuresFile, errors, null);
    }

    public long count(Event event) {
        return events.get(event);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isFatal() {
        return status == Status.FATAL;
    }
}
