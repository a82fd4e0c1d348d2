package ai.hrflow.connectors.api.position;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.ConnectorException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Where a {@link TimeWindowScan} stands between two pages: everything it needs, so that a scan re-opened at a
 * page's cursor goes on from there. Mutable while one page is read; its text form is the page cursor.
 */
final class ScanCursor {
    /** The greatest time read; null before any record. */
    Instant at;
    /** Keys of the records read at {@link #at}. */
    final Set<String> keysAt = new LinkedHashSet<>();
    /** Position of the next request inside the answer for "after {@code at} minus one second". */
    int offset;
    /** Key of the last record read while walking a crowded second by position; null when not walking. */
    String anchor;
    /** Walks of a crowded second started over because a record left it. */
    int restarts;

    static ScanCursor start(TimePosition start) {
        ScanCursor c = new ScanCursor();
        if (start != null && !start.complete()) {
            c.at = start.at();
            c.keysAt.addAll(start.keys());
        }
        return c;
    }

    String encode() {
        ObjectNode n = Json.object();
        n.put("v", 1);
        if (at != null) {
            n.put("at", at.toString());
        }
        keysAt.forEach(n.putArray("keys")::add);
        n.put("offset", offset).put("anchor", anchor).put("restarts", restarts);
        return n.toString();
    }

    static ScanCursor decode(String text, String system) {
        try {
            JsonNode n = Json.MAPPER.readTree(text);
            if (n == null || n.path("v").asInt() != 1) {
                throw new IOException("not a scan cursor");
            }
            ScanCursor c = new ScanCursor();
            c.at = n.path("at").isTextual() ? Instant.parse(n.path("at").asText()) : null;
            n.path("keys").forEach(k -> c.keysAt.add(k.asText()));
            c.offset = n.path("offset").asInt(0);
            c.anchor = n.path("anchor").isTextual() ? n.path("anchor").asText() : null;
            c.restarts = n.path("restarts").asInt(0);
            return c;
        } catch (IOException | RuntimeException e) {
            throw new ConnectorException("'" + (text.length() > 80 ? text.substring(0, 80) + "..." : text)
                    + "' is not a cursor of a " + system + " scan (expected the cursor of one of its pages)");
        }
    }
}
