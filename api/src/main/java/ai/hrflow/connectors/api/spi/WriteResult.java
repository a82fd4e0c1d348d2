package ai.hrflow.connectors.api.spi;

import java.util.List;

/** The outcome of writing one batch: the items that failed, the others were written. */
public record WriteResult(List<ItemFailure> failures) {
    private static final WriteResult OK = new WriteResult(List.of());

    public WriteResult {
        failures = List.copyOf(failures);
    }

    public static WriteResult ok() {
        return OK;
    }

    public static WriteResult failed(List<ItemFailure> failures) {
        return new WriteResult(failures);
    }

    public boolean allWritten() {
        return failures.isEmpty();
    }
}
