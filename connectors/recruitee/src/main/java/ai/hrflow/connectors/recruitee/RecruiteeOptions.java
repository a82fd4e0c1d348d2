package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.api.http.ApiClientSettings;
import java.util.Objects;

/**
 * How the Recruitee clients behave besides their credentials. Immutable; start from {@link #defaults()}.
 *
 * <p>Recruitee publishes no rate limit (the contract only says to expect 429 and keep calls per token few). By
 * default the client holds itself to {@value #DEFAULT_REQUESTS_PER_SECOND} requests per second per host (one
 * request at a time, no burst), the figure our emulated API enforces; a 429 is still retried honouring
 * {@code Retry-After}. Set a lower limit with {@code http.rateLimit(perSecond, burst)} for an account that
 * answers 429. This default is our choice, not a published figure: confirm it on a real account.
 *
 * @param http HTTP settings of every Recruitee client (timeouts, retries, the client-side rate limit; sleeper and
 *     clock in tests); base URL and token are set per run
 * @param detailCalls candidate or offer details fetched at once while reading (Recruitee has no bulk
 *     detail call); null to follow the rate limit (see {@link #detailConcurrency()})
 */
public record RecruiteeOptions(ApiClientSettings http, Integer detailCalls) {
    /** The default client-side limit, requests per second per host. */
    public static final int DEFAULT_REQUESTS_PER_SECOND = 500;
    /** Calls in flight when no client-side limit is set. */
    static final int UNLIMITED_CONCURRENCY = 8;
    /** Most calls in flight whatever the limit. */
    static final int MAX_CONCURRENCY = 32;
    /** Round trip a full-rate read is sized for: longer ones make the read slower than the limit, not faster. */
    static final double COVERED_LATENCY_SECONDS = 0.05;

    private static final RecruiteeOptions DEFAULTS = new RecruiteeOptions(
            ApiClientSettings.builder().rateLimit(DEFAULT_REQUESTS_PER_SECOND, 1).build(), null);

    public RecruiteeOptions {
        Objects.requireNonNull(http, "http");
        if (detailCalls != null && detailCalls < 1) {
            throw new IllegalArgumentException("detailCalls must be at least 1");
        }
    }

    public static RecruiteeOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Detail calls in flight: the one set, else enough to keep the client-side rate limit busy at up to
     * {@value #COVERED_LATENCY_SECONDS} s per call (rate × round trip, at most {@value #MAX_CONCURRENCY}: 25 at the
     * default 500/s), else {@value #UNLIMITED_CONCURRENCY} without a limit. The limiter, not the thread count,
     * keeps the rate; spare threads wait for their turn.
     */
    public int detailConcurrency() {
        if (detailCalls != null) {
            return detailCalls;
        }
        if (http.requestsPerSecond() <= 0) {
            return UNLIMITED_CONCURRENCY;
        }
        long byRate = (long) Math.ceil(http.requestsPerSecond() * COVERED_LATENCY_SECONDS);
        return (int) Math.max(1, Math.min(MAX_CONCURRENCY, byRate));
    }

    public RecruiteeOptions withHttp(ApiClientSettings settings) {
        return new RecruiteeOptions(settings, detailCalls);
    }

    /** A fixed number of detail calls in flight; null to follow the rate limit again. */
    public RecruiteeOptions withDetailConcurrency(Integer calls) {
        return new RecruiteeOptions(http, calls);
    }
}
