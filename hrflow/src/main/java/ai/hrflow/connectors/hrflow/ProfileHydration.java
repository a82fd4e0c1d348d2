package ai.hrflow.connectors.hrflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Merges what an item knows into the profile HrFlow parsed from its resume (contract §6.1, the reference's
 * {@code hydrate_profile}): the parser reads the file, the ATS knows the person. "Set" below follows Python
 * truthiness as the reference does: null, false, 0, "" and empty lists or objects are not set.
 */
final class ProfileHydration {
    /** Whole lists the item's non-empty ones replace. */
    private static final List<String> LISTS = List.of("experiences", "educations", "skills", "languages",
            "certifications", "interests", "tags", "metadatas");

    private ProfileHydration() {
    }

    /**
     * A copy of {@code parsed} where: {@code info.urls} gains the item's URLs it lacks; every other set
     * {@code info} value of the item wins ({@code location} only when an object with a set value); the lists
     * above, {@code text} and {@code text_language} are replaced when set in the item; the two durations when
     * not null. Keys ({@code key}, {@code reference}), attachments and everything else stay the parsed ones.
     */
    static ObjectNode hydrate(ObjectNode parsed, ObjectNode item) {
        ObjectNode out = parsed.deepCopy();
        JsonNode info = item.get("info");
        if (info instanceof ObjectNode itemInfo && !itemInfo.isEmpty()) {
            mergeInfo(out, itemInfo);
        }
        for (String list : LISTS) {
            if (set(item.get(list))) {
                out.set(list, item.get(list).deepCopy());
            }
        }
        for (String text : List.of("text", "text_language")) {
            if (set(item.get(text))) {
                out.set(text, item.get(text).deepCopy());
            }
        }
        for (String duration : List.of("experiences_duration", "educations_duration")) {
            if (item.hasNonNull(duration)) {
                out.set(duration, item.get(duration).deepCopy());
            }
        }
        return out;
    }

    private static void mergeInfo(ObjectNode out, ObjectNode itemInfo) {
        ObjectNode info = out.get("info") instanceof ObjectNode o ? o : out.putObject("info");
        ArrayNode urls = info.get("urls") instanceof ArrayNode a ? a : info.putArray("urls");
        if (itemInfo.get("urls") instanceof ArrayNode more) {
            for (JsonNode url : more) {
                if (!contains(urls, url)) {
                    urls.add(url.deepCopy());
                }
            }
        }
        for (Map.Entry<String, JsonNode> field : itemInfo.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals("urls")) {
                continue;
            }
            if (name.equals("location")) {
                if (value instanceof ObjectNode location && anySet(location)) {
                    info.set(name, value.deepCopy());
                }
            } else if (set(value)) {
                info.set(name, value.deepCopy());
            }
        }
    }

    private static boolean contains(ArrayNode array, JsonNode value) {
        for (JsonNode element : array) {
            if (element.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anySet(ObjectNode object) {
        for (JsonNode value : object) {
            if (set(value)) {
                return true;
            }
        }
        return false;
    }

    /** Python truthiness of a JSON value. */
    static boolean set(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() != 0;
        }
        if (value.isTextual()) {
            return !value.asText().isEmpty();
        }
        return !value.isContainerNode() || !value.isEmpty();
    }
}
