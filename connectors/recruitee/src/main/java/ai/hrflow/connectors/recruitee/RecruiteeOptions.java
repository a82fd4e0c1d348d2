package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.api.http.ApiClientSettings;
import java.util.Objects;

/**
 * How the Recruitee clients behave besides their credentials. Immutable; start from {@link #defaults()}.
 *
 * @param http HTTP settings of every Recruitee client (timeouts, retries, a client-side rate limit with
 *     {@code rateLimit(perSecond, burst)}; sleeper and clock in tests); base URL and token are set per run
 * @param detailConcurrency candidate or offer details fetched at once while reading (Recruitee has no bulk
 *     detail call). The contract advises few calls in flight per token since no rate limit is published; 8 keeps
 *     a read near 300 candidates per second at 20 ms per call, 16 near 550. 429 answers are retried either way.
 */
public record RecruiteeOptions(ApiClientSettings http, int detailConcurrency) {
    private static final RecruiteeOptions DEFAULTS = new RecruiteeOptions(ApiClientSettings.builder().build(), 8);

    public RecruiteeOptions {
        Objects.requireNonNull(http, "http");
        if (detailConcurrency < 1) {
            throw new IllegalArgumentException("detailConcurrency must be at least 1");
        }
    }

    public static RecruiteeOptions defaults() {
        return DEFAULTS;
    }

    public RecruiteeOptions withHttp(ApiClientSettings settings) {
        return new RecruiteeOptions(settings, detailConcurrency);
    }

    public RecruiteeOptions withDetailConcurrency(int calls) {
        return new RecruiteeOptions(http, calls);
    }
}
