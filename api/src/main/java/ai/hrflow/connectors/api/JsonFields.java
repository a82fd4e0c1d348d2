package ai.hrflow.connectors.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Field helpers for the JSON items connectors read and write, with one meaning everywhere: a value that is
 * absent, JSON null, blank, or not a scalar where text is wanted is "no value" (null), never the text
 * {@code "null"} nor an empty string.
 */
public final class JsonFields {
    private JsonFields() {
    }

    /** The trimmed text of a scalar, or null for a missing, null, container or blank value. */
    public static String text(JsonNode value) {
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }

    /** The trimmed text at {@code path} ({@code "info", "email"}), or null (see {@link #text(JsonNode)}). */
    public static String text(JsonNode node, String... path) {
        return text(at(node, path));
    }

    /** The node at {@code path}, or a missing node (never null). */
    public static JsonNode at(JsonNode node, String... path) {
        JsonNode current = node;
        for (String key : path) {
            current = current == null ? null : current.path(key);
        }
        return current == null ? MissingNode.getInstance() : current;
    }

    /** The elements of the array at {@code field}; empty when absent or not an array. */
    public static List<JsonNode> elements(JsonNode node, String field) {
        JsonNode value = at(node, field);
        List<JsonNode> out = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(out::add);
        }
        return out;
    }

    /** The text elements of an array, trimmed, with nulls, containers and blank ones dropped. */
    public static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(e -> {
                String text = text(e);
                if (text != null) {
                    out.add(text);
                }
            });
        }
        return out;
    }

    /** Sets {@code field} to {@code value} unless it has no value (null or blank); returns {@code target}. */
    public static ObjectNode putText(ObjectNode target, String field, String value) {
        if (value != null && !value.isBlank()) {
            target.put(field, value);
        }
        return target;
    }

    /** Sets {@code field} to a container unless it is null or empty; returns {@code target}. */
    public static ObjectNode putIfNotEmpty(ObjectNode target, String field, JsonNode value) {
        if (value != null && !value.isEmpty()) {
            target.set(field, value);
        }
        return target;
    }

    /** The values that have text, trimmed and joined with {@code separator}, or null when none has. */
    public static String join(String separator, String... values) {
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                kept.add(value.trim());
            }
        }
        return kept.isEmpty() ? null : String.join(separator, kept);
    }
}
