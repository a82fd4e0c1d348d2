package ai.hrflow.connectors.api.spi;

import ai.hrflow.connectors.api.errors.ConnectorException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Gives the records of a scan in time order their incremental tokens; for readers of APIs that list records by
 * modification (or creation) time with a coarse clock, such as Zoho Recruit and JobAdder. The engine saves the
 * token of the last
 * item of the longest run of done items, so an item's token must promise that every record at or before that
 * position is done, or was skipped on purpose (not wanted by the mode). Two things break a naive "token = the
 * item's own time":
 *
 * <ul>
 *   <li><b>Ties.</b> API times have second precision and "modified since" filters are strict, so the token may
 *       only name a second once every record of that second has been read. An item therefore gets a token only
 *       when the next record of the scan is strictly later; inside a tie group it gets none (null tokens never
 *       move the saved position).</li>
 *   <li><b>Skipped records.</b> Records the mode does not want (an update flow skips records never modified since
 *       their creation) produce no item, yet the position should move past them, or a quiet module would be
 *       re-scanned at every run. So the last wanted item is <em>held back</em> until the next wanted record
 *       (or the end of the scan) shows up, and carries the latest complete second seen meanwhile.</li>
 * </ul>
 *
 * Holding one item also settles the page boundary: whether the last record of a page ends its tie group is only
 * known from the first record of the next page. Memory: one item.
 *
 * <p>An unordered trail (e.g. Zoho's deleted-records list, newest first) gives no item a token but the
 * last one, whose {@link #finish(String) final token} covers the whole scan once every item is done.
 */
public final class TimeOrderedTokens {
    private final String system;
    private final boolean ordered;
    private final Function<Instant, String> tokenAt;
    private ObjectNode held;
    private String heldToken;
    private Instant previous;

    /**
     * @param system the API's name, for messages
     * @param tokenAt the token meaning "everything at or before this second is done"
     */
    public static TimeOrderedTokens ordered(String system, Function<Instant, String> tokenAt) {
        return new TimeOrderedTokens(system, true, tokenAt);
    }

    /** A trail for records in no usable order: only the last item gets a token, at {@link #finish(String)}. */
    public static TimeOrderedTokens unordered(String system) {
        return new TimeOrderedTokens(system, false, t -> null);
    }

    private TimeOrderedTokens(String system, boolean ordered, Function<Instant, String> tokenAt) {
        this.system = system;
        this.ordered = ordered;
        this.tokenAt = tokenAt;
    }

    /**
     * The next record of the scan.
     *
     * @param key its time (for an ordered trail, never earlier than the previous record's)
     * @param wanted whether it becomes an item; when false it only lets the held item's token move on
     * @return the held item, now that its token is settled, or null
     */
    public ReadItem next(ObjectNode record, Instant key, boolean wanted) {
        if (ordered && previous != null) {
            if (key.isBefore(previous)) {
                throw new ConnectorException(system + " returned records out of time order (" + key
                        + " after " + previous + "), so no incremental position can be kept; nothing past the "
                        + "records already read is sent. Run again; if it persists, report it.");
            }
            if (key.isAfter(previous) && held != null) {
                heldToken = tokenAt.apply(previous); // the second of `previous` is complete
            }
        }
        previous = key;
        if (!wanted) {
            return null;
        }
        ReadItem out = release();
        held = record;
        return out;
    }

    /** A record that cannot be read: it follows the held item, without a position of its own. */
    public List<ReadItem> failed(ObjectNode whatWasRead, String reason) {
        List<ReadItem> out = new ArrayList<>(2);
        ReadItem before = release();
        if (before != null) {
            out.add(before);
        }
        out.add(ReadItem.failed(whatWasRead, null, reason));
        return out;
    }

    /**
     * The scan is over: the held item, with {@code finalToken} (which must cover every record read), or null
     * when there is none.
     */
    public ReadItem finish(String finalToken) {
        if (held != null && finalToken != null) {
            heldToken = finalToken;
        }
        return release();
    }

    private ReadItem release() {
        if (held == null) {
            return null;
        }
        ReadItem out = new ReadItem(held, heldToken);
        held = null;
        heldToken = null;
        return out;
    }
}
