package ai.hrflow.connectors.emulators.server;

/**
 * Thrown by a route handler to answer with an error. The server turns {@code status} and {@code message} into
 * the emulator's own error body (see {@link ErrorResponder}), unless a complete {@link #response()} is given.
 * Stackless: emulators throw it on ordinary paths (unknown object, bad key), so it must be cheap.
 */
public final class EmulatorError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient EmulatorResponse response;

    public EmulatorError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
        this.response = null;
    }

    /** An error whose body the handler built itself (structured error formats). */
    public EmulatorError(EmulatorResponse response) {
        super("HTTP " + response.status(), null, false, false);
        this.status = response.status();
        this.response = response;
    }

    public static EmulatorError badRequest(String message) {
        return new EmulatorError(400, message);
    }

    public int status() {
        return status;
    }

    /** The prepared response, or {@code null} when the server should build it from status and message. */
    public EmulatorResponse response() {
        return response;
    }
}
