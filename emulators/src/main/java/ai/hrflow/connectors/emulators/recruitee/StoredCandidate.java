package ai.hrflow.connectors.emulators.recruitee;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Comparator;

/**
 * One candidate as the emulator keeps it: immutable, replaced whole on every change so that readers never see
 * half an update. {@code doc} holds the detail keys except the CV ones, which depend on the clock (the CV is
 * processed asynchronously) and are added when the candidate is shown.
 *
 * @param cvUrl the {@code remote_cv_url} received, or null
 * @param cvReceivedAt when it was received (the CV shows once the processing delay has passed)
 */
record StoredCandidate(long id, Instant createdAt, Instant updatedAt, ObjectNode doc, String cvUrl,
        Instant cvReceivedAt) {

    /** Recruitee's {@code by_date} order: newest {@code created_at} first, higher id first on ties. */
    static final Comparator<StoredCandidate> BY_DATE = Comparator.comparing(StoredCandidate::createdAt)
            .thenComparingLong(StoredCandidate::id).reversed();

    StoredCandidate withDoc(ObjectNode newDoc, Instant updated, String newCvUrl, Instant newCvReceivedAt) {
        return new StoredCandidate(id, createdAt, updated, newDoc, newCvUrl, newCvReceivedAt);
    }
}
