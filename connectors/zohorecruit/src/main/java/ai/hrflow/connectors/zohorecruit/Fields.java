package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.JsonFields;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Null-safe reads for the default formats: a missing key, a JSON null and a blank string all read as absent,
 * so a record without an optional field is formatted rather than failed (the reference's formats raised a
 * KeyError on any missing key).
 */
final class Fields {
    private Fields() {
    }

    /** The trimmed text at {@code path} ({@code "info", "email"}), or null when absent, null or blank. */
    static String text(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        if (value.isObject()) {
            value = value.path("name"); // a lookup {name, id}: its name is what people read
        }
        return JsonFields.text(value);
    }

    /** The node at {@code path}, or a missing node. */
    static JsonNode at(JsonNode node, String... path) {
        return JsonFields.at(node, path);
    }

    /** The array at {@code key}, or an empty one when absent or not an array. */
    static List<JsonNode> list(JsonNode node, String key) {
        return JsonFields.elements(node, key);
    }

    /** Sets {@code key} to {@code value} unless the value is null (blank strings included). */
    static void put(ObjectNode target, String key, String value) {
        JsonFields.putText(target, key, value);
    }

    /** Copies a number (or a numeric string) unless absent. */
    static void putNumber(ObjectNode target, String key, JsonNode value) {
        if (value.isNumber()) {
            target.set(key, value.deepCopy());
        } else if (value.isTextual() && value.asText().trim().matches("-?\\d+(\\.\\d+)?")) {
            target.put(key, new java.math.BigDecimal(value.asText().trim()));
        }
    }

    /** Sets {@code key} to the text, or to JSON null when absent (keys HrFlow expects present). */
    static void putOrNull(ObjectNode target, String key, String value) {
        if (value == null) {
            target.putNull(key);
        } else {
            target.put(key, value);
        }
    }

    /** The non-null values joined by a space, or null when there is none. */
    static String joined(String... parts) {
        return JsonFields.join(" ", parts);
    }

    /** {@code [{name, type, value: null}]} skills from names. */
    static ArrayNode skills(List<String> names, String type) {
        ArrayNode skills = Json.array();
        for (String name : names) {
            skills.addObject().put("name", name).put("type", type).putNull("value");
        }
        return skills;
    }
}
