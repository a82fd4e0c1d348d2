package ai.hrflow.connectors.api.spi;

import java.util.List;

/**
 * The outcome of writing one batch: the items that failed, the items skipped because the target already had
 * them, the others were written.
 */
public record WriteResult(List<ItemFailure> failures, List<ItemSkip> skipped) {
    private static final WriteResult OK = new WriteResult(List.of(), List.of());

    public WriteResult {
        failures = List.copyOf(failures);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    public WriteResult(List<ItemFailure> failures) {
        this(failures, List.of());
    }

    public static WriteResult ok() {
        return OK;
    }

    public static WriteResult failed(List<ItemFailure> failures) {
        return new WriteResult(failures);
    }

    /** Some items failed, some were skipped (either list may be empty), the others were written. */
    public static WriteResult of(List<ItemFailure> failures, List<ItemSkip> skipped) {
        return failures.isEmpty() && skipped.isEmpty() ? OK : new WriteResult(failures, skipped);
    }

    public boolean allWritten() {
        return failures.isEmpty() && skipped.isEmpty();
    }
}
