package ai.hrflow.connectors.emulators.zoho;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A per-record failure of a write (contract §3.9): it becomes one {@code status:"error"} element of the
 * answer's {@code data[]}, the other records of the batch going on. Stackless: rejections are ordinary.
 */
final class RecordError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ObjectNode result;

    private RecordError(String code, String message, ObjectNode details) {
        super(code + ": " + message, null, false, false);
        this.result = ZohoErrors.body(code, message, details);
    }

    ObjectNode result() {
        return result;
    }

    static RecordError mandatory(String apiName, String jsonPath) {
        return new RecordError("MANDATORY_NOT_FOUND", "required field not found",
                Json.object().put("api_name", apiName).put("json_path", jsonPath));
    }

    static RecordError invalidType(String apiName, FieldType type, String jsonPath) {
        return new RecordError("INVALID_DATA", "invalid data", Json.object().put("expected_data_type",
                type.expectedDataType()).put("api_name", apiName).put("json_path", jsonPath));
    }

    static RecordError tooLong(String apiName, FieldType type, String jsonPath) {
        return new RecordError("INVALID_DATA", "invalid data", Json.object().put("maximum_length", type.maxLength())
                .put("expected_data_type", type.expectedDataType()).put("api_name", apiName).put("json_path", jsonPath));
    }

    static RecordError invalid(String apiName, String message, String jsonPath) {
        return new RecordError("INVALID_DATA", message, Json.object().put("api_name", apiName).put("json_path", jsonPath));
    }

    static RecordError invalidId(String id) {
        return new RecordError("INVALID_DATA", "the related id given seems to be invalid",
                Json.object().put("api_name", "id").put("id", id));
    }

    static RecordError duplicate(String apiName, String existingId, String jsonPath) {
        return new RecordError("DUPLICATE_DATA", "duplicate data",
                Json.object().put("api_name", apiName).put("id", existingId).put("json_path", jsonPath));
    }
}
