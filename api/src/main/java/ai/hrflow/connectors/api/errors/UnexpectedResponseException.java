package ai.hrflow.connectors.api.errors;

/**
 * The API answered something the client cannot use: a status no other exception covers (3xx, 405, 409,
 * 413, ...) or a body that does not parse as the expected JSON.
 */
public class UnexpectedResponseException extends ApiException {
    private static final long serialVersionUID = 1L;

    public UnexpectedResponseException(String message, FailedCall call, Throwable cause) {
        super(message, call, cause);
    }
}
