package ai.hrflow.connectors.api.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * A clock that only moves when told or when something sleeps on it: tests see the waits the client asks
 * for and run in milliseconds. Thread-safe.
 */
final class FakeTime extends Clock implements Sleeper {
    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private final AtomicLong nanos = new AtomicLong();
    private final List<Duration> sleeps = new ArrayList<>();
    private final boolean advanceOnSleep;
    private volatile IntConsumer onSleep = n -> { };

    private FakeTime(boolean advanceOnSleep) {
        this.advanceOnSleep = advanceOnSleep;
    }

    /** Sleeping advances the clock by the requested time. */
    static FakeTime advancing() {
        return new FakeTime(true);
    }

    /** Sleeping records the wait but the clock stays put. */
    static FakeTime frozen() {
        return new FakeTime(false);
    }

    /** Runs {@code hook} with the sleep's number (1-based) at each sleep. */
    FakeTime onSleep(IntConsumer hook) {
        this.onSleep = hook;
        return this;
    }

    void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    List<Duration> sleeps() {
        synchronized (sleeps) {
            return List.copyOf(sleeps);
        }
    }

    @Override
    public void sleep(Duration duration) {
        int n;
        synchronized (sleeps) {
            sleeps.add(duration);
            n = sleeps.size();
        }
        if (advanceOnSleep) {
            advance(duration);
        }
        onSleep.accept(n);
    }

    @Override
    public Instant instant() {
        return START.plusNanos(nanos.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
