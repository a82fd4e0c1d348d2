package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.position.LegacyPositions;
import ai.hrflow.connectors.api.position.OffsetPages;
import ai.hrflow.connectors.api.position.TimePosition;
import ai.hrflow.connectors.api.position.TimeWindowScan;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.Reader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every profile of a source (or job of a board) from the storing list, oldest first, through the product's
 * one {@link TimeWindowScan}, in the order the flow's mode selects by:
 * <ul>
 *   <li><b>create</b>: by creation ({@code sort_by=created_at}, {@code created_at_min}, both documented), so a
 *       profile created, sent, then edited is never created again in the target;</li>
 *   <li><b>update</b> and <b>archive</b>: by update ({@code sort_by=updated_at}, {@code updated_at_min}).</li>
 * </ul>
 * The storing list is used rather than searching because searching leaves out profiles that fail its eligibility
 * rule: a sync must not lose them. Archive flows get the archived objects only, create and update flows the live
 * ones (the storing list hides archived objects in the emulator; the real API's choice is unknown, in which case
 * an archive flow reads nothing rather than anything wrong).
 *
 * <p>{@code updated_at_min} is not documented by HrFlow ([?] in the contract): the emulator honours it and so, we
 * expect, does the API. If the real API ignored it, answers would start from the oldest objects: the scan drops
 * what it already read and walks on by position, so nothing is read twice or loops. HrFlow's answers carry no
 * usable clock, so a run's last second is saved with the keys read in it ({@link TimePosition}); any number of
 * objects may share a second. Positions: {@code v1;by=created|updated;at=<instant>[;keys=...]}. A token of the
 * form used before ({@code <updated_at>|<key>,...}) is read as a position of the flow's order: for a create flow
 * that takes an update time for a creation time, which may skip a profile created before it but first read after
 * it (edited in between); run once without {@code incremental} if that matters.
 */
final class StoredListScan implements Reader {
    private static final Logger LOG = LoggerFactory.getLogger(StoredListScan.class);

    private final IndexingApi api;
    private final String containerKey;
    private final String field;
    private final TimePosition start;
    private final TimeWindowScan scan;
    private boolean logged;
    /** What the last list answer says is left from its first object on (for progress only); -1 if unknown. */
    private long remaining = -1;

    /**
     * @param token where a previous incremental run stopped; null to read everything
     * @param mode archive flows emit only archived objects, the others only live ones: a scheduled archive flow
     *     must never take a live profile for one to archive
     */
    StoredListScan(IndexingApi api, String containerKey, int pageSize, Mode mode, String token) {
        this.api = api;
        this.containerKey = Objects.requireNonNull(containerKey, "containerKey");
        String by = byOf(mode);
        this.field = by + "_at";
        this.start = TimePosition.decode(token, "HrFlow", by, List.of(), t -> LegacyPositions.keysForm(t, by));
        boolean archived = mode == Mode.ARCHIVE;
        this.scan = TimeWindowScan.builder("HrFlow", by, (after, offset) -> OffsetPages.from(offset, pageSize,
                (page, size) -> list(after, page, size)))
                .time(o -> HrFlowTimes.parse(IndexingApi.text(o, field)))
                .key("key", StoredListScan::identity)
                .wanted(o -> isArchived(o) == archived)
                .start(start).build();
    }

    /** The time field a flow of this mode selects by. */
    static String byOf(Mode mode) {
        return mode == Mode.CREATE ? "created" : "updated";
    }

    @Override
    public Page read(String cursor) throws Exception {
        if (!logged) {
            logged = true;
            LOG.info("Reading {} of {} {} by {}{}", api.kind().plural(), api.kind().container(), containerKey, field,
                    start == null ? "" : " from " + start.at());
        }
        Page page = scan.read(cursor);
        return remaining >= 0 ? page.withRemaining(remaining) : page;
    }

    private TimeWindowScan.Window list(Instant after, int page, int size) {
        HrFlowListQuery.Builder query = HrFlowListQuery.builder(containerKey).sortBy(field).orderBy("asc")
                .page(page).limit(size);
        if (after != null) {
            // second resolution, inclusive bound: the first second after `after`
            Instant min = after.getNano() == 0 ? after.plusSeconds(1) : after.truncatedTo(ChronoUnit.SECONDS);
            if (field.equals("created_at")) {
                query.createdAtMin(min);
            } else {
                query.updatedAtMin(min);
            }
        }
        HrFlowListPage answer = api.stored(query.build());
        // meta.total counts what the query matches from its bound on: an estimate of what is left, for progress
        remaining = answer.total() >= 0 ? Math.max(0, answer.total() - (long) (page - 1) * size) : -1;
        boolean more = answer.maxPage() >= 0 ? page < answer.maxPage() : answer.items().size() >= size;
        return new TimeWindowScan.Window(answer.items(), more, null);
    }

    /** Nothing to release: the client's JDK HTTP client has no close before Java 21 and holds no open call. */
    @Override
    public void close() {
    }

    /** The object's key; its numeric id should an object ever come without one. */
    private static String identity(ObjectNode object) {
        String key = IndexingApi.text(object, "key");
        return key != null ? key : "id:" + object.path("id").asText("?");
    }

    private static boolean isArchived(ObjectNode object) {
        JsonNode archivedAt = object.get("archived_at");
        return archivedAt != null && !archivedAt.isNull() && !archivedAt.asText().isBlank();
    }
}
