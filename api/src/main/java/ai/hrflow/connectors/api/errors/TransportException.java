package ai.hrflow.connectors.api.errors;

/**
 * No HTTP answer: connection refused, timeout, connection reset, interrupted. {@link #call()} has status
 * 0. Fatal when the server could never be reached ({@link #isConnectFailure()}): the base URL is wrong or
 * the service is down, and every further call would fail the same way. A timeout or a reset concerns
 * the request at hand only.
 */
public class TransportException extends RetriableApiException {
    private static final long serialVersionUID = 1L;

    private final boolean connectFailure;

    public TransportException(String message, FailedCall call, boolean connectFailure, Throwable cause) {
        super(message, call, cause);
        this.connectFailure = connectFailure;
    }

    /** True when no connection could be opened, so nothing was sent. */
    public boolean isConnectFailure() {
        return connectFailure;
    }

    @Override
    public boolean isFatal() {
        return connectFailure;
    }
}
