package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.errors.FatalRunException;
import ai.hrflow.connectors.api.spi.ItemFailure;
import ai.hrflow.connectors.api.spi.ItemSkip;
import ai.hrflow.connectors.api.spi.WriteResult;
import ai.hrflow.connectors.api.spi.Writer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What the HrFlow writers share: HrFlow takes one object per call, so a batch is written item by item and each
 * item's failure is reported by its index. Failures that would hit every item the same way stop the run:
 * refused credentials, an exhausted plan quota, an unreachable API, a source or board that does not exist.
 * Safe for the engine's concurrent calls: no state changes after construction.
 */
abstract class ItemWriter implements Writer {

    /**
     * Writes one item.
     *
     * @return null when written, else why it failed
     * @throws ItemSkipped when HrFlow already has the item: it is reported skipped
     */
    abstract String writeOne(ObjectNode item);

    /** How messages name the item, e.g. {@code profile cand-42}. */
    abstract String subject(ObjectNode item);

    @Override
    public WriteResult write(List<ObjectNode> items) {
        List<ItemFailure> failures = new ArrayList<>();
        List<ItemSkip> skipped = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ObjectNode item = items.get(i);
            String reason;
            try {
                reason = writeOne(item);
            } catch (ItemSkipped e) {
                skipped.add(new ItemSkip(i, e.getMessage()));
                continue;
            } catch (HrFlowNotFoundException e) {
                if (e.isContainer()) {
                    throw new FatalRunException("HrFlow has no such " + e.objectType() + ": " + e.getMessage()
                            + ". Check the " + e.objectType() + "_key parameter.", e);
                }
                reason = HrFlowErrors.itemReason(subject(item), e);
            } catch (ConnectorException e) {
                if (e.isFatal()) {
                    throw e;
                }
                reason = HrFlowErrors.itemReason(subject(item), e);
            }
            if (reason != null) {
                failures.add(new ItemFailure(i, reason));
            }
        }
        return WriteResult.of(failures, skipped);
    }

    /** Nothing to release: the client's JDK HTTP client has no close before Java 21 and holds no open call. */
    @Override
    public void close() {
    }

    /** {@code <kind> <reference>}, or by key, or {@code <kind> without reference}. */
    static String describe(String kind, ObjectNode item) {
        String reference = IndexingApi.text(item, "reference");
        if (reference != null) {
            return kind + " " + reference;
        }
        String key = IndexingApi.text(item, "key");
        return key != null ? kind + " with key " + key : kind + " without reference";
    }

    /** The item's reference as an {@link ObjectRef}, else its key, else null. */
    static ObjectRef refOf(ObjectNode item) {
        String reference = IndexingApi.text(item, "reference");
        if (reference != null) {
            return ObjectRef.reference(reference);
        }
        String key = IndexingApi.text(item, "key");
        return key == null ? null : ObjectRef.key(key);
    }
}
