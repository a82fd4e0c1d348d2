package ai.hrflow.connectors.api.spi;

/**
 * An item of a batch that was not written.
 *
 * @param index position of the item in the batch given to {@link Writer#write}
 * @param reason why, for the user (e.g. {@code DUPLICATE_DATA: Email already exists}); never a secret
 */
public record ItemFailure(int index, String reason) {
}
