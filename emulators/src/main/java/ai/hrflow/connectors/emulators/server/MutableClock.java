package ai.hrflow.connectors.emulators.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock tests can move. It starts ticking with the system clock ({@link #system()}) or frozen at an
 * instant ({@link #fixed(Instant)}); {@link #set(Instant)} freezes it, {@link #advance(Duration)} moves it either
 * way, {@link #resume()} lets a frozen clock tick again from where it stands. Thread-safe.
 */
public final class MutableClock extends Clock {
    private final Clock base = Clock.systemUTC();
    private volatile Instant frozen;
    private volatile Duration offset = Duration.ZERO;

    private MutableClock(Instant frozen) {
        this.frozen = frozen;
    }

    public static MutableClock system() {
        return new MutableClock(null);
    }

    public static MutableClock fixed(Instant instant) {
        return new MutableClock(instant);
    }

    @Override
    public Instant instant() {
        Instant f = frozen;
        return f != null ? f : base.instant().plus(offset);
    }

    /** Freezes the clock at {@code instant}. */
    public synchronized void set(Instant instant) {
        frozen = instant;
    }

    public synchronized void advance(Duration duration) {
        if (frozen != null) {
            frozen = frozen.plus(duration);
        } else {
            offset = offset.plus(duration);
        }
    }

    /** Ticks again with the system clock, continuing from the current (frozen) instant. */
    public synchronized void resume() {
        if (frozen != null) {
            offset = Duration.between(base.instant(), frozen);
            frozen = null;
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // Emulators work in UTC; a zoned view is a read-only snapshot-free delegate.
        MutableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
