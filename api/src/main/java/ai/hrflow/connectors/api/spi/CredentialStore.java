package ai.hrflow.connectors.api.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Where a connector keeps credentials that change between runs (rotated OAuth refresh tokens), so the next run
 * still works after a one-time code is spent. The runtime's state stores implement it; a connector sees only
 * this narrow view, never the run results or positions of other workflows.
 *
 * <p>Implementations are safe for use by several threads.
 */
public interface CredentialStore {

    /** Credentials saved under {@code key} (a connector-chosen key that carries no secret). */
    Optional<ObjectNode> loadCredentials(String key);

    /** Saves credentials under {@code key}; the stored file or record is readable by its owner only. */
    void saveCredentials(String key, ObjectNode credentials);
}
