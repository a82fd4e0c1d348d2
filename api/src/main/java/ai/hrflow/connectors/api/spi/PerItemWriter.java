package ai.hrflow.connectors.api.spi;

import ai.hrflow.connectors.api.errors.ConnectorException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Writer} for APIs that take one item per call (HrFlow, JobAdder, Recruitee): the batch is written item
 * by item, and every connector reports outcomes with the same vocabulary.
 *
 * <ul>
 *   <li>{@link #writeOne} returns null: written.</li>
 *   <li>It returns a reason, or throws a {@link ConnectorException} that is not fatal: that item failed, with the
 *       reason {@link #reason(ObjectNode, ConnectorException)} gives; the others go on.</li>
 *   <li>It throws {@link Skipped}: the target already had the item (counted {@code write_skipped}, done for the
 *       position).</li>
 *   <li>It throws a fatal {@link ConnectorException} (rejected credentials...), or {@link #escalate} turns an item's
 *       error into one (a missing container): the run stops, since every further call would fail the same way.</li>
 * </ul>
 *
 * Safe for the engine's concurrent calls as long as {@link #writeOne} is.
 */
public abstract class PerItemWriter implements Writer {

    /**
     * Writes one item.
     *
     * @return null when written, else why it failed
     * @throws Skipped when the target already had it
     */
    protected abstract String writeOne(ObjectNode item);

    /** How messages name the item, e.g. {@code profile cand-42}. */
    protected abstract String subject(ObjectNode item);

    /** The recorded reason of an item whose write threw: by default {@code <subject>: <message>}. */
    protected String reason(ObjectNode item, ConnectorException e) {
        return subject(item) + ": " + e.getMessage();
    }

    /**
     * The error that stops the run instead of failing this one item (e.g. the container the items go to does not
     * exist), or null to fail the item only. Fatal errors stop the run whatever this returns.
     */
    protected RuntimeException escalate(ObjectNode item, ConnectorException e) {
        return null;
    }

    @Override
    public final WriteResult write(List<ObjectNode> items) {
        List<ItemFailure> failures = new ArrayList<>();
        List<ItemSkip> skipped = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ObjectNode item = items.get(i);
            String reason;
            try {
                reason = writeOne(item);
            } catch (Skipped e) {
                skipped.add(new ItemSkip(i, e.getMessage()));
                continue;
            } catch (ConnectorException e) {
                if (e.isFatal()) {
                    throw e;
                }
                RuntimeException stop = escalate(item, e);
                if (stop != null) {
                    throw stop;
                }
                reason = reason(item, e);
            }
            if (reason != null) {
                failures.add(new ItemFailure(i, reason));
            }
        }
        return WriteResult.of(failures, skipped);
    }

    /** Nothing to release by default. */
    @Override
    public void close() {
    }

    /** Thrown by {@link #writeOne} for an item the target already had; the message is the recorded reason. */
    public static final class Skipped extends RuntimeException {
        public Skipped(String reason) {
            super(reason, null, false, false);
        }
    }
}
