package ai.hrflow.connectors.core.run;

import ai.hrflow.connectors.core.spi.EndpointOverrides;
import ai.hrflow.connectors.core.state.StateStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where runs happen: the state store (empty = none configured), the directory of failures files, a progress
 * listener, base URL overrides, the clock, and the circuit breaker that stops a run whose target keeps failing.
 */
public final class RunEnvironment {
    private final StateStore stateStore;
    private final Path failuresDirectory;
    private final ProgressListener progress;
    private final EndpointOverrides endpoints;
    private final Clock clock;
    private final int maxConsecutiveBatchErrors;
    private final Duration checkpointInterval;
    private final Duration stopGrace;
    private final RunControl control;

    private RunEnvironment(Builder b) {
        this.stateStore = b.stateStore;
        this.failuresDirectory = Objects.requireNonNull(b.failuresDirectory, "failuresDirectory");
        this.progress = b.progress;
        this.endpoints = b.endpoints;
        this.clock = b.clock;
        this.maxConsecutiveBatchErrors = b.maxConsecutiveBatchErrors;
        this.checkpointInterval = b.checkpointInterval;
        this.stopGrace = b.stopGrace;
        this.control = b.control;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().stateStore(stateStore).failuresDirectory(failuresDirectory).progress(progress)
                .endpoints(endpoints).clock(clock).maxConsecutiveBatchErrors(maxConsecutiveBatchErrors)
                .checkpointInterval(checkpointInterval).stopGrace(stopGrace).control(control);
    }

    public Optional<StateStore> stateStore() {
        return Optional.ofNullable(stateStore);
    }

    public Path failuresDirectory() {
        return failuresDirectory;
    }

    public ProgressListener progress() {
        return progress;
    }

    public EndpointOverrides endpoints() {
        return endpoints;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Whole batches that may fail in a row (the writer threw, nothing of the batch was written) before the
     * run stops as fatal: a target that is down for good should not make an unattended run grind through
     * every remaining item. Items not written are recorded as failed; the token does not pass them.
     */
    public int maxConsecutiveBatchErrors() {
        return maxConsecutiveBatchErrors;
    }

    /**
     * Mid-run checkpoints: besides after every page whose items are all done, the position (with the counters)
     * is committed at least this often while it moves. {@link Duration#ZERO} turns mid-run checkpoints off
     * (only the end of the run saves; for measuring their cost). Default 2 seconds.
     */
    public Duration checkpointInterval() {
        return checkpointInterval;
    }

    /** How long a stopped run lets its writes in flight finish before abandoning them. Default 20 seconds. */
    public Duration stopGrace() {
        return stopGrace;
    }

    /** What stops the run from outside; null when nothing can. */
    public RunControl control() {
        return control;
    }

    public static final class Builder {
        private StateStore stateStore;
        private Path failuresDirectory;
        private ProgressListener progress = ProgressListener.NONE;
        private EndpointOverrides endpoints = EndpointOverrides.none();
        private Clock clock = Clock.systemUTC();
        private int maxConsecutiveBatchErrors = 10;
        private Duration checkpointInterval = Duration.ofSeconds(2);
        private Duration stopGrace = Duration.ofSeconds(20);
        private RunControl control;

        public Builder stateStore(StateStore store) {
            this.stateStore = store;
            return this;
        }

        public Builder failuresDirectory(Path directory) {
            this.failuresDirectory = directory;
            return this;
        }

        public Builder progress(ProgressListener listener) {
            this.progress = listener == null ? ProgressListener.NONE : listener;
            return this;
        }

        public Builder endpoints(EndpointOverrides overrides) {
            this.endpoints = overrides == null ? EndpointOverrides.none() : overrides;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public Builder maxConsecutiveBatchErrors(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("maxConsecutiveBatchErrors must be at least 1");
            }
            this.maxConsecutiveBatchErrors = count;
            return this;
        }

        public Builder checkpointInterval(Duration interval) {
            if (interval.isNegative()) {
                throw new IllegalArgumentException("checkpointInterval must not be negative");
            }
            this.checkpointInterval = interval;
            return this;
        }

        public Builder stopGrace(Duration grace) {
            if (grace.isNegative()) {
                throw new IllegalArgumentException("stopGrace must not be negative");
            }
            this.stopGrace = grace;
            return this;
        }

        public Builder control(RunControl control) {
            this.control = control;
            return this;
        }

        public RunEnvironment build() {
            return new RunEnvironment(this);
        }
    }
}
