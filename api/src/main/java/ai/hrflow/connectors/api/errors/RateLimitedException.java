package ai.hrflow.connectors.api.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429 that retries did not get past, or a {@code Retry-After} longer than the client is allowed
 * to wait. In the second case the API's quota is exhausted for a while (Zoho's daily credits, for
 * example), every further call would fail the same way, so the exception is fatal.
 */
public class RateLimitedException extends RetriableApiException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;
    private final boolean quotaExhausted;

    public RateLimitedException(String message, FailedCall call, Duration retryAfter, boolean quotaExhausted) {
        super(message, call, null);
        this.retryAfter = retryAfter;
        this.quotaExhausted = quotaExhausted;
    }

    /** The wait the server asked for in its last answer, if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public boolean isFatal() {
        return quotaExhausted;
    }
}
