package ai.hrflow.connectors.runtime.state;

import ai.hrflow.connectors.api.errors.ConnectorException;

/** Another run of the same workflow_id is in progress. */
public class WorkflowLockedException extends ConnectorException {
    private static final long serialVersionUID = 1L;

    public WorkflowLockedException(String message) {
        super(message);
    }

    @Override
    public boolean isFatal() {
        return true;
    }
}
