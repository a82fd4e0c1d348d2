package ai.hrflow.connectors.api.position;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The one scan of an API that lists records in ascending time order ({@code created}/{@code updated}/
 * {@code modified} time, one-second clock) and filters "time after X": Zoho Recruit, JobAdder and HrFlow read
 * through it. It pages by time, not by position, gives items their positions, and keeps its whole state in the
 * page cursor ({@link #read(String)} may be called on a new scan with any page's cursor).
 *
 * <p><b>Paging by time.</b> A record edited during the scan jumps to the end of an update-time order and every
 * later record slides one place back, so page {@code n+1} would miss the record that slid onto page {@code n}.
 * Each request therefore asks for what comes after the greatest time read (the cursor) minus one second, from
 * the start, and drops the records of the cursor's second it already read (their keys are in the cursor). A record
 * edited mid-scan is met again later, with its new data.
 *
 * <p><b>Crowded seconds, no cap.</b> When a whole answer brings nothing past the cursor's second (more records
 * share one second than one answer holds, or the API ignored the time filter), the scan walks on by position
 * inside that answer. Each step starts one record early, on the last record read (the anchor): if another record
 * is there, a record before it left the second (it was edited) and the later ones slid back, so the walk starts
 * over from the second's first record, dropping what was read by key. Any number of records may share a second;
 * the cursor holds their keys (memory and cursor size grow with the crowd of that one second only).
 *
 * <p><b>Positions</b> ({@link TimePosition}). An item gets "everything through its second" once the next record
 * read is later (inside a page; otherwise the page carries it, {@link Page#token()}). Records the read does not
 * want (e.g. an update flow's never-edited records) make no item but move the position all the same. At the end
 * of the scan, the last second read is complete only if the API's clock had left it ({@code settle} after it)
 * when it answered; otherwise the final position lists the keys read in that second, so the next run reads the
 * rest of it and nothing twice.
 *
 * <p>Records out of time order inside one answer stop the scan with an error: skipping by time would be unsafe.
 */
public final class TimeWindowScan {
    /** How many times a crowded second's walk may start over before the scan gives up (rather than skip). */
    static final int MAX_RESTARTS = 20;

    /** One list call of the API. */
    @FunctionalInterface
    public interface Source {
        /**
         * Records whose time is strictly after {@code after} (every record when null), ascending by time, starting
         * {@code offset} records into that answer. The API may return more (an inclusive filter, an ignored
         * filter): the scan drops what it does not need.
         */
        Window list(Instant after, int offset) throws Exception;
    }

    /**
     * One answer.
     *
     * @param more whether the API has records past this answer
     * @param serverTime the API's clock when it answered ({@code Date} header), or null when unknown
     */
    public record Window(List<ObjectNode> records, boolean more, Instant serverTime) {
        public Window {
            records = List.copyOf(records);
        }
    }

    /** Writes a position as the connector saves it (e.g. with fields of its own); {@code end}: the scan's last. */
    @FunctionalInterface
    public interface Tokens {
        String token(TimePosition position, boolean end);
    }

    private final String system;
    private final String by;
    private final String keyField;
    private final Source source;
    private final Function<ObjectNode, Instant> time;
    private final Function<ObjectNode, String> key;
    private final Predicate<ObjectNode> wanted;
    private final Duration settle;
    private final TimePosition start;
    private final Tokens tokens;

    private TimeWindowScan(Builder b) {
        this.system = b.system;
        this.by = b.by;
        this.keyField = b.keyField;
        this.source = b.source;
        this.time = Objects.requireNonNull(b.time, "time");
        this.key = Objects.requireNonNull(b.key, "key");
        this.wanted = b.wanted;
        this.settle = b.settle;
        this.start = b.start;
        this.tokens = b.tokens;
    }

    /**
     * @param system the API's name, for messages
     * @param by the time field of the positions ({@code created}, {@code updated}, ...)
     */
    public static Builder builder(String system, String by, Source source) {
        return new Builder(system, by, source);
    }

    /** The page at {@code cursor} (null: the first); its items' and its own tokens are positions. */
    public Page read(String cursor) throws Exception {
        ScanCursor c = cursor == null ? ScanCursor.start(start) : ScanCursor.decode(cursor, system);
        Instant floor = start != null && start.complete() ? start.at() : null;
        Instant after = c.at != null ? c.at.minusSeconds(1) : floor;
        Window answer = request(c, after);
        int sent = c.anchor == null ? c.offset : c.offset - 1;
        Instant atBefore = c.at;
        List<ReadItem> items = new ArrayList<>();
        String completeToken = null;
        Instant previous = null;
        for (ObjectNode record : answer.records()) {
            Instant t = time.apply(record);
            String k = key.apply(record);
            if (t == null) {
                items.add(ReadItem.failed(Json.object().put(keyField, k), null, system + " record " + k
                        + " has no readable " + by + " time; it cannot be placed in the scan"));
                continue;
            }
            if (previous != null && t.isBefore(previous)) {
                throw new ConnectorException(system + " returned records out of " + by + " order (" + t + " after "
                        + previous + "), so no position can be kept; nothing past the records already read is"
                        + " sent. Run again; if it persists, report it.");
            }
            previous = t;
            if (floor != null && !t.isAfter(floor) || c.at != null && (t.isBefore(c.at)
                    || t.equals(c.at) && c.keysAt.contains(k))) {
                continue; // before the start, or read by an earlier request
            }
            if (c.at != null && t.isAfter(c.at)) {
                completeToken = tokens.token(TimePosition.through(by, c.at), false);
                attach(items, completeToken);
            }
            if (c.at == null || t.isAfter(c.at)) {
                c.at = t;
                c.keysAt.clear();
            }
            c.keysAt.add(k);
            if (wanted.test(record)) {
                items.add(new ReadItem(record, null));
            }
        }
        if (!answer.more() || answer.records().isEmpty()) {
            return Page.last(items, finalToken(c, answer.serverTime()));
        }
        if (!Objects.equals(c.at, atBefore)) {
            c.offset = 0; // from the start of what follows the new cursor
            c.anchor = null;
        } else {
            // a crowded second (or an ignored filter): walk on by position, from the last record read
            c.offset = sent + answer.records().size();
            c.anchor = key.apply(answer.records().get(answer.records().size() - 1));
        }
        boolean carried = completeToken != null && !items.isEmpty()
                && completeToken.equals(items.get(items.size() - 1).token());
        return new Page(items, c.encode(), carried ? null : completeToken);
    }

    /** The list call; while walking by position, started over when a record left the crowded second. */
    private Window request(ScanCursor c, Instant after) throws Exception {
        while (true) {
            Window answer = source.list(after, c.anchor == null ? c.offset : c.offset - 1);
            if (c.anchor == null) {
                return answer;
            }
            String first = answer.records().isEmpty() ? null : key.apply(answer.records().get(0));
            if (c.anchor.equals(first)) {
                return answer;
            }
            if (++c.restarts > MAX_RESTARTS) {
                throw new ConnectorException(system + " kept changing order while the records of " + by + " time "
                        + c.at + " were read by position (" + MAX_RESTARTS + " restarts); stopped so that no record"
                        + " is skipped. The next run starts from the last record done.");
            }
            c.offset = 0;
            c.anchor = null;
        }
    }

    /** A position on the last item of the page when it has none yet: it is the last of what it covers. */
    private static void attach(List<ReadItem> items, String token) {
        if (!items.isEmpty()) {
            ReadItem last = items.get(items.size() - 1);
            if (!last.isFailed()) {
                items.set(items.size() - 1, new ReadItem(last.data(), token));
            }
        }
    }

    private String finalToken(ScanCursor c, Instant serverTime) {
        if (c.at == null) {
            return null;
        }
        boolean settled = settle != null && serverTime != null && !serverTime.isBefore(c.at.plus(settle));
        TimePosition end = settled ? TimePosition.through(by, c.at)
                : TimePosition.within(by, c.at, List.copyOf(c.keysAt));
        return tokens.token(end, true);
    }

    /** Settings of a scan; {@link #time} and {@link #key} are required. */
    public static final class Builder {
        private final String system;
        private final String by;
        private final Source source;
        private String keyField = "id";
        private Function<ObjectNode, Instant> time;
        private Function<ObjectNode, String> key;
        private Predicate<ObjectNode> wanted = r -> true;
        private Duration settle;
        private TimePosition start;
        private Tokens tokens = (p, end) -> p.encode();

        private Builder(String system, String by, Source source) {
            this.system = Objects.requireNonNull(system);
            this.by = Objects.requireNonNull(by);
            this.source = Objects.requireNonNull(source);
        }

        /** A record's time in the scan's order; null when it has none readable (the record becomes a failure). */
        public Builder time(Function<ObjectNode, Instant> value) {
            this.time = value;
            return this;
        }

        /** A record's unique key, and the field it is read from (for failures). */
        public Builder key(String field, Function<ObjectNode, String> value) {
            this.keyField = field;
            this.key = value;
            return this;
        }

        /** Which records become items; the others only move the position. Default: all. */
        public Builder wanted(Predicate<ObjectNode> value) {
            this.wanted = value;
            return this;
        }

        /**
         * How long after a second the API's clock must be for no record to get that second any more. Null (the
         * default): never known, so a scan's last second is always saved with its keys.
         */
        public Builder settle(Duration value) {
            this.settle = value;
            return this;
        }

        /** Where a previous run stopped; null to read everything. */
        public Builder start(TimePosition value) {
            if (value != null && !value.by().equals(by)) {
                throw new IllegalArgumentException("a position of " + value.by() + " for a scan by " + by);
            }
            this.start = value;
            return this;
        }

        public Builder tokens(Tokens value) {
            this.tokens = value;
            return this;
        }

        public TimeWindowScan build() {
            return new TimeWindowScan(this);
        }
    }
}
