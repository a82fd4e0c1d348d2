package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.TimeOrderedTokens;
import ai.hrflow.connectors.api.spi.ReadRequest;
import ai.hrflow.connectors.api.spi.Reader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the Candidates or JobOpenings a create or update flow sends to HrFlow, from the list endpoint only (no
 * per-record GET unless a record lacks its times), filtered by mode:
 * <ul>
 *   <li><b>update</b>: records modified since their creation ({@code modified != Created_Time}), as the
 *       reference decides;</li>
 *   <li><b>create</b>: records created after the token's {@code created_after} (every record on a first run).
 *       Unlike the reference's "never modified since created" test, a record created and then edited before the
 *       run is still created in HrFlow.</li>
 * </ul>
 *
 * <p><b>Order and paging.</b> Records are read in modification order, ascending, which is the token's order.
 * Zoho pages by position, and a record modified during the scan jumps to the end of that order, shifting every
 * later record one position back: with {@code page=n+1} the record that slid onto page {@code n} would be
 * skipped, and the token would pass it. So the scan pages by time instead: each request asks for page 1 of what
 * was modified since the greatest time read so far ({@code If-Modified-Since} one second earlier, as it is strict)
 * and drops the records of that second already read. A record modified mid-scan is met again later, with its new
 * data. Only a single second holding more than 200 records is walked by position, inside that second.
 *
 * <p><b>Tokens.</b> See {@link TimeOrderedTokens} (ties, skipped records) and {@link ScanToken}. The last record read
 * completes its second only if Zoho's clock had left it when it answered ({@code Date} header); otherwise the
 * final token stops one second earlier and the next run reads that second again. In create mode
 * {@code created_after} follows {@code modified_after} only when the whole scan is done: a record created
 * before the scan position but modified later and not yet done must still count as new next time.
 *
 * <p>With a {@code sort_by}/{@code sort_order} of the user's, the order is theirs: plain position paging, items
 * without tokens (an incremental run ignores the user's sort, with a warning).
 */
final class RecordScan implements Reader {
    private static final Logger LOG = LoggerFactory.getLogger(RecordScan.class);

    private final ZohoRecruitClient client;
    private final ZohoModule module;
    private final Mode mode;
    private final ListQuery query;
    private final boolean byTime;
    private final Instant startAfter;
    private final Instant createdFloor;
    private final TimeOrderedTokens trail;
    private Instant cursor;
    private final Set<String> readAtCursor = new HashSet<>();
    private int page = 1;
    private int requests;

    private RecordScan(ZohoRecruitClient client, ZohoModule module, Mode mode, ListQuery query, boolean byTime,
            ScanToken start) {
        this.client = client;
        this.module = module;
        this.mode = mode;
        this.query = query;
        this.byTime = byTime;
        this.startAfter = start == null ? null : start.after();
        this.createdFloor = start == null ? null : start.createdAfter();
        this.trail = TimeOrderedTokens.ordered("Zoho Recruit", this::tokenAt);
    }

    static RecordScan open(ZohoRecruitClient client, ZohoModule module, ReadRequest request) {
        ListQuery query = ListQuery.from(request.parameters());
        ScanToken start = request.incremental()
                ? ScanToken.parse(request.incrementalToken(), ScanToken.MODIFIED) : null;
        boolean byTime = request.incremental() || !query.hasCustomSort();
        if (request.incremental() && query.hasCustomSort()) {
            LOG.warn("sort_by/sort_order are ignored in incremental runs: {} are read in {} order so that the "
                    + "position can be saved", module.apiName(), module.modifiedField());
        }
        if (byTime) {
            query = query.sortedAscendingBy(module.modifiedField());
        }
        // the mode and the position need both times; the reference crashed when `fields` left them out
        query = query.withFields(List.of("Created_Time", module.modifiedField()));
        LOG.info("Reading Zoho Recruit {} for mode {}{}", module.apiName(), request.mode().value(),
                start == null ? "" : ", modified after " + start.after()
                        + (start.createdAfter() == null ? "" : ", created after " + start.createdAfter()));
        return new RecordScan(client, module, request.mode(), query, byTime, start);
    }

    @Override
    public Page read(String cursorLabel) {
        RecordsPage response = client.list(module.apiName(), query, page, since());
        requests++;
        List<ReadItem> items = new ArrayList<>();
        Instant cursorBefore = cursor;
        for (ObjectNode listed : response.records()) {
            ObjectNode record = complete(listed);
            Instant modified = module.modified(record);
            Instant created = ZohoModule.created(record);
            if (modified == null || created == null) {
                String id = record.path("id").asText("");
                items.addAll(trail.failed(Json.object().put("id", id), "Zoho Recruit " + module.apiName()
                        + " record " + id + " has no readable Created_Time or " + module.modifiedField()));
                continue;
            }
            if (!byTime) {
                if (wanted(modified, created)) {
                    items.add(ReadItem.of(record));
                }
                continue;
            }
            if (alreadyRead(record.path("id").asText(), modified)) {
                continue;
            }
            ReadItem released = trail.next(record, modified, wanted(modified, created));
            if (released != null) {
                items.add(released);
            }
        }
        if (!response.moreRecords() || response.records().isEmpty()) {
            // with no held item left, the position after the scan travels on the page itself
            String scanToken = null;
            if (byTime) {
                String scanEnd = finalToken(response.serverTime());
                ReadItem last = trail.finish(scanEnd);
                if (last != null) {
                    items.add(last);
                } else {
                    scanToken = scanEnd;
                }
            }
            LOG.debug("Read {} {} in {} list call(s)", module.apiName(), mode.value(), requests);
            return Page.last(items, scanToken);
        }
        // by time: back to page 1 of what follows the new cursor; inside one crowded second, walk its positions
        page = byTime && cursor != null && !cursor.equals(cursorBefore) ? 1 : page + 1;
        return new Page(items, "request-" + (requests + 1));
    }

    /** {@code If-Modified-Since}: strictly after the start, then from the cursor's second on (inclusive). */
    private Instant since() {
        if (!byTime) {
            return null;
        }
        return cursor != null ? cursor.minusSeconds(1) : startAfter;
    }

    /** Drops what an earlier request of this scan returned, and moves the cursor. */
    private boolean alreadyRead(String id, Instant modified) {
        if (startAfter != null && !modified.isAfter(startAfter)) {
            return true; // a server reading If-Modified-Since inclusively
        }
        if (cursor != null && (modified.isBefore(cursor) || modified.equals(cursor) && readAtCursor.contains(id))) {
            return true;
        }
        if (cursor == null || modified.isAfter(cursor)) {
            cursor = modified;
            readAtCursor.clear();
        }
        readAtCursor.add(id);
        return false;
    }

    private boolean wanted(Instant modified, Instant created) {
        if (mode == Mode.UPDATE) {
            return !modified.equals(created);
        }
        return createdFloor == null || created.isAfter(createdFloor);
    }

    /** The list normally has everything; a record without its times is fetched whole (never the whole page). */
    private ObjectNode complete(ObjectNode record) {
        if (module.modified(record) != null && ZohoModule.created(record) != null) {
            return record;
        }
        String id = record.path("id").asText("");
        if (id.isEmpty()) {
            return record;
        }
        LOG.debug("{} record {} came without its times in the list; fetching it", module.apiName(), id);
        return client.get(module.apiName(), id).orElse(record);
    }

    private String tokenAt(Instant boundary) {
        return new ScanToken(ScanToken.MODIFIED, boundary, createdFloor).format();
    }

    /**
     * The token once every record read is done. The last second read is complete only if Zoho's clock had left
     * it when it answered; a record modified later in that same second would get the same time and be missed by
     * a strict {@code If-Modified-Since}, so otherwise the token stops one second earlier.
     */
    private String finalToken(Instant serverTime) {
        if (cursor == null) {
            return null;
        }
        boolean settled = serverTime != null && cursor.isBefore(serverTime.truncatedTo(ChronoUnit.SECONDS));
        Instant end = settled ? cursor : cursor.minusSeconds(1);
        if (startAfter != null && end.isBefore(startAfter)) {
            end = startAfter;
        }
        Instant created = mode == Mode.CREATE ? end : null;
        if (created != null && createdFloor != null && created.isBefore(createdFloor)) {
            created = createdFloor;
        }
        return new ScanToken(ScanToken.MODIFIED, end, created).format();
    }
}
