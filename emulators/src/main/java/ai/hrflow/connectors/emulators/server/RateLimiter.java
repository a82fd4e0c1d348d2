package ai.hrflow.connectors.emulators.server;

import java.util.concurrent.atomic.AtomicLong;

/**
 * An optional requests-per-second cap for a whole emulator (token bucket holding one second of requests, so a
 * short burst up to the rate passes). A request over the cap gets 429 with {@code Retry-After} in whole seconds
 * (at least 1, as HTTP requires integers). Uses the monotonic clock, not the emulator's test clock: rate
 * limiting is about real time.
 */
public final class RateLimiter {
    private double perSecond;
    private double tokens;
    private long lastRefill = System.nanoTime();
    private final AtomicLong rejected = new AtomicLong();

    /** Caps the rate; zero or negative disables the limit. */
    public synchronized void perSecond(double requestsPerSecond) {
        this.perSecond = Math.max(0, requestsPerSecond);
        // Start full: even a sub-1/s rate lets the first request through.
        this.tokens = capacity();
        this.lastRefill = System.nanoTime();
    }

    public void disable() {
        perSecond(0);
    }

    public synchronized double perSecond() {
        return perSecond;
    }

    /** How many requests were answered 429 by this limiter. */
    public long rejected() {
        return rejected.get();
    }

    private double capacity() {
        return Math.max(1, perSecond);
    }

    /** Takes one token: 0 when the request may pass, else the Retry-After seconds to announce. */
    public long tryAcquire() {
        long wait;
        synchronized (this) {
            if (perSecond <= 0) {
                return 0;
            }
            long now = System.nanoTime();
            tokens = Math.min(capacity(), tokens + (now - lastRefill) / 1e9 * perSecond);
            lastRefill = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            wait = (long) Math.ceil((1 - tokens) / perSecond);
        }
        rejected.incrementAndGet();
        return Math.max(1, wait);
    }
}
