package ai.hrflow.connectors.api.errors;

/** A failure after which the run cannot go on (for example an origin that cannot be reached at all). */
public class FatalRunException extends ConnectorException {
    private static final long serialVersionUID = 1L;

    public FatalRunException(String message) {
        super(message);
    }

    public FatalRunException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isFatal() {
        return true;
    }
}
