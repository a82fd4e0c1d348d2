package ai.hrflow.connectors.api.http;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How an {@link ApiClient} behaves: where it sends, how long it waits, how often it retries, how fast it
 * may go, what it must never show. Immutable; start from {@link #builder()} (sane defaults) and change
 * what the API needs.
 *
 * @param baseUrl prefix of relative request targets; null when every request uses an absolute URL
 * @param connectTimeout to open a connection
 * @param requestTimeout per attempt, until the response has arrived
 * @param maxAttempts sends of one request at most, the first included
 * @param initialBackoff cap of the first retry's random wait; doubles at each retry
 * @param maxBackoff cap of any retry's random wait
 * @param maxRetryAfter longest {@code Retry-After} honoured; a longer one fails at once
 * @param maxCallDuration a call (all attempts and waits) gives up rather than go past this
 * @param requestsPerSecond per host; 0 for no client-side limit
 * @param burst requests that may go at once before the rate applies (at least 1)
 * @param userAgent sent as {@code User-Agent}
 * @param defaultHeaders sent with every request unless the request sets the same header
 *     (e.g. HrFlow's {@code X-API-KEY}; name-sensitive headers are redacted in logs)
 * @param secrets values masked in every log line and exception message
 * @param clock wall time for backoff deadlines, {@code Retry-After} dates and token expiry
 * @param sleeper how waits are spent
 */
public record ApiClientSettings(
        String baseUrl,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration maxRetryAfter,
        Duration maxCallDuration,
        double requestsPerSecond,
        int burst,
        String userAgent,
        Map<String, String> defaultHeaders,
        List<String> secrets,
        Clock clock,
        Sleeper sleeper) {

    public ApiClientSettings {
        if (baseUrl != null && !Urls.isAbsolute(URI.create(baseUrl).toString())) {
            throw new IllegalArgumentException("base URL must start with http:// or https://: " + baseUrl);
        }
        positive(connectTimeout, "connectTimeout");
        positive(requestTimeout, "requestTimeout");
        positive(maxCallDuration, "maxCallDuration");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (requestsPerSecond < 0 || Double.isNaN(requestsPerSecond)) {
            throw new IllegalArgumentException("requestsPerSecond must be 0 (no limit) or positive");
        }
        burst = Math.max(1, burst);
        TreeMap<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(defaultHeaders == null ? Map.of() : defaultHeaders);
        defaultHeaders = Collections.unmodifiableMap(headers);
        secrets = secrets == null ? List.of() : List.copyOf(secrets);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
    }

    private static void positive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    /** Defaults: timeouts 10 s connect / 30 s per attempt, 5 attempts, backoff 250 ms..30 s, Retry-After up to
     * 120 s, 2 min per call, no rate limit, system clock. */
    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public String toString() {
        // the record's default would print the secrets and API-key headers
        return "ApiClientSettings[baseUrl=" + baseUrl + ", maxAttempts=" + maxAttempts + ", requestsPerSecond="
                + requestsPerSecond + ", secrets=" + secrets.size() + " hidden]";
    }

    /** Mutable companion of the record. */
    public static final class Builder {
        private String baseUrl;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private int maxAttempts = 5;
        private Duration initialBackoff = Duration.ofMillis(250);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private Duration maxRetryAfter = Duration.ofSeconds(120);
        private Duration maxCallDuration = Duration.ofMinutes(2);
        private double requestsPerSecond;
        private int burst = 1;
        private String userAgent = "hrflow-connectors-java";
        private final Map<String, String> defaultHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private final List<String> secrets = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;

        private Builder() {
        }

        private Builder(ApiClientSettings s) {
            baseUrl = s.baseUrl;
            connectTimeout = s.connectTimeout;
            requestTimeout = s.requestTimeout;
            maxAttempts = s.maxAttempts;
            initialBackoff = s.initialBackoff;
            maxBackoff = s.maxBackoff;
            maxRetryAfter = s.maxRetryAfter;
            maxCallDuration = s.maxCallDuration;
            requestsPerSecond = s.requestsPerSecond;
            burst = s.burst;
            userAgent = s.userAgent;
            defaultHeaders.putAll(s.defaultHeaders);
            secrets.addAll(s.secrets);
            clock = s.clock;
            sleeper = s.sleeper;
        }

        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        public Builder backoff(Duration initial, Duration max) {
            this.initialBackoff = initial;
            this.maxBackoff = max;
            return this;
        }

        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
            return this;
        }

        public Builder maxCallDuration(Duration maxCallDuration) {
            this.maxCallDuration = maxCallDuration;
            return this;
        }

        /** Client-side limit per host; 0 removes it. */
        public Builder rateLimit(double requestsPerSecond, int burst) {
            this.requestsPerSecond = requestsPerSecond;
            this.burst = burst;
            return this;
        }

        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        public Builder defaultHeader(String name, String value) {
            defaultHeaders.put(name, value);
            return this;
        }

        /** Values to mask everywhere (API keys, client secrets...); null and blank ones are ignored. */
        public Builder secrets(Collection<String> values) {
            values.stream().filter(v -> v != null && !v.isBlank()).forEach(secrets::add);
            return this;
        }

        public Builder secret(String value) {
            return secrets(java.util.Collections.singletonList(value));
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        public ApiClientSettings build() {
            return new ApiClientSettings(baseUrl, connectTimeout, requestTimeout, maxAttempts, initialBackoff,
                    maxBackoff, maxRetryAfter, maxCallDuration, requestsPerSecond, burst, userAgent, defaultHeaders,
                    secrets, clock, sleeper);
        }
    }
}
