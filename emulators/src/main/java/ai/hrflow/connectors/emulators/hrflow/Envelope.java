package ai.hrflow.connectors.emulators.hrflow;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorError;
import ai.hrflow.connectors.emulators.server.EmulatorResponse;
import ai.hrflow.connectors.emulators.server.ErrorResponder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * HrFlow's answer envelope: {@code {code, message, data?, meta?}} with the HTTP status equal to {@code code},
 * on every answer including errors, and {@code Content-Type: application/json} exactly (the SDK discards any
 * body whose content type differs).
 */
final class Envelope {
    private Envelope() {
    }

    static EmulatorResponse of(int code, String message, JsonNode data) {
        ObjectNode body = Json.object().put("code", code).put("message", message);
        if (data != null) {
            body.set("data", data);
        }
        return EmulatorResponse.json(code, body);
    }

    static EmulatorResponse page(String message, JsonNode data, int page, int maxPage, int count, int total) {
        ObjectNode body = Json.object().put("code", 200).put("message", message);
        body.set("meta", Json.object().put("page", page).put("maxPage", maxPage).put("count", count).put("total", total));
        body.set("data", data);
        return EmulatorResponse.json(200, body);
    }

    static EmulatorError error(int code, String message) {
        return new EmulatorError(code, message);
    }

    static EmulatorError badParameters(String detail) {
        return new EmulatorError(400, "Invalid parameters. " + detail);
    }

    /** Errors, unknown routes, rate limiting and injected faults all answer in the envelope. */
    static ErrorResponder responder() {
        return (status, message) -> of(status, message, null);
    }
}
