package ai.hrflow.connectors.api.errors;

/**
 * A failure that may pass if the same request is sent later (server error, rate limit, network). The
 * HTTP layer has already retried it within its limits; the engine may retry the item in a later run.
 */
public abstract class RetriableApiException extends ApiException {
    private static final long serialVersionUID = 1L;

    protected RetriableApiException(String message, FailedCall call, Throwable cause) {
        super(message, call, cause);
    }
}
