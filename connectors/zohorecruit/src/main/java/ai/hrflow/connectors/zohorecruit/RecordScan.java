package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.position.LegacyPositions;
import ai.hrflow.connectors.api.position.OffsetPages;
import ai.hrflow.connectors.api.position.TimePosition;
import ai.hrflow.connectors.api.position.TimeWindowScan;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.ReadRequest;
import ai.hrflow.connectors.api.spi.Reader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the Candidates or JobOpenings a create or update flow sends to HrFlow, from the list endpoint only (no
 * per-record GET unless a record lacks its times), filtered by mode:
 * <ul>
 *   <li><b>update</b>: records modified since their creation ({@code modified != Created_Time}), as the
 *       reference decides;</li>
 *   <li><b>create</b>: records created after the position's {@code created_after} (every record on a first run),
 *       so a record created, sent, then edited is never created again. Unlike the reference's "never modified
 *       since created" test, a record created and then edited before the run is still created in HrFlow.</li>
 * </ul>
 *
 * <p><b>Order and paging.</b> Records are read in modification order, ascending, through the product's one
 * {@link TimeWindowScan} ({@code If-Modified-Since} is its strict "after"; Zoho pages by number, 200 a page, which
 * {@link OffsetPages} turns into the scan's offsets). The last second read is complete only if Zoho's clock
 * ({@code Date}) had left it when it answered.
 *
 * <p><b>Positions</b>: {@code v1;by=modified;at=<instant>[;keys=...][;created_after=<instant>]}. In create mode
 * {@code created_after} follows the scan only when the whole scan is done: a record created before the scan
 * position but modified later and not yet done must still count as new next time. Positions saved before the
 * versioned form ({@code modified_after=...;created_after=...}) are read as such.
 *
 * <p>With a {@code sort_by}/{@code sort_order} of the user's, the order is theirs: plain page-number paging (the
 * cursor is the page to read), items without positions (an incremental run ignores the user's sort, with a
 * warning).
 */
final class RecordScan implements Reader {
    static final String BY = "modified";
    static final String CREATED_AFTER = "created_after";
    private static final Logger LOG = LoggerFactory.getLogger(RecordScan.class);

    private final ZohoRecruitClient client;
    private final ZohoModule module;
    private final Mode mode;
    private final ListQuery query;
    private final Instant createdFloor;
    private final TimeWindowScan scan;

    private RecordScan(ZohoRecruitClient client, ZohoModule module, Mode mode, ListQuery query, boolean byTime,
            TimePosition start) {
        this.client = client;
        this.module = module;
        this.mode = mode;
        this.query = query;
        this.createdFloor = start == null ? null : TimePosition.instant(start.extra().get(CREATED_AFTER));
        this.scan = !byTime ? null : TimeWindowScan.builder("Zoho Recruit", BY,
                (after, offset) -> OffsetPages.from(offset, ListQuery.PER_PAGE, (page, size) -> {
                    RecordsPage answer = client.list(module.apiName(), query, page, after);
                    return new TimeWindowScan.Window(answer.records().stream().map(this::complete).toList(),
                            answer.moreRecords(), answer.serverTime());
                }))
                .time(r -> ZohoModule.created(r) == null ? null : module.modified(r))
                .key("id", r -> r.path("id").asText(""))
                .wanted(r -> wanted(module.modified(r), ZohoModule.created(r)))
                .settle(Duration.ofSeconds(1)).start(start).tokens(this::token).build();
    }

    static RecordScan open(ZohoRecruitClient client, ZohoModule module, ReadRequest request) {
        ListQuery query = ListQuery.from(request.parameters());
        TimePosition start = request.incremental() ? TimePosition.decode(request.incrementalToken(), "Zoho Recruit",
                BY, List.of(CREATED_AFTER), LegacyPositions::afterForm) : null;
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
                start == null ? "" : ", modified from " + start.at() + (start.extra().containsKey(CREATED_AFTER)
                        ? ", created after " + start.extra().get(CREATED_AFTER) : ""));
        return new RecordScan(client, module, request.mode(), query, byTime, start);
    }

    @Override
    public Page read(String cursor) throws Exception {
        return scan != null ? scan.read(cursor) : readInUserOrder(cursor);
    }

    /** The user's sort: page by number; the cursor is the page. */
    private Page readInUserOrder(String cursor) {
        int page = 1;
        if (cursor != null) {
            try {
                page = Integer.parseInt(cursor);
            } catch (NumberFormatException e) {
                throw new ConnectorException("'" + cursor + "' is not a cursor of a Zoho Recruit list (expected a "
                        + "page number)");
            }
        }
        RecordsPage response = client.list(module.apiName(), query, page, null);
        List<ReadItem> items = new ArrayList<>();
        for (ObjectNode listed : response.records()) {
            ObjectNode record = complete(listed);
            Instant modified = module.modified(record);
            Instant created = ZohoModule.created(record);
            if (modified == null || created == null) {
                String id = record.path("id").asText("");
                items.add(ReadItem.failed(Json.object().put("id", id), null, "Zoho Recruit " + module.apiName()
                        + " record " + id + " has no readable Created_Time or " + module.modifiedField()));
            } else if (wanted(modified, created)) {
                items.add(ReadItem.of(record));
            }
        }
        boolean last = !response.moreRecords() || response.records().isEmpty();
        return last ? Page.last(items) : new Page(items, Integer.toString(page + 1));
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

    /**
     * A position with the create mode's {@code created_after}: the floor read at the start, and at the end of
     * the scan the last second every record of which was read.
     */
    private String token(TimePosition position, boolean end) {
        Instant created = createdFloor;
        if (end && mode == Mode.CREATE) {
            Instant complete = position.complete() ? position.at() : position.at().minusSeconds(1);
            created = created == null || complete.isAfter(created) ? complete : created;
        }
        return position.withExtra(CREATED_AFTER, created == null ? null : created.toString()).encode();
    }
}
