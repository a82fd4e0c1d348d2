package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.errors.FatalRunException;
import ai.hrflow.connectors.api.spi.PerItemWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the HrFlow writers share: HrFlow takes one object per call, so a batch is written item by item and each
 * item's failure is reported by its index. Failures that would hit every item the same way stop the run:
 * refused credentials, an exhausted plan quota, an unreachable API, a source or board that does not exist.
 * Safe for the engine's concurrent calls: no state changes after construction.
 */
abstract class ItemWriter extends PerItemWriter {

    /** A missing source or board stops the run: every item would fail the same way. */
    @Override
    protected RuntimeException escalate(ObjectNode item, ConnectorException e) {
        if (e instanceof HrFlowNotFoundException notFound && notFound.isContainer()) {
            return new FatalRunException("HrFlow has no such " + notFound.objectType() + ": " + e.getMessage()
                    + ". Check the " + notFound.objectType() + "_key parameter.", e);
        }
        return null;
    }

    @Override
    protected String reason(ObjectNode item, ConnectorException e) {
        return HrFlowErrors.itemReason(subject(item), e);
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
