package ai.hrflow.connectors.emulators.zoho;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorError;
import ai.hrflow.connectors.emulators.server.EmulatorResponse;
import ai.hrflow.connectors.emulators.server.ErrorResponder;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Recruit's error shapes (contract §3.9–§3.10): request-level {@code {code, details, message, status:"error"}}
 * without a {@code data} wrapper, and the same object per record inside {@code data[]} of write answers.
 */
final class ZohoErrors {
    private ZohoErrors() {
    }

    static ObjectNode body(String code, String message, ObjectNode details) {
        ObjectNode body = Json.object().put("code", code);
        body.set("details", details == null ? Json.object() : details);
        return body.put("message", message).put("status", "error");
    }

    static EmulatorResponse response(int status, String code, String message, ObjectNode details) {
        return EmulatorResponse.json(status, body(code, message, details));
    }

    static EmulatorError error(int status, String code, String message, ObjectNode details) {
        return new EmulatorError(response(status, code, message, details));
    }

    static EmulatorError error(int status, String code, String message) {
        return error(status, code, message, null);
    }

    /** 400 {@code INVALID_DATA} naming a request parameter. */
    static EmulatorError invalidParam(String param, String message) {
        return error(400, "INVALID_DATA", message, Json.object().put("param_name", param));
    }

    static EmulatorError invalidModule(String name) {
        return error(400, "INVALID_MODULE", "the module name given seems to be invalid",
                Json.object().put("resource_path_index", 0).put("module", name));
    }

    /**
     * Status and text from the base server (unknown routes, wrong method, its rate limit, injected faults) in
     * Recruit's shape, with the code Recruit uses for that status.
     */
    static ErrorResponder recruitResponder() {
        return (status, message) -> response(status, codeFor(status), message, null);
    }

    /** Zoho Accounts answers errors as {@code {"error": ...}}; used for the base's own errors there. */
    static ErrorResponder accountsResponder() {
        return (status, message) -> EmulatorResponse.json(status,
                Json.object().put("error", status == 429 ? "access_denied" : "general_error")
                        .put("error_description", message));
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "INVALID_DATA";
            case 401 -> "INVALID_TOKEN";
            case 403 -> "NO_PERMISSION";
            case 404 -> "INVALID_URL_PATTERN";
            case 405 -> "INVALID_REQUEST_METHOD";
            case 413 -> "REQUEST_ENTITY_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 429 -> "TOO_MANY_REQUESTS";
            default -> status >= 500 ? "INTERNAL_ERROR" : "ERROR";
        };
    }
}
