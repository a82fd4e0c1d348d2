package ai.hrflow.connectors.runtime.state;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;

/**
 * An item that failed in consecutive runs of a workflow: while it is on the workflow's failure streak list it
 * is retried by the next run; once parked it is set aside (the incremental position moves past it) until
 * {@code run --replay-parked} sends it again.
 *
 * <p>The item is known by {@code key}: a hash of its position token and of its content as read from the
 * origin. An item fixed at the origin has other content, so it is a new item, never the parked one.
 *
 * @param key the item's identity (hex SHA-256 of token and content fingerprint)
 * @param token the position token the origin gave the item; null when it had none
 * @param stage where it failed last: {@code read}, {@code logics}, {@code format} or {@code write}
 * @param reason why it failed last, the run's secrets masked (as in the failures file)
 * @param attempts consecutive runs it failed in (replays included)
 * @param item the item as read from the origin, what a replay sends through logics, format and write
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"key", "token", "stage", "reason", "attempts", "first_failed_at", "last_failed_at", "item"})
public record ParkedItem(
        @JsonProperty("key") String key,
        @JsonProperty("token") String token,
        @JsonProperty("stage") String stage,
        @JsonProperty("reason") String reason,
        @JsonProperty("attempts") int attempts,
        @JsonProperty("first_failed_at") Instant firstFailedAt,
        @JsonProperty("last_failed_at") Instant lastFailedAt,
        @JsonProperty("item") ObjectNode item) {

    public ParkedItem {
        Objects.requireNonNull(key, "key");
        item = item == null ? null : item.deepCopy();
    }

    /** The same item failing once more, at {@code stage} for {@code reason}. */
    public ParkedItem failedAgain(String newStage, String newReason, Instant at) {
        return new ParkedItem(key, token, newStage, newReason, attempts + 1, firstFailedAt, at, item);
    }
}
