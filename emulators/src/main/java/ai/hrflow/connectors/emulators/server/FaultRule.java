package ai.hrflow.connectors.emulators.server;

import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * When to inject a {@link Fault}: requests matching a method (or any) and a {@link PathMatch}, optionally after
 * letting the first {@code skip} matches through, only on every n-th match, for at most {@code times} requests,
 * each with a probability drawn from the injector's seeded random. Without {@code times} the rule fires on every
 * match that passes the other conditions.
 *
 * <pre>{@code
 * faults.add(FaultRule.on("POST", "/v1/profile/indexing").skip(2).times(1).then(Fault.status(500)));
 * faults.add(FaultRule.on(null, "/v1/*").probability(0.1).then(Fault.drop()));
 * faults.add(FaultRule.on("GET", "/c/{id}/candidates").everyNth(3).then(Fault.status(429)));
 * }</pre>
 */
public final class FaultRule {
    private static final int UNLIMITED = -1;

    private final String method;
    private final PathMatch path;
    private final String pathSpec;
    private final Fault fault;
    private final int skip;
    private final int every;
    private final double probability;
    private final AtomicInteger remaining;
    private final AtomicInteger matched = new AtomicInteger();
    private final AtomicInteger fired = new AtomicInteger();

    private FaultRule(Builder b, Fault fault) {
        this.method = b.method;
        this.path = b.path;
        this.pathSpec = b.pathSpec;
        this.fault = Objects.requireNonNull(fault, "fault");
        this.skip = b.skip;
        this.every = b.every;
        this.probability = b.probability;
        this.remaining = new AtomicInteger(b.times);
    }

    /** Rule for {@code method} ({@code null} = any) and a {@link PathMatch#of(String) path spec}. */
    public static Builder on(String method, String pathSpec) {
        return new Builder(method, PathMatch.of(pathSpec), pathSpec);
    }

    public static Builder on(String method, PathMatch path) {
        return new Builder(method, path, "<custom>");
    }

    /** Every request. */
    public static Builder onAny() {
        return on(null, "*");
    }

    public Fault fault() {
        return fault;
    }

    /** How many requests this rule has faulted. */
    public int fired() {
        return fired.get();
    }

    /** True once a rule limited by {@code times} has fired that many times. */
    public boolean exhausted() {
        return remaining.get() == 0;
    }

    /**
     * Decides for one request. Thread-safe: with {@code times(n)} exactly n concurrent matches fire.
     * The random is drawn only for matches, so a seeded run is reproducible for a given request order.
     */
    boolean tryFire(EmulatorRequest request, Random random) {
        if ((method != null && !method.equals(request.method())) || !path.matches(request.path())) {
            return false;
        }
        int n = matched.incrementAndGet() - skip;
        if (n <= 0 || n % every != 0) {
            return false;
        }
        if (probability < 1.0) {
            boolean hit;
            synchronized (random) {
                hit = random.nextDouble() < probability;
            }
            if (!hit) {
                return false;
            }
        }
        if (remaining.get() != UNLIMITED) {
            int left;
            do {
                left = remaining.get();
                if (left <= 0) {
                    return false;
                }
            } while (!remaining.compareAndSet(left, left - 1));
        }
        fired.incrementAndGet();
        return true;
    }

    @Override
    public String toString() {
        return (method == null ? "*" : method) + " " + pathSpec + " -> " + fault.describe();
    }

    /** Collects the conditions; {@link #then(Fault)} builds the rule. */
    public static final class Builder {
        private final String method;
        private final PathMatch path;
        private final String pathSpec;
        private int skip;
        private int every = 1;
        private int times = UNLIMITED;
        private double probability = 1.0;

        private Builder(String method, PathMatch path, String pathSpec) {
            this.method = method == null ? null : method.toUpperCase(Locale.ROOT);
            this.path = Objects.requireNonNull(path, "path");
            this.pathSpec = pathSpec;
        }

        /** Fire on at most {@code n} requests (the next n matching ones unless a probability is set). */
        public Builder times(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("times must be >= 1: " + n);
            }
            this.times = n;
            return this;
        }

        /** Let the first {@code n} matching requests through untouched. */
        public Builder skip(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("skip must be >= 0: " + n);
            }
            this.skip = n;
            return this;
        }

        /** Fire only on the n-th, 2n-th, ... match (counted after {@code skip}). */
        public Builder everyNth(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("everyNth must be >= 1: " + n);
            }
            this.every = n;
            return this;
        }

        /** Fire on each match with this probability (0 &lt; p &le; 1), from the injector's seeded random. */
        public Builder probability(double p) {
            if (!(p > 0.0 && p <= 1.0)) {
                throw new IllegalArgumentException("probability must be in (0, 1]: " + p);
            }
            this.probability = p;
            return this;
        }

        public FaultRule then(Fault fault) {
            return new FaultRule(this, fault);
        }
    }
}
