package ai.hrflow.connectors.api.spi;

import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.params.ParameterSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The read side of an aisle: which modes it supports (each with its own criteria), which modes support
 * incremental reading, and how to open a {@link Reader}.
 */
public final class ReadOperation {
    /** Opens a reader for one run. */
    @FunctionalInterface
    public interface ReaderFactory {
        Reader open(ReadRequest request) throws Exception;
    }

    private final Map<Mode, ParameterSet> criteria;
    private final Set<Mode> incremental;
    private final ReaderFactory factory;
    private final List<Endpoint> endpoints;
    private final Check.Factory<ReadRequest> checks;

    private ReadOperation(Builder b) {
        this.checks = b.checks;
        this.criteria = new EnumMap<>(b.criteria);
        this.incremental = b.incremental.isEmpty() ? EnumSet.noneOf(Mode.class) : EnumSet.copyOf(b.incremental);
        this.factory = Objects.requireNonNull(b.factory, "reader factory");
        this.endpoints = List.copyOf(b.endpoints);
        for (Mode m : incremental) {
            if (!criteria.containsKey(m)) {
                throw new IllegalArgumentException("incremental declared for unsupported mode " + m.value());
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The criteria of {@code mode}, or empty when the mode is not supported. */
    public Optional<ParameterSet> criteria(Mode mode) {
        return Optional.ofNullable(criteria.get(mode));
    }

    public boolean supports(Mode mode) {
        return criteria.containsKey(mode);
    }

    public boolean supportsIncremental(Mode mode) {
        return incremental.contains(mode);
    }

    public Reader open(ReadRequest request) throws Exception {
        return factory.open(request);
    }

    public List<Endpoint> endpoints() {
        return endpoints;
    }

    /** The read-only checks of a run reading with {@code request}; none when the operation declares none. */
    public List<Check> checks(ReadRequest request) throws Exception {
        return checks == null ? List.of() : List.copyOf(checks.checks(request));
    }

    public static final class Builder {
        private final Map<Mode, ParameterSet> criteria = new EnumMap<>(Mode.class);
        private final Set<Mode> incremental = EnumSet.noneOf(Mode.class);
        private final List<Endpoint> endpoints = new ArrayList<>();
        private ReaderFactory factory;
        private Check.Factory<ReadRequest> checks;

        /** Supports {@code mode} with these criteria. */
        public Builder mode(Mode mode, ParameterSet parameters) {
            criteria.put(mode, parameters);
            return this;
        }

        /** Supports every mode with the same criteria. */
        public Builder allModes(ParameterSet parameters) {
            for (Mode m : Mode.values()) {
                criteria.put(m, parameters);
            }
            return this;
        }

        public Builder incremental(Mode... modes) {
            incremental.addAll(List.of(modes));
            return this;
        }

        public Builder reader(ReaderFactory factory) {
            this.factory = factory;
            return this;
        }

        public Builder endpoint(Endpoint endpoint) {
            endpoints.add(endpoint);
            return this;
        }

        /** The read-only checks {@code check} and dry runs perform (credentials, container exists). */
        public Builder checks(Check.Factory<ReadRequest> checks) {
            this.checks = checks;
            return this;
        }

        public ReadOperation build() {
            return new ReadOperation(this);
        }
    }
}
