package ai.hrflow.connectors.api.errors;

/**
 * Credentials were rejected or cannot be obtained (expired or reused authorization code, revoked refresh
 * token, invalid API key). Fatal: every further call would fail the same way.
 */
public class CredentialsException extends ConnectorException {
    private static final long serialVersionUID = 1L;

    public CredentialsException(String message) {
        super(message);
    }

    public CredentialsException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isFatal() {
        return true;
    }
}
