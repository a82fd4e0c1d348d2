package ai.hrflow.connectors.emulators.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The faults of one emulator: rules tried in insertion order (the first that fires decides the request's fault,
 * so one request gets at most one fault) plus a global latency added to every request, which benchmarks use to
 * model network and server time. Probabilistic rules draw from one {@link Random} seeded at construction or by
 * {@link #seed(long)}, so a failing run can be replayed.
 */
public final class FaultInjector {
    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private volatile Random random;
    private volatile Duration latency = Duration.ZERO;

    public FaultInjector(long seed) {
        this.random = new Random(seed);
    }

    public FaultRule add(FaultRule rule) {
        rules.add(Objects.requireNonNull(rule, "rule"));
        return rule;
    }

    /** Shortcut: the next {@code times} requests matching method and path spec get {@code fault}. */
    public FaultRule next(int times, String method, String pathSpec, Fault fault) {
        return add(FaultRule.on(method, pathSpec).times(times).then(fault));
    }

    public void remove(FaultRule rule) {
        rules.remove(rule);
    }

    /** Removes every rule; the global latency stays. */
    public void clear() {
        rules.clear();
    }

    /** Removes every rule and the global latency. */
    public void reset() {
        rules.clear();
        latency = Duration.ZERO;
    }

    public void seed(long seed) {
        this.random = new Random(seed);
    }

    public List<FaultRule> rules() {
        return List.copyOf(rules);
    }

    /** Latency added to every request before anything else happens (zero disables). */
    public void latency(Duration latency) {
        this.latency = latency == null || latency.isNegative() ? Duration.ZERO : latency;
    }

    public Duration latency() {
        return latency;
    }

    /** The fault for this request, if a rule fires. Exhausted rules are dropped as they are met. */
    public Optional<Fault> select(EmulatorRequest request) {
        Random r = random;
        for (FaultRule rule : rules) {
            if (rule.exhausted()) {
                continue;
            }
            if (rule.tryFire(request, r)) {
                return Optional.of(rule.fault());
            }
        }
        return Optional.empty();
    }
}
