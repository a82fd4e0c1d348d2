package ai.hrflow.connectors.emulators.hrflow;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One stored profile or job. Immutable: every write replaces the record, so listings can sort snapshots without
 * locks and serve {@code document} without copying. Nothing may mutate {@code document} once stored.
 *
 * @param createdAt epoch seconds
 * @param updatedAt epoch seconds
 * @param archivedAt epoch seconds, or -1 when not archived
 * @param searchable meets the profile searching-eligibility rule (always true for jobs)
 */
record StoredObject(String key, long id, String reference, long createdAt, long updatedAt, long archivedAt,
        boolean searchable, ObjectNode document) {

    boolean archived() {
        return archivedAt >= 0;
    }
}
