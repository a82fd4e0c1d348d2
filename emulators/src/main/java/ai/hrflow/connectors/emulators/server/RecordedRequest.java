package ai.hrflow.connectors.emulators.server;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request as the emulator received it, and how it ended.
 *
 * @param sequence arrival order, from 1
 * @param status the status sent, or 0 when the connection was dropped
 * @param fault the injected fault's description, or {@code null}
 */
public record RecordedRequest(long sequence, Instant receivedAt, String method, String path, String rawQuery,
        QueryParams query, Map<String, List<String>> headers, byte[] body, int status, String fault) {

    /** First value of a header (case-insensitive), or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as JSON (for assertions on what the client sent). */
    public JsonNode json() {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Recorded body is not JSON: " + this, e);
        }
    }

    public boolean dropped() {
        return status == 0;
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + method + " " + path + (rawQuery == null ? "" : "?" + rawQuery) + " -> "
                + (status == 0 ? "dropped" : status) + (fault == null ? "" : " [" + fault + "]");
    }
}
