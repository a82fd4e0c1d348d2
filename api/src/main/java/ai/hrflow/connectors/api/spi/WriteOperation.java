package ai.hrflow.connectors.api.spi;

import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.params.ParameterSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The write side of an aisle: which modes it supports (each with its own parameters), the batch size and
 * number of concurrent batches the target handles well, and how to open a {@link Writer}.
 */
public final class WriteOperation {
    /** Opens a writer for one run. */
    @FunctionalInterface
    public interface WriterFactory {
        Writer open(WriteRequest request) throws Exception;
    }

    private final Map<Mode, ParameterSet> criteria;
    private final WriterFactory factory;
    private final int batchSize;
    private final int concurrency;
    private final List<Endpoint> endpoints;
    private final Check.Factory<WriteRequest> checks;

    private WriteOperation(Builder b) {
        this.checks = b.checks;
        this.criteria = new EnumMap<>(b.criteria);
        this.factory = Objects.requireNonNull(b.factory, "writer factory");
        if (b.batchSize < 1 || b.concurrency < 1) {
            throw new IllegalArgumentException("batch size and concurrency must be at least 1");
        }
        this.batchSize = b.batchSize;
        this.concurrency = b.concurrency;
        this.endpoints = List.copyOf(b.endpoints);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<ParameterSet> criteria(Mode mode) {
        return Optional.ofNullable(criteria.get(mode));
    }

    public boolean supports(Mode mode) {
        return criteria.containsKey(mode);
    }

    public Writer open(WriteRequest request) throws Exception {
        return factory.open(request);
    }

    /** Items per {@link Writer#write} call (e.g. Zoho takes 100 records a call, HrFlow one profile). */
    public int batchSize() {
        return batchSize;
    }

    /** Batches written at once. */
    public int concurrency() {
        return concurrency;
    }

    public List<Endpoint> endpoints() {
        return endpoints;
    }

    /** The read-only checks of a run writing with {@code request}; none when the operation declares none. */
    public List<Check> checks(WriteRequest request) throws Exception {
        return checks == null ? List.of() : List.copyOf(checks.checks(request));
    }

    public static final class Builder {
        private final Map<Mode, ParameterSet> criteria = new EnumMap<>(Mode.class);
        private final List<Endpoint> endpoints = new ArrayList<>();
        private WriterFactory factory;
        private Check.Factory<WriteRequest> checks;
        private int batchSize = 1;
        private int concurrency = 1;

        public Builder mode(Mode mode, ParameterSet parameters) {
            criteria.put(mode, parameters);
            return this;
        }

        public Builder writer(WriterFactory factory) {
            this.factory = factory;
            return this;
        }

        public Builder batchSize(int size) {
            this.batchSize = size;
            return this;
        }

        public Builder concurrency(int threads) {
            this.concurrency = threads;
            return this;
        }

        public Builder endpoint(Endpoint endpoint) {
            endpoints.add(endpoint);
            return this;
        }

        /** The read-only checks {@code check} and dry runs perform; they must not write. */
        public Builder checks(Check.Factory<WriteRequest> checks) {
            this.checks = checks;
            return this;
        }

        public WriteOperation build() {
            return new WriteOperation(this);
        }
    }
}
