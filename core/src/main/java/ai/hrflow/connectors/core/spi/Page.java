package ai.hrflow.connectors.core.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/**
 * One page of items read from an origin.
 *
 * @param items the page's items in read order (which must be the order of their tokens)
 * @param nextCursor what to pass to {@link Reader#read(String)} for the next page; null when this is the last
 */
public record Page(List<ReadItem> items, String nextCursor) {
    public Page {
        items = List.copyOf(items);
    }

    public static Page last(List<ReadItem> items) {
        return new Page(items, null);
    }

    public static Page empty() {
        return new Page(List.of(), null);
    }

    /** A page whose items' tokens are computed from each item (e.g. its {@code updated_at}). */
    public static Page of(List<ObjectNode> items, Function<ObjectNode, String> tokenOf, String nextCursor) {
        return new Page(items.stream().map(i -> new ReadItem(i, tokenOf == null ? null : tokenOf.apply(i))).toList(),
                nextCursor);
    }

    public boolean isLast() {
        return nextCursor == null;
    }
}
