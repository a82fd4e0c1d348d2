package ai.hrflow.connectors.runtime;

import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.runtime.state.InMemoryStateStore;
import ai.hrflow.connectors.runtime.state.LocalJsonStateStore;
import ai.hrflow.connectors.runtime.state.StateStore;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where runs happen, and the entry point that runs actions: the state store (empty = none configured), the
 * directory of failures files, a progress listener, base URL overrides, the clock, the circuit breaker that
 * stops a run whose target keeps failing, and where a dry run shows the items it would write.
 *
 * <p>Nothing is written to a location the caller did not choose: {@link #local(Path)} keeps state and failures
 * under one directory, {@link #inMemory(Path)} keeps state in memory, and
 * {@link RunEnvironments#fromSystem()} reads the CLI's environment variables (default
 * {@code ~/.hrflow-connectors}).
 */
public final class RunEnvironment {
    private final StateStore stateStore;
    private final Path failuresDirectory;
    private final ProgressListener progress;
    private final EndpointOverrides endpoints;
    private final Clock clock;
    private final int maxConsecutiveBatchErrors;
    private final Consumer<ObjectNode> dryRunOutput;
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
        this.dryRunOutput = b.dryRunOutput;
    }

    /**
     * State (results, positions, rotated credentials) in local JSON files under {@code directory}/state, failures
     * files under {@code directory}/failures.
     */
    public static RunEnvironment local(Path directory) {
        Path root = directory.toAbsolutePath();
        return builder().stateStore(new LocalJsonStateStore(root.resolve("state")))
                .failuresDirectory(root.resolve("failures")).build();
    }

    /** State kept in memory for the life of this environment (no incremental position survives the JVM). */
    public static RunEnvironment inMemory(Path failuresDirectory) {
        return builder().stateStore(new InMemoryStateStore()).failuresDirectory(failuresDirectory).build();
    }

    /**
     * Runs {@code action} as {@code request} asks. Never throws for bad input or API failures: the result says
     * what happened (e.g. {@code fatal/bad_origin_parameters} with every problem by path).
     */
    public RunResult run(Action action, ActionRequest request) {
        return new Engine(this).run(action.plan(request));
    }

    /**
     * Runs every read-only check both sides of {@code action} declare (credentials accepted, source, board or
     * module reachable, file readable), writing nothing. Invalid parameters give failed {@code configuration}
     * checks, one per problem.
     */
    public List<CheckResult> check(Action action, ActionRequest request) {
        return Preflight.check(action.plan(request), this);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().stateStore(stateStore).failuresDirectory(failuresDirectory).progress(progress)
                .endpoints(endpoints).clock(clock).maxConsecutiveBatchErrors(maxConsecutiveBatchErrors)
                .dryRunOutput(dryRunOutput)
                .checkpointInterval(checkpointInterval).stopGrace(stopGrace).control(control);
    }

    /** Receives every item a dry run would have written, formatted, on the reading thread. */
    public Consumer<ObjectNode> dryRunOutput() {
        return dryRunOutput;
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
        private Consumer<ObjectNode> dryRunOutput = item -> { };
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

        /** Where a dry run hands the formatted items it would write (default: nowhere). */
        public Builder dryRunOutput(Consumer<ObjectNode> output) {
            this.dryRunOutput = output == null ? item -> { } : output;
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
