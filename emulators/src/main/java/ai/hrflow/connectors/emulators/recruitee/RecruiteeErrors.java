package ai.hrflow.connectors.emulators.recruitee;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorError;
import ai.hrflow.connectors.emulators.server.EmulatorResponse;
import ai.hrflow.connectors.emulators.server.ErrorResponder;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The emulator's error body, {@code {"error": ["<message>", ...]}} with {@code Content-Type: application/json}.
 * Recruitee documents no ATS error body; this is the contract's stand-in, and clients must decide on the
 * status alone.
 */
final class RecruiteeErrors {
    private RecruiteeErrors() {
    }

    static ErrorResponder responder() {
        return RecruiteeErrors::response;
    }

    static EmulatorResponse response(int status, String message) {
        return response(status, List.of(message));
    }

    static EmulatorResponse response(int status, List<String> messages) {
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("error");
        messages.forEach(list::add);
        return EmulatorResponse.json(status, body);
    }

    /** A 422 listing every validation problem at once. */
    static EmulatorError unprocessable(List<String> messages) {
        return new EmulatorError(response(422, messages));
    }
}
