package ai.hrflow.connectors.jobadder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Small JSON helpers shared by the formats: text or null, puts that skip nulls, joins. */
final class Nodes {
    private Nodes() {
    }

    /** The field as trimmed text, or null when absent, null, blank or not a scalar. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText().trim();
        return s.isEmpty() ? null : s;
    }

    /** Puts the value unless it is null: JobAdder's update replaces every field it is given, nulls included. */
    static ObjectNode put(ObjectNode target, String field, String value) {
        if (value != null) {
            target.put(field, value);
        }
        return target;
    }

    /** Sets a container unless it is empty. */
    static ObjectNode putIfNotEmpty(ObjectNode target, String field, JsonNode value) {
        if (value != null && !value.isEmpty()) {
            target.set(field, value);
        }
        return target;
    }

    /** The non-null values joined with {@code separator}, or null when there are none. */
    static String join(String separator, String... values) {
        List<String> kept = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                kept.add(v.trim());
            }
        }
        return kept.isEmpty() ? null : String.join(separator, kept);
    }

    /** The elements of an array field (empty for anything else). */
    static List<JsonNode> elements(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(out::add);
        }
        return out;
    }

    /** The text elements of an array (nulls and blank ones dropped). */
    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(e -> {
                if (e.isValueNode() && !e.isNull() && !e.asText().isBlank()) {
                    out.add(e.asText().trim());
                }
            });
        }
        return out;
    }

    static ArrayNode addAll(ArrayNode array, List<String> values) {
        values.stream().filter(Objects::nonNull).forEach(array::add);
        return array;
    }
}
