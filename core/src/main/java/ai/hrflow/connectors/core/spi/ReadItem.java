package ai.hrflow.connectors.core.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One item read from an origin, with the position it came from.
 *
 * @param data the item; the engine passes it on to logics, format and the target
 * @param token the incremental token that, once this item and every item before it are done, lets the next
 *     incremental run start right after it; null when the origin has no position for it
 */
public record ReadItem(ObjectNode data, String token) {
    public ReadItem {
        Objects.requireNonNull(data, "data");
    }

    public static ReadItem of(ObjectNode data) {
        return new ReadItem(data, null);
    }
}
