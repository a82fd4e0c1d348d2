package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.errors.ApiException;
import ai.hrflow.connectors.api.errors.FailedCall;

/**
 * HTTP 402: the workspace's plan quota for that endpoint is used up. Fatal: every further call to it fails the
 * same way until the plan changes or the quota renews, so the run stops instead of failing item after item.
 */
public class HrFlowQuotaException extends ApiException {
    private static final long serialVersionUID = 1L;

    public HrFlowQuotaException(String message, FailedCall call) {
        super(message, call, null);
    }

    @Override
    public boolean isFatal() {
        return true;
    }
}
