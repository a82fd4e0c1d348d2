package ai.hrflow.connectors.api.model;

/** A flow its connector cannot run (entity or mode not supported by one side); raised when the connector is defined. */
public class InvalidFlowException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidFlowException(String message) {
        super(message);
    }
}
