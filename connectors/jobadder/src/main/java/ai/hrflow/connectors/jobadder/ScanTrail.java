package ai.hrflow.connectors.jobadder;

import ai.hrflow.connectors.core.errors.ConnectorException;
import ai.hrflow.connectors.core.spi.ReadItem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Gives the records of a time-ordered scan their incremental tokens. The engine saves the token of the last
 * item of the longest run of done items, so an item's token must promise that every record at or before that
 * time is done. Two things break "token = the item's own time":
 *
 * <ul>
 *   <li><b>Ties.</b> JobAdder times are coarse (the emulator uses whole seconds) and several records can share
 *       one. A token naming time {@code t} makes the next run skip everything at {@code t}, so it may only be
 *       given once every record at {@code t} has been read, and once no new record can still get {@code t}. Both
 *       hold as soon as a strictly later record shows up: the server's clock had passed {@code t} when that
 *       record was written, so any later edit gets a later time. An item therefore receives a token only when
 *       the next record is strictly later; inside a tie group it gets none (null tokens never move the saved
 *       position). The very last time of a scan is settled by the answer's {@code Date} (see {@link TimeScan}).</li>
 *   <li><b>Records the mode does not want</b> (an update read skips records never edited since creation, an
 *       archive read skips active ones) produce no item, yet the position should move past them. So the last
 *       wanted item is held back until the next wanted record, or the end of the scan, and carries the latest
 *       settled time seen meanwhile.</li>
 * </ul>
 * Holding one item also settles page boundaries. Memory: one item.
 */
final class ScanTrail {
    private final Function<Instant, String> tokenAt;
    private ObjectNode held;
    private String heldToken;
    private Instant previous;

    /** @param tokenAt the token meaning "everything at or before this time is done" */
    ScanTrail(Function<Instant, String> tokenAt) {
        this.tokenAt = tokenAt;
    }

    /**
     * The next record of the scan.
     *
     * @param time its time, never earlier than the previous record's
     * @param wanted whether it becomes an item; when false it only lets the held item's token move on
     * @return the held item, now that its token is settled, or null
     */
    ReadItem next(ObjectNode record, Instant time, boolean wanted) {
        if (previous != null) {
            if (time.isBefore(previous)) {
                throw new ConnectorException("JobAdder returned records out of time order (" + time + " after "
                        + previous + "), so no incremental position can be kept; nothing past the records already"
                        + " read is sent. Run again; if it persists, report it.");
            }
            if (time.isAfter(previous) && held != null) {
                heldToken = tokenAt.apply(previous); // nothing can be at `previous` or before that is not read
            }
        }
        previous = time;
        if (!wanted) {
            return null;
        }
        ReadItem out = release();
        held = record;
        return out;
    }

    /** A record that cannot be read: it follows the held item, without a position of its own. */
    List<ReadItem> failed(ObjectNode whatWasRead, String reason) {
        List<ReadItem> out = new ArrayList<>(2);
        ReadItem before = release();
        if (before != null) {
            out.add(before);
        }
        out.add(ReadItem.failed(whatWasRead, null, reason));
        return out;
    }

    /** The scan is over: the held item with {@code finalToken} (covering every record read), or null. */
    ReadItem finish(String finalToken) {
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
