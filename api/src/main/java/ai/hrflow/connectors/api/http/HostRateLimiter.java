package ai.hrflow.connectors.api.http;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client-side rate limit of one {@link ApiClient}: one {@link TokenBucket} per host (and port), shared
 * by every thread using the client, so all writers of a run together stay under the API's rate. Blocking.
 */
final class HostRateLimiter {
    private final double requestsPerSecond;
    private final int burst;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    HostRateLimiter(double requestsPerSecond, int burst, Clock clock, Sleeper sleeper) {
        this.requestsPerSecond = requestsPerSecond;
        this.burst = burst;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    boolean isEnabled() {
        return requestsPerSecond > 0;
    }

    /** Waits until a request to {@code uri}'s host may go. Returns the time waited. */
    Duration acquire(URI uri) throws InterruptedException {
        if (!isEnabled()) {
            return Duration.ZERO;
        }
        String host = (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT)) + ":" + uri.getPort();
        Duration wait = buckets.computeIfAbsent(host, h -> new TokenBucket(requestsPerSecond, burst, clock)).reserve();
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
        return wait;
    }
}
