package ai.hrflow.connectors.cli.serve;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/**
 * An accepted event as the spool keeps it until its run is done: which workflow, the parameters the event gives its
 * origin, when it arrived and the key that makes a repeated delivery a duplicate.
 */
public record SpooledEvent(
        @JsonProperty("id") String id,
        @JsonProperty("workflow") String workflow,
        @JsonProperty("type") String type,
        @JsonProperty("dedup_key") String dedupKey,
        @JsonProperty("parameters") Map<String, String> parameters,
        @JsonProperty("received_at") Instant receivedAt) {
}
