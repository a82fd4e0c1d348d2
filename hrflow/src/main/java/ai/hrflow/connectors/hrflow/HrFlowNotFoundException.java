package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.errors.FailedCall;
import ai.hrflow.connectors.api.errors.NotFoundException;

/**
 * HrFlow answered that an object does not exist: {@code code >= 400} with a message containing
 * {@code Unable to find object}, whatever the status (400 in every observed answer, 404 in the docs), or the
 * {@code Invalid source fields} / {@code Invalid board fields} of {@code GET /source} and {@code GET /board}.
 * {@link #objectType()} says which object was missing: a missing profile is an answer, a missing source is a
 * configuration error.
 */
public class HrFlowNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    private final String objectType;

    public HrFlowNotFoundException(String message, FailedCall call, String objectType) {
        super(message, call);
        this.objectType = objectType == null ? "" : objectType;
    }

    /** {@code profile}, {@code job}, {@code source} or {@code board}; empty when the answer named none. */
    public String objectType() {
        return objectType;
    }

    /** True when the missing object is the container (source or board) rather than a profile or job. */
    public boolean isContainer() {
        return objectType.equals("source") || objectType.equals("board");
    }
}
