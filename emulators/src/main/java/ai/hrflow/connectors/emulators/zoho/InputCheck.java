package ai.hrflow.connectors.emulators.zoho;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Checks one input record of a write against its module's fields and turns it into the fields to store:
 * mandatory fields, JSON types and shapes, maximum lengths, user lookups that must name a user of the org,
 * subform rows; read-only and unknown keys dropped or rejected as the settings say. The first problem found
 * fails the record with a {@link RecordError}, as Zoho reports one error per record.
 */
final class InputCheck {
    private final ModuleSchema schema;
    private final ZohoOrg org;

    InputCheck(ModuleSchema schema, ZohoOrg org) {
        this.schema = schema;
        this.org = org;
    }

    /**
     * @param path JSON path of the record in the request, e.g. {@code $.data[3]}
     * @param create whether mandatory fields must be present (insert) or only not cleared (update)
     */
    ObjectNode clean(JsonNode input, String path, boolean create) {
        if (!(input instanceof ObjectNode in)) {
            throw RecordError.invalid("data", "invalid data", path);
        }
        checkMandatory(in, path, create);
        ObjectNode out = Json.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = in.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            JsonNode value = e.getValue();
            String at = path + "." + name;
            if ("id".equals(name)) {
                continue;
            }
            if (schema.isReadOnly(name)) {
                if (org.settings.readOnlyInput() == ZohoSettings.ReadOnlyInput.REJECT) {
                    throw RecordError.invalid(name, "the field is read only", at);
                }
                continue;
            }
            if (name.equals("$approved") || name.equals("$state")) {
                checkMeta(name, value, at);
                if (create) {
                    out.set(name, value);
                }
                continue;
            }
            FieldType type = schema.type(name);
            if (type == null) {
                if (!name.startsWith("$") && org.settings.unknownFields() == ZohoSettings.UnknownFields.KEEP) {
                    out.set(name, value);
                }
                continue;
            }
            out.set(name, checkValue(name, type, value, at));
        }
        return out;
    }

    private void checkMandatory(ObjectNode in, String path, boolean create) {
        for (String field : schema.mandatory()) {
            JsonNode v = in.get(field);
            boolean blank = v == null || v.isNull() || (v.isTextual() && v.asText().isBlank());
            if (blank && (create || in.has(field))) {
                throw RecordError.mandatory(field, path + "." + field);
            }
        }
    }

    private static void checkMeta(String name, JsonNode value, String at) {
        if (name.equals("$approved") && !value.isBoolean()) {
            throw RecordError.invalidType(name, FieldType.BOOLEAN, at);
        }
        if (name.equals("$state") && !("draft".equals(value.asText()) || "save".equals(value.asText()))) {
            throw RecordError.invalid(name, "invalid data", at);
        }
    }

    private JsonNode checkValue(String name, FieldType type, JsonNode value, String at) {
        if (!type.accepts(value)) {
            throw RecordError.invalidType(name, type, at);
        }
        if (type.tooLong(value)) {
            throw RecordError.tooLong(name, type, at);
        }
        if (value == null || value.isNull()) {
            return value;
        }
        switch (type) {
            case USER_LOOKUP:
                return user(name, value, at);
            case MULTI_USER_LOOKUP: {
                ArrayNode users = Json.array();
                for (JsonNode u : value) {
                    users.add(user(name, u, at));
                }
                return users;
            }
            case SUBFORM: {
                ArrayNode rows = Json.array();
                for (int j = 0; j < value.size(); j++) {
                    rows.add(row(name, (ObjectNode) value.get(j), at + "[" + j + "]"));
                }
                return rows;
            }
            default:
                return value;
        }
    }

    /** A user lookup must name a user of the org; the stored value carries the user's name too. */
    private ObjectNode user(String name, JsonNode value, String at) {
        ObjectNode ref = org.userRef(value.path("id").asText());
        if (ref == null) {
            throw RecordError.invalid(name, "invalid data", at);
        }
        if (value.has("email")) {
            ref.set("email", value.get("email"));
        }
        return ref;
    }

    private static ObjectNode row(String subform, ObjectNode row, String at) {
        Map<String, FieldType> fields = ModuleSchema.subform(subform);
        ObjectNode out = Json.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            JsonNode value = e.getValue();
            if ("id".equals(name)) {
                if (!value.isNull() && !value.asText().matches("\\d{1,19}")) {
                    throw RecordError.invalid("id", "the related id given seems to be invalid", at + ".id");
                }
                out.set(name, value.isNull() ? value : Json.MAPPER.getNodeFactory().textNode(value.asText()));
                continue;
            }
            FieldType type = fields.get(name);
            if (type == null) {
                continue;
            }
            if (!type.accepts(value)) {
                throw RecordError.invalidType(name, type, at + "." + name);
            }
            if (type.tooLong(value)) {
                throw RecordError.tooLong(name, type, at + "." + name);
            }
            out.set(name, value);
        }
        return out;
    }
}
