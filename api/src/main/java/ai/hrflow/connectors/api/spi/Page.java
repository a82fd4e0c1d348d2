package ai.hrflow.connectors.api.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/**
 * One page of items read from an origin.
 *
 * @param items the page's items in read order (which must be the order of their tokens)
 * @param nextCursor what to pass to {@link Reader#read(String)} for the next page; null when this is the last
 * @param token optional position after every record this page covers, including records the reader skipped on
 *     purpose; the engine commits it once every item before it is done. It lets a scan that found nothing to
 *     emit still move the incremental position. Null for none.
 * @param remaining optional: how many items the origin says are left to read from this page on, this page's
 *     included (e.g. a list's total count minus the offset). Progress shows a total and an ETA with it; an
 *     estimate is fine. Null when the API does not say.
 */
public record Page(List<ReadItem> items, String nextCursor, String token, Long remaining) {
    public Page {
        items = List.copyOf(items);
        if (remaining != null && remaining < 0) {
            remaining = null;
        }
    }

    public Page(List<ReadItem> items, String nextCursor, String token) {
        this(items, nextCursor, token, null);
    }

    public Page(List<ReadItem> items, String nextCursor) {
        this(items, nextCursor, null);
    }

    public static Page last(List<ReadItem> items) {
        return new Page(items, null, null);
    }

    /** The last page, with the position after everything the scan covered. */
    public static Page last(List<ReadItem> items, String token) {
        return new Page(items, null, token);
    }

    public static Page empty() {
        return new Page(List.of(), null, null);
    }

    /** A page whose items' tokens are computed from each item (e.g. its {@code updated_at}). */
    public static Page of(List<ObjectNode> items, Function<ObjectNode, String> tokenOf, String nextCursor) {
        return new Page(items.stream().map(i -> new ReadItem(i, tokenOf == null ? null : tokenOf.apply(i))).toList(),
                nextCursor);
    }

    /** This page with the origin's count of the items left from it on (see {@code remaining}). */
    public Page withRemaining(long count) {
        return new Page(items, nextCursor, token, count);
    }

    public boolean isLast() {
        return nextCursor == null;
    }
}
