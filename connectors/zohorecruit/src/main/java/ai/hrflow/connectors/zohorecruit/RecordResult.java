package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What Zoho answered for one record of an insert, update, upsert or delete (contract §3.9): {@code SUCCESS},
 * or an error code such as {@code DUPLICATE_DATA}, {@code INVALID_DATA}, {@code MANDATORY_NOT_FOUND}.
 * The HTTP status of a bulk call says nothing reliable about one record (201, 200, 202, 207 or 400 for the
 * same batch shape), so callers read these.
 *
 * @param details {@code details} as sent: the new id on success, {@code api_name} and the clashing id on errors
 */
public record RecordResult(String code, String status, String message, ObjectNode details) {

    static RecordResult from(JsonNode node) {
        JsonNode details = node.path("details");
        return new RecordResult(node.path("code").asText(""), node.path("status").asText(""),
                node.path("message").asText(""), details.isObject() ? (ObjectNode) details : Json.object());
    }

    public boolean isSuccess() {
        return "success".equalsIgnoreCase(status) || "SUCCESS".equals(code) && status.isEmpty();
    }

    /** The record id Zoho gives in {@code details.id}, or null. */
    public String id() {
        JsonNode id = details.path("id");
        return id.isValueNode() ? id.asText() : null;
    }

    /**
     * For the failures file: {@code DUPLICATE_DATA: duplicate data (field Email, existing record 4000000000123)}.
     * Only Zoho's code, message and the field names and ids of {@code details}: no value of the record.
     */
    public String describe() {
        StringBuilder out = new StringBuilder(code.isEmpty() ? "error" : code);
        if (!message.isEmpty()) {
            out.append(": ").append(message);
        }
        String field = details.path("api_name").asText("");
        String expected = details.path("expected_data_type").asText("");
        String existing = "DUPLICATE_DATA".equals(code) ? id() : null;
        if (!field.isEmpty() || !expected.isEmpty() || existing != null) {
            out.append(" (");
            String sep = "";
            if (!field.isEmpty()) {
                out.append("field ").append(field);
                sep = ", ";
            }
            if (!expected.isEmpty()) {
                out.append(sep).append("expected ").append(expected);
                sep = ", ";
            }
            if (existing != null) {
                out.append(sep).append("existing record ").append(existing);
            }
            out.append(')');
        }
        return out.toString();
    }
}
