package ai.hrflow.connectors.jobadder;

import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.position.LegacyPositions;
import ai.hrflow.connectors.api.position.TimePosition;
import ai.hrflow.connectors.api.position.TimeWindowScan;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.Reader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads candidates or jobs in time order from the list endpoint only (no per-record GET: the list has the whole
 * record), for one mode, through the product's one {@link TimeWindowScan} (paging by time, crowded seconds walked
 * with a move guard, positions as {@link TimePosition}):
 * <ul>
 *   <li><b>create</b>: by {@code createdAt} ({@code by=created}), records created after the position (every
 *       record on a first run). {@code createdAt} never changes, so an edited record is never created again;</li>
 *   <li><b>update</b>: by {@code updatedAt} ({@code by=updated}), records edited since their creation
 *       ({@code updatedAt != createdAt});</li>
 *   <li><b>archive</b>: by {@code updatedAt}, records whose status is inactive ({@code status.active == false}:
 *       JobAdder has no delete, a record leaves by moving to an inactive status, which moves its
 *       {@code updatedAt});</li>
 *   <li><b>all</b> (v1 pulls): by {@code updatedAt}, every record.</li>
 * </ul>
 *
 * <p>Whether JobAdder's {@code >} prefix is strict or inclusive is not verified ([?] in the contract; one reading
 * of the spec says inclusive). The scan works either way: it drops, client-side, what it does not need. The last
 * second read is settled only if the server's clock ({@code Date}) is two seconds past it (one of margin for skew
 * between JobAdder's front and its database). Positions saved before the versioned form
 * ({@code created_after=<instant>}, {@code updated_after=<instant>}) are read as such.
 */
final class TimeScan implements Reader {
    /** What a scan reads. */
    enum Selection { CREATED, UPDATED, ARCHIVED, ALL }

    private static final Logger LOG = LoggerFactory.getLogger(TimeScan.class);
    private static final Duration SETTLE = Duration.ofSeconds(2);

    private final JobAdderResource resource;
    private final Selection selection;
    private final String timeField;
    private final TimePosition start;
    private final TimeWindowScan scan;
    private boolean logged;

    TimeScan(JobAdderClient client, JobAdderResource resource, Selection selection, ListQuery base,
            String incrementalToken) {
        this.resource = resource;
        this.selection = selection;
        this.timeField = selection == Selection.CREATED ? "createdAt" : "updatedAt";
        String by = selection == Selection.CREATED ? "created" : "updated";
        this.start = TimePosition.decode(incrementalToken, "JobAdder", by, List.of(), LegacyPositions::afterForm);
        ListQuery query = base.replacing(timeField, null).sortedBy(timeField).atOffset(0);
        this.scan = TimeWindowScan.builder("JobAdder", by, (after, offset) -> {
            ListPage page = client.list(resource, query.with(timeField, after == null ? null : ">" + after)
                    .atOffset(offset));
            return new TimeWindowScan.Window(page.items(), page.hasNext(), page.serverTime());
        }).time(r -> time(r, timeField)).key(resource.idField(), r -> r.path(resource.idField()).asText(""))
                .wanted(wanted()).settle(SETTLE).start(start).build();
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
    public Page read(String cursor) throws Exception {
        if (!logged) {
            logged = true;
            LOG.info("Reading JobAdder {} ({}){}", resource.path(), selection.name().toLowerCase(Locale.ROOT),
                    start == null ? "" : ", " + timeField + " from " + start.at());
        }
        return scan.read(cursor);
    }

    private Predicate<ObjectNode> wanted() {
        return switch (selection) {
            case CREATED, ALL -> r -> true;
            case UPDATED -> r -> !Objects.equals(time(r, "updatedAt"), time(r, "createdAt"));
            case ARCHIVED -> r -> r.path("status").path("active").isBoolean()
                    && !r.path("status").path("active").asBoolean();
        };
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
