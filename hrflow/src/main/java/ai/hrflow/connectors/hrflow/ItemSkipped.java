package ai.hrflow.connectors.hrflow;

/**
 * Thrown by a writer for an item HrFlow already has (its {@code reference} is used): {@link ItemWriter} reports it
 * as skipped, not written and not failed. Carries no stack trace: it is an outcome, not an error.
 */
final class ItemSkipped extends RuntimeException {
    ItemSkipped(String reason) {
        super(reason, null, false, false);
    }
}
