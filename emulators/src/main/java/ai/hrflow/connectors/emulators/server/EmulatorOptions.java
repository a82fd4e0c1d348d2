package ai.hrflow.connectors.emulators.server;

import java.util.Objects;

/**
 * Start-time settings every emulator takes: worker threads, the seed of probabilistic faults, the request log's
 * capacity and the clock. Each emulator's builder extends it with its own ports and options.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class EmulatorOptions<B extends EmulatorOptions<B>> {
    private int threads = 64;
    private long seed = 42L;
    private int logCapacity = 10_000;
    private MutableClock clock = MutableClock.system();

    protected EmulatorOptions() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** Worker threads of the emulator's main server. */
    public B threads(int count) {
        this.threads = count;
        return self();
    }

    /** Seed of probabilistic faults. */
    public B seed(long value) {
        this.seed = value;
        return self();
    }

    public B logCapacity(int capacity) {
        this.logCapacity = capacity;
        return self();
    }

    public B clock(MutableClock value) {
        this.clock = Objects.requireNonNull(value);
        return self();
    }

    public MutableClock clock() {
        return clock;
    }

    /** A server builder with these settings, {@code threads} workers, on {@code port} (0 = a free one). */
    public EmulatorServer.Builder server(String name, int port, int workerThreads) {
        return EmulatorServer.builder().name(name).port(port).threads(workerThreads).seed(seed)
                .logCapacity(logCapacity).clock(clock);
    }

    /** A server builder with these settings and the configured number of worker threads. */
    public EmulatorServer.Builder server(String name, int port) {
        return server(name, port, threads);
    }
}
