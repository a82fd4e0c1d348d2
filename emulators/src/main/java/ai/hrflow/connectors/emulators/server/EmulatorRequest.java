package ai.hrflow.connectors.emulators.server;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One received request, fully read: method, normalised path, query, headers (case-insensitive names), body
 * bytes, and the path variables of the route that matched. Immutable; body helpers parse on each call.
 */
public final class EmulatorRequest {
    private final String method;
    private final String path;
    private final String rawQuery;
    private final QueryParams query;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final Map<String, String> pathVariables;

    public EmulatorRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        this(method, PathPattern.Paths.normalize(path), rawQuery, QueryParams.parse(rawQuery), caseInsensitive(headers),
                body == null ? new byte[0] : body, Map.of());
    }

    private EmulatorRequest(String method, String path, String rawQuery, QueryParams query,
            Map<String, List<String>> headers, byte[] body, Map<String, String> pathVariables) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.pathVariables = pathVariables;
    }

    EmulatorRequest withPathVariables(Map<String, String> variables) {
        return new EmulatorRequest(method, path, rawQuery, query, headers, body, Map.copyOf(variables));
    }

    public String method() {
        return method;
    }

    /** Path without query, duplicate and trailing slashes removed. */
    public String path() {
        return path;
    }

    /** The query as received (percent-encoded), or {@code null}. */
    public String rawQuery() {
        return rawQuery;
    }

    public QueryParams query() {
        return query;
    }

    /** A variable captured by the route pattern, e.g. {@code id} for {@code /candidates/{id}}. */
    public String pathVariable(String name) {
        return pathVariables.get(name);
    }

    public Map<String, String> pathVariables() {
        return pathVariables;
    }

    /** All headers; the map's key lookup ignores case. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** First value of a header, or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String contentType() {
        return header("Content-Type");
    }

    public byte[] body() {
        return body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as JSON. @throws EmulatorError 400 when empty or malformed */
    public JsonNode json() {
        if (body.length == 0) {
            throw EmulatorError.badRequest("Request body is empty, JSON expected");
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw EmulatorError.badRequest("Malformed JSON body: " + e.getMessage());
        }
    }

    /** The body as a JSON object. @throws EmulatorError 400 when it is not one */
    public ObjectNode jsonObject() {
        JsonNode node = json();
        if (!node.isObject()) {
            throw EmulatorError.badRequest("JSON object expected, got " + node.getNodeType());
        }
        return (ObjectNode) node;
    }

    /** The body decoded as {@code application/x-www-form-urlencoded}. */
    public QueryParams form() {
        return QueryParams.parse(new String(body, StandardCharsets.ISO_8859_1));
    }

    /** The body decoded as {@code multipart/form-data}. @throws EmulatorError 400 when it is not */
    public Multipart multipart() {
        return Multipart.parse(body, contentType());
    }

    @Override
    public String toString() {
        return method + " " + path + (rawQuery == null ? "" : "?" + rawQuery);
    }

    private static Map<String, List<String>> caseInsensitive(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((k, v) -> out.merge(k, List.copyOf(v), (a, b) -> {
                List<String> both = new java.util.ArrayList<>(a);
                both.addAll(b);
                return List.copyOf(both);
            }));
        }
        return Collections.unmodifiableMap(out);
    }
}
