package ai.hrflow.connectors.core.state;

import ai.hrflow.connectors.core.errors.ConnectorException;

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
