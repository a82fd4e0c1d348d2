package ai.hrflow.connectors.jobadder;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.TimeOrderedTokens;
import ai.hrflow.connectors.api.spi.Reader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads candidates or jobs in time order from the list endpoint only (no per-record GET: the list has the whole
 * record), for one mode:
 * <ul>
 *   <li><b>create</b>: by {@code createdAt}, records created after the token (every record on a first run).
 *       {@code createdAt} never changes, so the order is stable whatever happens during the scan;</li>
 *   <li><b>update</b>: by {@code updatedAt}, records edited since their creation
 *       ({@code updatedAt != createdAt});</li>
 *   <li><b>archive</b>: by {@code updatedAt}, records whose status is inactive ({@code status.active == false}:
 *       JobAdder has no delete, a record leaves by moving to an inactive status, which moves its
 *       {@code updatedAt});</li>
 *   <li><b>all</b> (v1 pulls): by {@code updatedAt}, every record.</li>
 * </ul>
 *
 * <p><b>Paging by time, not by position.</b> With {@code sort=updatedAt} and {@code offset} paging, a record
 * edited during the scan jumps to the end of the order and every later record slides one place back: the record
 * that slid across the page boundary would never be read, and the token would pass it. So each request asks for
 * the first page of what has a time after the greatest time read so far (the cursor) minus one second, and the
 * records of the cursor's time already read are dropped by id. A record edited mid-scan is met again later with
 * its new data (sent twice, which an update tolerates). Only a tie group larger than a page is walked by offset,
 * inside that group, checking at each step that no record left it (see {@link #request()}).
 *
 * <p><b>Comparison semantics.</b> Whether JobAdder's {@code >} prefix is strict or inclusive is not verified
 * ([?] in the contract; one reading of the spec says inclusive). The scan works either way: it always asks
 * with {@code >} and drops, client-side, what is not strictly after the start token or is already read.
 *
 * <p><b>Tokens</b>: see {@link TimeOrderedTokens} and {@link ScanToken}. The scan's last time is settled only if the
 * server's clock had left it when it answered ({@code Date} header, with a second of margin for clock skew between
 * JobAdder's front and its database); otherwise the final token stops one second earlier and the next run reads
 * that last second again, because a record edited right after the scan can still get that same time.
 */
final class TimeScan implements Reader {
    /** What a scan reads. */
    enum Selection { CREATED, UPDATED, ARCHIVED, ALL }

    private static final Logger LOG = LoggerFactory.getLogger(TimeScan.class);
    private static final Duration SKEW = Duration.ofSeconds(1);
    private static final int MAX_RESTARTS = 20;

    private final JobAdderClient client;
    private final JobAdderResource resource;
    private final Selection selection;
    private final ListQuery base;
    private final String timeField;
    private final String tokenField;
    private final Instant startAfter;
    private final TimeOrderedTokens trail;
    private final Set<String> readAtCursor = new HashSet<>();
    private Instant cursor;
    private int offset;
    private int offsetSent;
    private String anchor;
    private int restarts;
    private int requests;

    TimeScan(JobAdderClient client, JobAdderResource resource, Selection selection, ListQuery base,
            String incrementalToken) {
        this.client = client;
        this.resource = resource;
        this.selection = selection;
        this.timeField = selection == Selection.CREATED ? "createdAt" : "updatedAt";
        this.tokenField = selection == Selection.CREATED ? ScanToken.CREATED : ScanToken.UPDATED;
        ScanToken start = ScanToken.parse(incrementalToken, tokenField);
        this.startAfter = start == null ? null : start.after();
        this.base = base.replacing(timeField, null).sortedBy(timeField).atOffset(0);
        this.trail = TimeOrderedTokens.ordered("JobAdder", t -> new ScanToken(tokenField, t).format());
    }

    /** The selection a flow of this mode reads. */
    static Selection selection(Mode mode) {
        return switch (mode) {
            case CREATE -> Selection.CREATED;
            case UPDATE -> Selection.UPDATED;
            case ARCHIVE -> Selection.ARCHIVED;
        };
    }

    @Override
    public Page read(String cursorLabel) {
        if (requests == 0) {
            LOG.info("Reading JobAdder {} ({}){}", resource.path(), selection.name().toLowerCase(java.util.Locale.ROOT),
                    startAfter == null ? "" : ", " + timeField + " after " + startAfter);
        }
        ListPage page = request();
        List<ReadItem> items = new ArrayList<>();
        Instant cursorBefore = cursor;
        int requestOffset = offsetSent;
        for (ObjectNode record : page.items()) {
            Instant time = time(record, timeField);
            String id = record.path(resource.idField()).asText("");
            if (time == null) {
                items.addAll(trail.failed(Json.object().put(resource.idField(), id), "JobAdder " + resource.singular()
                        + " " + id + " has no readable " + timeField + "; it cannot be placed in the scan"));
                continue;
            }
            if (alreadyRead(id, time)) {
                continue;
            }
            ReadItem released = trail.next(record, time, wanted().test(record));
            if (released != null) {
                items.add(released);
            }
        }
        if (!page.hasNext() || page.items().isEmpty()) {
            // with no held item left, the position after the scan travels on the page itself
            String scanToken = null;
            String scanEnd = finalToken(page.serverTime());
            ReadItem last = trail.finish(scanEnd);
            if (last != null) {
                items.add(last);
            } else {
                scanToken = scanEnd;
            }
            LOG.debug("Read JobAdder {} in {} list call(s)", resource.path(), requests);
            return Page.last(items, scanToken).withRemaining(items.size());
        }
        // totalCount counts what matches from the time bound on: an estimate of what is left, for progress only
        long remaining = Math.max(0, page.totalCount() - requestOffset);
        if (cursor != null && !cursor.equals(cursorBefore)) {
            offset = 0; // the first page of what follows the new cursor
            anchor = null;
        } else {
            // a crowded time: walk its positions, re-reading the last record to check nothing moved
            offset = requestOffset + page.items().size();
            anchor = page.items().get(page.items().size() - 1).path(resource.idField()).asText("");
        }
        return new Page(items, "request-" + (requests + 1)).withRemaining(remaining);
    }

    /**
     * The next list call. While walking a crowded time by position, the call starts one record early, on the
     * last record read (the anchor): if another record is there, a record before it left the group (edited
     * during the scan) and every later one slid back, so the walk starts over from the group's first position
     * (what was read is dropped by id). If the order keeps moving, the read stops rather than skip a record.
     */
    private ListPage request() {
        while (true) {
            offsetSent = anchor == null ? offset : offset - 1;
            ListPage page = client.list(resource, base.with(timeField, since()).atOffset(offsetSent));
            requests++;
            String first = page.items().isEmpty() ? null : page.items().get(0).path(resource.idField()).asText("");
            if (anchor == null || anchor.equals(first)) {
                return page;
            }
            if (++restarts > MAX_RESTARTS) {
                throw new ConnectorException("JobAdder's " + resource.path() + " kept changing order while " + timeField
                        + " " + cursor + " was read by position (" + MAX_RESTARTS + " restarts); stopped so that no"
                        + " record is skipped. The next run starts from the last record done.");
            }
            LOG.debug("A JobAdder {} left the group at {} during the scan; walking the group again", resource.singular(),
                    cursor);
            offset = 0;
            anchor = null;
        }
    }

    /** The lower bound sent: after the start token first, then one second before the cursor. */
    private String since() {
        Instant from = cursor != null ? cursor.minus(SKEW) : startAfter;
        return from == null ? null : ">" + from;
    }

    /** Drops what is not after the start or was returned by an earlier request, and moves the cursor. */
    private boolean alreadyRead(String id, Instant time) {
        if (startAfter != null && !time.isAfter(startAfter)) {
            return true; // an inclusive '>' on the server
        }
        if (cursor != null && (time.isBefore(cursor) || time.equals(cursor) && readAtCursor.contains(id))) {
            return true;
        }
        if (cursor == null || time.isAfter(cursor)) {
            cursor = time;
            readAtCursor.clear();
        }
        readAtCursor.add(id);
        return false;
    }

    private Predicate<ObjectNode> wanted() {
        return switch (selection) {
            case CREATED, ALL -> r -> true;
            case UPDATED -> r -> !java.util.Objects.equals(time(r, "updatedAt"), time(r, "createdAt"));
            case ARCHIVED -> r -> r.path("status").path("active").isBoolean()
                    && !r.path("status").path("active").asBoolean();
        };
    }

    /** The token once every record read is done; see the class comment on settling the last time. */
    private String finalToken(Instant serverTime) {
        if (cursor == null) {
            return null;
        }
        boolean settled = serverTime != null && !serverTime.isBefore(cursor.plus(SKEW).plusSeconds(1));
        Instant end = settled ? cursor : cursor.minusSeconds(1);
        if (startAfter != null && end.isBefore(startAfter)) {
            end = startAfter;
        }
        return new ScanToken(tokenField, end).format();
    }

    static Instant time(JsonNode record, String field) {
        JsonNode v = record.path(field);
        if (!v.isTextual()) {
            return null;
        }
        try {
            return JobAdderDates.instant(v.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
