package ai.hrflow.connectors.jobadder;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * One answer of a list call.
 *
 * @param items the records, full as the list returns them
 * @param totalCount how many records match the query (all pages)
 * @param next {@code links.next}: the URL of the next page, null on the last one
 * @param serverTime the answer's {@code Date} header, null when absent or unreadable
 */
public record ListPage(List<ObjectNode> items, long totalCount, String next, Instant serverTime) {
    public ListPage {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return next != null;
    }
}
