package ai.hrflow.connectors.api.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One item read from an origin, with the position it came from.
 *
 * @param data the item; the engine passes it on to logics, format and the target. For a failed item,
 *     whatever the origin could keep of it (e.g. {@code {"raw": "<the malformed line>"}})
 * @param token the incremental token that, once this item and every item before it are done, lets the next
 *     incremental run start right after it; null when the origin has no position for it
 * @param failure null for a good item; otherwise why the origin could not read this one item (a malformed
 *     record): it counts one {@code read_failure}, goes to the failures file, and reading goes on
 */
public record ReadItem(ObjectNode data, String token, String failure) {
    public ReadItem {
        Objects.requireNonNull(data, "data");
    }

    public ReadItem(ObjectNode data, String token) {
        this(data, token, null);
    }

    public static ReadItem of(ObjectNode data) {
        return new ReadItem(data, null, null);
    }

    /** An item the origin returned but could not read. */
    public static ReadItem failed(ObjectNode whatWasRead, String token, String reason) {
        return new ReadItem(whatWasRead, token, Objects.requireNonNull(reason, "reason"));
    }

    public boolean isFailed() {
        return failure != null;
    }
}
