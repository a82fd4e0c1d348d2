package ai.hrflow.connectors.emulators.jobadder;

/**
 * Switches for the points {@code api/jobadder.md} marks unverified ([?]). Each can be changed while the emulator
 * runs; the defaults follow the contract, the alternatives what other evidence shows (the official OpenAPI spec
 * as mirrored by third parties). Thread-safe (volatile fields).
 */
public final class JobAdderSettings {
    private volatile int validationStatus = 422;
    private volatile boolean inclusiveComparisons;
    private volatile boolean rejectUnknownFields;
    private volatile int maxLimit = 1000;
    private volatile int defaultLimit = 100;

    /**
     * Status of a refused candidate body (missing {@code firstName}/{@code lastName}). Default 422, as JobAdder's
     * OpenAPI spec answers (an {@code ErrorModel} {@code {message, errors[]}} body); the contract says 400, which
     * stays selectable. Clients must handle both.
     */
    public JobAdderSettings validationStatus(int status) {
        if (status != 400 && status != 422) {
            throw new IllegalArgumentException("validationStatus must be 400 or 422: " + status);
        }
        this.validationStatus = status;
        return this;
    }

    public int validationStatus() {
        return validationStatus;
    }

    /**
     * Whether the {@code >} and {@code <} prefixes of date filters include the bound. Default false (strict);
     * one third-party reading of the spec says {@code createdAt=>2026-01-01} means "on or after". A client that
     * works under both settings does not depend on the unverified point.
     */
    public JobAdderSettings inclusiveComparisons(boolean inclusive) {
        this.inclusiveComparisons = inclusive;
        return this;
    }

    public boolean inclusiveComparisons() {
        return inclusiveComparisons;
    }

    /**
     * Whether a create or update body with keys outside the candidate model (e.g. the reference's
     * {@code educations}/{@code employments}) is refused with the validation status. Default false: ignored.
     */
    public JobAdderSettings rejectUnknownFields(boolean reject) {
        this.rejectUnknownFields = reject;
        return this;
    }

    public boolean rejectUnknownFields() {
        return rejectUnknownFields;
    }

    /** Largest accepted {@code limit}; above it a list answers 400. Default 1000. */
    public JobAdderSettings maxLimit(int maxLimit) {
        if (maxLimit < 1) {
            throw new IllegalArgumentException("maxLimit must be >= 1");
        }
        this.maxLimit = maxLimit;
        return this;
    }

    public int maxLimit() {
        return maxLimit;
    }

    /** The page size when a list call gives no {@code limit}. Default 100. */
    public JobAdderSettings defaultLimit(int defaultLimit) {
        if (defaultLimit < 1) {
            throw new IllegalArgumentException("defaultLimit must be >= 1");
        }
        this.defaultLimit = defaultLimit;
        return this;
    }

    public int defaultLimit() {
        return defaultLimit;
    }
}
