package ai.hrflow.connectors.api.http;

import java.time.Duration;

/**
 * How the HTTP layer waits (backoff, Retry-After, rate limit). Injected through
 * {@link ApiClientSettings} so tests record the waits instead of spending them.
 */
@FunctionalInterface
public interface Sleeper {
    /** Really sleeps. */
    Sleeper SYSTEM = duration -> {
        if (!duration.isNegative() && !duration.isZero()) {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
    };

    void sleep(Duration duration) throws InterruptedException;
}
