package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.errors.FailedCall;
import ai.hrflow.connectors.api.errors.ValidationException;
import java.util.List;

/**
 * HrFlow refused a create because the {@code reference} is already used in the source or board
 * ({@code 400 Cannot create profile with this reference: <ref>. Already used!}). Archived objects keep their
 * reference, so this also answers for an archived one.
 */
public class HrFlowDuplicateReferenceException extends ValidationException {
    private static final long serialVersionUID = 1L;

    public HrFlowDuplicateReferenceException(String message, FailedCall call) {
        super(message, call, List.of());
    }
}
