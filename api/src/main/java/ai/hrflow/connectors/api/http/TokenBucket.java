package ai.hrflow.connectors.api.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket that spaces requests to one host: {@code burst} requests may go at once, then one every
 * {@code 1/rate} seconds. Used by {@link HostRateLimiter}, one bucket per host and {@link ApiClient}.
 *
 * <p>Thread-safe and fair in arrival order: {@link #reserve()} books the next free slot under a lock
 * (letting the bucket go into debt) and returns how long the caller must wait; the wait happens outside
 * the lock, so many threads queue with one lock hold each and no two get the same slot.
 */
final class TokenBucket {
    private final double ratePerNano;
    private final double capacity;
    private final Clock clock;
    private double tokens;
    private long lastRefillNanos;

    TokenBucket(double requestsPerSecond, int burst, Clock clock) {
        this.ratePerNano = requestsPerSecond / 1e9;
        this.capacity = burst;
        this.clock = clock;
        this.tokens = burst;
        this.lastRefillNanos = nanos(clock.instant());
    }

    /** Takes one token and returns how long to wait before using it (zero when one was available). */
    synchronized Duration reserve() {
        long now = nanos(clock.instant());
        if (now > lastRefillNanos) { // a wall clock stepping back must not refill
            tokens = Math.min(capacity, tokens + (now - lastRefillNanos) * ratePerNano);
            lastRefillNanos = now;
        }
        tokens -= 1;
        if (tokens >= 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil(-tokens / ratePerNano));
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
