package ai.hrflow.connectors.emulators.server;

import ai.hrflow.connectors.api.Json;

/**
 * Builds an emulator's error body from a status and a message. Each emulated API has its own error shape
 * (HrFlow's {@code {code, message}} envelope, Recruitee's {@code {"error": [...]}}, ...); the server uses this
 * for {@link EmulatorError}s, unknown routes, rate limiting and injected status faults without a body.
 */
@FunctionalInterface
public interface ErrorResponder {
    EmulatorResponse respond(int status, String message);

    /** A neutral default: {@code {"status": <status>, "message": "<message>"}}. */
    static ErrorResponder plain() {
        return (status, message) -> EmulatorResponse.json(status, Json.object().put("status", status).put("message", message));
    }
}
