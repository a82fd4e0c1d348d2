package ai.hrflow.connectors.api.spi;

/**
 * An item of a batch the target did not write because it already had it (e.g. HrFlow already holds a profile
 * with this {@code reference}, an ATS refused a duplicate on purpose). The item is done: it is counted
 * {@code write_skipped}, not written and not failed, and the incremental position may pass it.
 *
 * @param index position of the item in the batch given to {@link Writer#write}
 * @param reason why, for the log at DEBUG (e.g. {@code profile cv-42 already exists in source abc}); never a secret
 */
public record ItemSkip(int index, String reason) {
}
