package ai.hrflow.connectors.jobadder;

import ai.hrflow.connectors.api.JsonFields;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * The JSON field helpers of the JobAdder formats: the product's {@link JsonFields}, under the short names the
 * formats use. JobAdder's update replaces every field it is given, nulls included, so puts skip values that
 * have none.
 */
final class Nodes {
    private Nodes() {
    }

    static String text(JsonNode node, String field) {
        return JsonFields.text(node, field);
    }

    static ObjectNode put(ObjectNode target, String field, String value) {
        return JsonFields.putText(target, field, value);
    }

    static ObjectNode putIfNotEmpty(ObjectNode target, String field, JsonNode value) {
        return JsonFields.putIfNotEmpty(target, field, value);
    }

    static String join(String separator, String... values) {
        return JsonFields.join(separator, values);
    }

    static List<JsonNode> elements(JsonNode node, String field) {
        return JsonFields.elements(node, field);
    }

    static List<String> texts(JsonNode array) {
        return JsonFields.texts(array);
    }

    static ArrayNode addAll(ArrayNode array, List<String> values) {
        values.stream().filter(Objects::nonNull).forEach(array::add);
        return array;
    }
}
