package ai.hrflow.connectors.api.errors;

import java.util.List;

/**
 * HTTP 400 or 422: the API refused the data. Sending the same data again fails the same way, so the
 * item must be fixed (format, logics) rather than retried. Carries the refused fields when the client
 * could extract them from the API's error body.
 */
public class ValidationException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final List<FieldError> fieldErrors;

    public ValidationException(String message, FailedCall call, List<FieldError> fieldErrors) {
        super(message, call, null);
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    /** The refused fields, empty when the API's body names none or the client did not extract them. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
