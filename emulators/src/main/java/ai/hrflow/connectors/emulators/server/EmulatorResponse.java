package ai.hrflow.connectors.emulators.server;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable HTTP answer: status, headers and body bytes. JSON answers carry {@code Content-Type:
 * application/json} exactly, without a charset suffix, because the HrFlow SDK (and clients modelled on it)
 * compare the header verbatim.
 */
public record EmulatorResponse(int status, Map<String, List<String>> headers, byte[] body) {
    public static final String JSON = "application/json";

    public EmulatorResponse {
        headers = copy(headers);
        body = body == null ? new byte[0] : body;
    }

    public static EmulatorResponse json(int status, JsonNode node) {
        try {
            return json(status, Json.MAPPER.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise emulator response", e);
        }
    }

    /** A JSON answer from already serialised text (also used to send deliberately malformed JSON). */
    public static EmulatorResponse json(int status, String json) {
        return json(status, json.getBytes(StandardCharsets.UTF_8));
    }

    private static EmulatorResponse json(int status, byte[] body) {
        return new EmulatorResponse(status, Map.of("Content-Type", List.of(JSON)), body);
    }

    public static EmulatorResponse text(int status, String contentType, String body) {
        return new EmulatorResponse(status, Map.of("Content-Type", List.of(contentType)),
                body.getBytes(StandardCharsets.UTF_8));
    }

    /** No body at all (204, 304, ...). */
    public static EmulatorResponse empty(int status) {
        return new EmulatorResponse(status, Map.of(), new byte[0]);
    }

    /** A copy with one more header value (kept alongside existing values of the same name). */
    public EmulatorResponse withHeader(String name, String value) {
        Map<String, List<String>> next = new LinkedHashMap<>(headers);
        List<String> values = new ArrayList<>(next.getOrDefault(name, List.of()));
        values.add(value);
        next.put(name, values);
        return new EmulatorResponse(status, next, body);
    }

    /** The first value of a header, case-insensitive, or {@code null}. */
    public String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((k, v) -> out.put(k, List.copyOf(v)));
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
