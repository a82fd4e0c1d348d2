package ai.hrflow.connectors.api.errors;

/**
 * Base of every failure a connector, client or the engine reports on purpose.
 *
 * <p>Messages say what went wrong and what to do next; they never contain a secret. {@link #isFatal()}
 * tells the engine whether the whole run must stop (bad credentials, unreachable API after retries) or
 * only the item or batch at hand failed.
 */
public class ConnectorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConnectorException(String message) {
        super(message);
    }

    public ConnectorException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True when continuing the run cannot succeed, e.g. rejected credentials. */
    public boolean isFatal() {
        return false;
    }
}
