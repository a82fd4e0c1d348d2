package ai.hrflow.connectors.api.errors;

/** HTTP 404: the object (or the URL) does not exist. Concerns the item at hand, not the run. */
public class NotFoundException extends ApiException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message, FailedCall call) {
        super(message, call, null);
    }
}
