package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.ConnectorException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Where a {@link CandidateReader} sweep stands between two pages; its text form is the page cursor: the next row,
 * the rows consumed (for {@code limit}), the ids of the previous page (pages overlap), the highest key selected and
 * the ceiling of the sweep's position.
 */
final class SweepState {
    int offset;
    long consumed;
    Set<Long> previousPage = Set.of();
    SweepKey high;
    Instant ceiling;

    static SweepState start(int offset) {
        SweepState s = new SweepState();
        s.offset = offset;
        return s;
    }

    String encode() {
        ObjectNode n = Json.object().put("offset", offset).put("consumed", consumed);
        previousPage.forEach(n.putArray("previous")::add);
        if (high != null) {
            n.put("high_at", high.at().toString()).put("high_id", high.id());
        }
        n.put("ceiling", ceiling == null ? null : ceiling.toString());
        return n.toString();
    }

    static SweepState decode(String cursor) {
        try {
            JsonNode n = Json.MAPPER.readTree(cursor);
            if (n == null || !n.path("offset").canConvertToInt()) {
                throw new IOException("no offset");
            }
            SweepState s = new SweepState();
            s.offset = n.path("offset").asInt();
            s.consumed = n.path("consumed").asLong();
            Set<Long> previous = new HashSet<>();
            n.path("previous").forEach(id -> previous.add(id.asLong()));
            s.previousPage = previous;
            if (n.path("high_at").isTextual()) {
                s.high = new SweepKey(Instant.parse(n.path("high_at").asText()), n.path("high_id").asLong());
            }
            s.ceiling = n.path("ceiling").isTextual() ? Instant.parse(n.path("ceiling").asText()) : null;
            return s;
        } catch (IOException | RuntimeException e) {
            throw new ConnectorException("'" + (cursor.length() > 80 ? cursor.substring(0, 80) + "..." : cursor)
                    + "' is not a cursor of a Recruitee candidate sweep (expected the cursor of one of its pages)");
        }
    }
}
