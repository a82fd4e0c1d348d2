package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The position of a {@link KeysetReader} between two pages, carried in the page cursor so that a reader needs
 * no state of its own (what lets a distributed runtime resume it).
 *
 * @param at the {@code updated_at} of the last object emitted (or of the start token); null before any
 * @param seen keys of the objects emitted (or listed in the start token) at exactly {@code at}
 * @param page the page to ask; 1 except inside an instant holding more objects than one call returns, and in
 *     page-number mode
 * @param limit the {@code limit} to ask with {@code page} > 1 (the grid must not change between its pages);
 *     0 on page 1, where it is computed
 * @param paged page-number mode: the API was seen ignoring {@code updated_at_min}
 */
record KeysetCursor(Instant at, List<String> seen, int page, int limit, boolean paged) {
    KeysetCursor {
        seen = List.copyOf(seen);
    }

    static KeysetCursor start(IncrementalToken token) {
        return token == null ? new KeysetCursor(null, List.of(), 1, 0, false)
                : new KeysetCursor(token.at(), new ArrayList<>(token.keys()), 1, 0, false);
    }

    String encode() {
        ObjectNode n = Json.object();
        n.put("at", at == null ? null : at.toString());
        seen.forEach(n.putArray("seen")::add);
        n.put("page", page).put("limit", limit).put("paged", paged);
        return n.toString();
    }

    static KeysetCursor decode(String cursor) {
        try {
            JsonNode n = Json.MAPPER.readTree(cursor);
            List<String> seen = new ArrayList<>();
            n.path("seen").forEach(k -> seen.add(k.asText()));
            Instant at = n.path("at").isTextual() ? Instant.parse(n.path("at").asText()) : null;
            return new KeysetCursor(at, seen, n.path("page").asInt(1), n.path("limit").asInt(0),
                    n.path("paged").asBoolean(false));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a cursor of this reader: " + cursor, e);
        }
    }
}
