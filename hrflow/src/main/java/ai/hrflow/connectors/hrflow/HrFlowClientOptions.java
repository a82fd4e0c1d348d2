package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.http.ApiClientSettings;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How an {@link HrFlowClient} behaves besides its credentials. Immutable; start from {@link #defaults()}.
 *
 * <p>The two throttling knobs are the official SDK's ({@code max_requests_per_minute},
 * {@code min_sleep_per_request}). HrFlow publishes no server-side limit, but a run's concurrent writers sending
 * as fast as they can earn 429 answers in bursts; so by default the client holds itself to
 * {@value #DEFAULT_MAX_REQUESTS_PER_MINUTE} requests per minute (500 per second, one at a time, shared by every
 * thread of the client), the figure our emulated API enforces. A 429, should one still come, is retried with
 * backoff and {@code Retry-After} by the HTTP layer. The default is our choice, not a published figure: lower it
 * with {@link #withMaxRequestsPerMinute} for an account that answers 429, or pass null to send unthrottled.
 *
 * @param baseUrl the API root; the real one by default. Runs pass it through their endpoint overrides.
 * @param maxRequestsPerMinute client-side cap shared by every thread using the client
 *     ({@value #DEFAULT_MAX_REQUESTS_PER_MINUTE} by default); null for none
 * @param minSleepPerRequest minimum time between two requests of the client; zero for none
 * @param pageSize objects asked per list call when reading a whole source or board
 * @param maxPageSize largest {@code limit} ever sent (HrFlow documents no maximum; the emulator accepts 1000).
 *     Whole-source reads no longer grow their {@code limit} (a crowded second is walked page by page).
 * @param http last word on the HTTP settings (timeouts, retries, sleeper and clock in tests)
 */
public record HrFlowClientOptions(String baseUrl, Integer maxRequestsPerMinute, Duration minSleepPerRequest,
        int pageSize, int maxPageSize, UnaryOperator<ApiClientSettings.Builder> http) {

    /** The production API root, as the contract fixes it. */
    public static final String DEFAULT_BASE_URL = "https://api.hrflow.ai/v1";

    /** The default client-side limit: 500 requests per second. */
    public static final int DEFAULT_MAX_REQUESTS_PER_MINUTE = 30_000;

    private static final HrFlowClientOptions DEFAULTS = new HrFlowClientOptions(DEFAULT_BASE_URL,
            DEFAULT_MAX_REQUESTS_PER_MINUTE, Duration.ZERO, 100, 500, UnaryOperator.identity());

    public HrFlowClientOptions {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (maxRequestsPerMinute != null && maxRequestsPerMinute < 1) {
            throw new IllegalArgumentException("maxRequestsPerMinute must be at least 1 (null for no limit)");
        }
        minSleepPerRequest = minSleepPerRequest == null ? Duration.ZERO : minSleepPerRequest;
        if (minSleepPerRequest.isNegative()) {
            throw new IllegalArgumentException("minSleepPerRequest must not be negative");
        }
        if (pageSize < 1 || maxPageSize < pageSize) {
            throw new IllegalArgumentException("need 1 <= pageSize <= maxPageSize, got " + pageSize + " and "
                    + maxPageSize);
        }
        http = http == null ? UnaryOperator.identity() : http;
    }

    public static HrFlowClientOptions defaults() {
        return DEFAULTS;
    }

    public HrFlowClientOptions withBaseUrl(String url) {
        return new HrFlowClientOptions(url, maxRequestsPerMinute, minSleepPerRequest, pageSize, maxPageSize, http);
    }

    /** The SDK's {@code max_requests_per_minute}; null removes it. */
    public HrFlowClientOptions withMaxRequestsPerMinute(Integer perMinute) {
        return new HrFlowClientOptions(baseUrl, perMinute, minSleepPerRequest, pageSize, maxPageSize, http);
    }

    /** The SDK's {@code min_sleep_per_request}. */
    public HrFlowClientOptions withMinSleepPerRequest(Duration sleep) {
        return new HrFlowClientOptions(baseUrl, maxRequestsPerMinute, sleep, pageSize, maxPageSize, http);
    }

    public HrFlowClientOptions withPageSize(int size, int maxSize) {
        return new HrFlowClientOptions(baseUrl, maxRequestsPerMinute, minSleepPerRequest, size, maxSize, http);
    }

    /** Applied last to the HTTP settings the client builds. */
    public HrFlowClientOptions withHttp(UnaryOperator<ApiClientSettings.Builder> customizer) {
        return new HrFlowClientOptions(baseUrl, maxRequestsPerMinute, minSleepPerRequest, pageSize, maxPageSize,
                customizer);
    }

    /**
     * The requests per second both knobs allow together (the stricter wins), 0 for no limit. With a shared
     * per-client limiter a minimum sleep is a minimum interval between requests, which is what the SDK's
     * sleep amounts to for its one sequential caller.
     */
    double requestsPerSecond() {
        double rate = 0;
        if (maxRequestsPerMinute != null) {
            rate = maxRequestsPerMinute / 60.0;
        }
        if (!minSleepPerRequest.isZero()) {
            double bySleep = 1e9 / minSleepPerRequest.toNanos();
            rate = rate == 0 ? bySleep : Math.min(rate, bySleep);
        }
        return rate;
    }
}
