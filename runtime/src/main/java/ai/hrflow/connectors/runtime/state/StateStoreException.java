package ai.hrflow.connectors.runtime.state;

import ai.hrflow.connectors.api.errors.ConnectorException;

/** The state could not be read or written (permissions, corrupt file, full disk). */
public class StateStoreException extends ConnectorException {
    private static final long serialVersionUID = 1L;

    public StateStoreException(String message) {
        super(message);
    }

    public StateStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isFatal() {
        return true;
    }
}
