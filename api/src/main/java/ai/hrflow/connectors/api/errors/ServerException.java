package ai.hrflow.connectors.api.errors;

/**
 * HTTP 5xx after the retries allowed for the request (none for a request that is not idempotent, whose
 * outcome is then unknown: the message says to check the target before running again).
 */
public class ServerException extends RetriableApiException {
    private static final long serialVersionUID = 1L;

    public ServerException(String message, FailedCall call) {
        super(message, call, null);
    }
}
