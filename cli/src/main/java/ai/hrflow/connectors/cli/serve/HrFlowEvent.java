package ai.hrflow.connectors.cli.serve;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An HrFlow webhook event, reduced to what a run needs: its type ({@code profile.parsing.success},
 * {@code profile.storing.success}, {@code job.storing.success}, ...) and the parameters it gives the workflow's
 * origin: {@code profile_key} and {@code source_key} for profile events, {@code job_key} and {@code board_key} for
 * job events.
 *
 * <p>The body is expected as HrFlow's examples show it: {@code {"type": ..., "message": ..., "profile": {"key": ...,
 * "source": {"key": ...}}}} (or {@code "job": {"key": ..., "board": {"key": ...}}}). Unsure: whether every event
 * type carries the source/board object; an event without it is refused rather than guessed.
 */
public record HrFlowEvent(String type, String objectKey, Map<String, String> parameters) {

    /** Parses {@code body}, or says in one sentence what is wrong with it. */
    public static Parsed parse(byte[] body) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            return Parsed.error("the body is not JSON");
        }
        if (root == null || !root.isObject()) {
            return Parsed.error("the body is not a JSON object");
        }
        String type = root.path("type").asText("");
        if (type.isEmpty()) {
            return Parsed.error("type: missing");
        }
        String kind = type.startsWith("profile.") ? "profile" : type.startsWith("job.") ? "job" : null;
        if (kind == null) {
            return Parsed.error("type: '" + type + "' is neither a profile nor a job event");
        }
        String container = kind.equals("profile") ? "source" : "board";
        String key = root.path(kind).path("key").asText("");
        String containerKey = root.path(kind).path(container).path("key").asText("");
        if (key.isEmpty()) {
            return Parsed.error(kind + ".key: missing");
        }
        if (containerKey.isEmpty()) {
            return Parsed.error(kind + "." + container + ".key: missing");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(kind + "_key", key);
        parameters.put(container + "_key", containerKey);
        return new Parsed(Optional.of(new HrFlowEvent(type, key, parameters)), null);
    }

    /** An event, or the reason the body is not one. */
    public record Parsed(Optional<HrFlowEvent> event, String error) {
        static Parsed error(String reason) {
            return new Parsed(Optional.empty(), reason);
        }
    }
}
