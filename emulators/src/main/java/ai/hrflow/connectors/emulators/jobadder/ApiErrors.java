package ai.hrflow.connectors.emulators.jobadder;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorError;
import ai.hrflow.connectors.emulators.server.EmulatorResponse;
import ai.hrflow.connectors.emulators.server.ErrorResponder;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * JobAdder's error body on the API host: {@code {"message": ..., "errors": [{"code", "message", "field",
 * "fields": [...]}]}}. The contract shows {@code field}; the official spec's {@code ErrorItemModel} has
 * {@code code}, {@code message} and a {@code fields} array; each error item carries both so clients written
 * against either shape work.
 */
final class ApiErrors {
    private ApiErrors() {
    }

    /** One refused field. */
    record FieldProblem(String field, String code, String message) {
    }

    static ErrorResponder responder() {
        return (status, message) -> EmulatorResponse.json(status, Json.object().put("message", message));
    }

    static EmulatorError badRequest(String message, String field) {
        return withErrors(400, message, List.of(new FieldProblem(field, "InvalidParameter", message)));
    }

    static EmulatorError withErrors(int status, String message, List<FieldProblem> problems) {
        return new EmulatorError(EmulatorResponse.json(status, body(message, problems)));
    }

    static ObjectNode body(String message, List<FieldProblem> problems) {
        ObjectNode body = Json.object().put("message", message);
        ArrayNode errors = body.putArray("errors");
        for (FieldProblem p : problems) {
            ObjectNode e = errors.addObject().put("code", p.code()).put("message", p.message());
            if (p.field() != null) {
                e.put("field", p.field());
                e.putArray("fields").add(p.field());
            }
        }
        return body;
    }

    static EmulatorError notFound(String what) {
        return new EmulatorError(404, what + " not found");
    }

    static EmulatorError unauthorized() {
        // Wording not documented; clients only need the 401.
        return new EmulatorError(401, "Authorization has been denied for this request.");
    }
}
