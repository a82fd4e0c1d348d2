package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.position.LegacyPositions;
import ai.hrflow.connectors.api.position.TimePosition;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.ReadRequest;
import ai.hrflow.connectors.api.spi.Reader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code GET /{module}/deleted} for the archive flows: each entry ({@code id, display_name, type,
 * deleted_time, ...}) becomes an item whose {@code id} is the HrFlow reference to archive.
 *
 * <p><b>Positions.</b> The endpoint has no sort parameter and answers newest first, so a place in the middle of
 * the scan promises nothing about the older entries still to come: no item has a position, and the last page
 * carries {@code v1;by=deleted;at=<greatest deleted_time read>}, committed once every item is done. An incremental
 * run then asks for what was deleted after it ({@code If-Modified-Since}). A failure keeps the old position and
 * the next run reads those entries again; archiving twice is harmless. Entries deleted during the scan land at the
 * head of the list and push others back: an entry may be read twice, none is skipped. The newest second is only
 * complete if Zoho's clock had left it when it answered; otherwise the position stops one second earlier.
 *
 * <p>The cursor carries the next page and the newest time read, so a scan re-opened at it goes on.
 */
final class DeletedScan implements Reader {
    static final String BY = "deleted";
    private static final Logger LOG = LoggerFactory.getLogger(DeletedScan.class);

    private final ZohoRecruitClient client;
    private final ZohoModule module;
    private final String type;
    private final Instant startAfter;

    private DeletedScan(ZohoRecruitClient client, ZohoModule module, String type, Instant startAfter) {
        this.client = client;
        this.module = module;
        this.type = type;
        this.startAfter = startAfter;
    }

    static DeletedScan open(ZohoRecruitClient client, ZohoModule module, ReadRequest request) {
        String type = request.parameters().optionalString("type").orElse("all");
        TimePosition start = request.incremental() ? TimePosition.decode(request.incrementalToken(),
                "Zoho Recruit deleted-records", BY, List.of(), LegacyPositions::afterForm) : null;
        if (start != null && !start.complete()) {
            start = TimePosition.through(BY, start.at().minusSeconds(1));
        }
        LOG.info("Reading deleted Zoho Recruit {} (type {}){}", module.apiName(), type,
                start == null ? "" : ", deleted after " + start.at());
        return new DeletedScan(client, module, type, start == null ? null : start.at());
    }

    @Override
    public Page read(String cursor) {
        State state = State.decode(cursor);
        RecordsPage response = client.deleted(module.apiName(), type, state.page, startAfter);
        List<ReadItem> items = new ArrayList<>();
        for (ObjectNode entry : response.records()) {
            Instant deleted = ZohoModule.time(entry.path("deleted_time"));
            String id = entry.path("id").asText("");
            if (deleted == null || id.isEmpty()) {
                items.add(ReadItem.failed(Json.object().put("id", id), null, "deleted " + module.apiName()
                        + " entry without a readable id or deleted_time"));
                continue;
            }
            if (startAfter != null && !deleted.isAfter(startAfter)) {
                continue; // a server reading If-Modified-Since inclusively
            }
            if (state.newest == null || deleted.isAfter(state.newest)) {
                state.newest = deleted;
                state.serverTime = response.serverTime();
            }
            items.add(new ReadItem(entry, null));
        }
        if (!response.moreRecords() || response.records().isEmpty()) {
            return Page.last(items, finalToken(state));
        }
        state.page++;
        return new Page(items, state.encode());
    }

    private String finalToken(State state) {
        if (state.newest == null) {
            return null;
        }
        boolean settled = state.serverTime != null
                && state.newest.isBefore(state.serverTime.truncatedTo(ChronoUnit.SECONDS));
        Instant end = settled ? state.newest : state.newest.minusSeconds(1);
        if (startAfter != null && end.isBefore(startAfter)) {
            end = startAfter;
        }
        return TimePosition.through(BY, end).encode();
    }

    /** The page to read and the newest entry read so far, with Zoho's clock when it was read. */
    private static final class State {
        int page = 1;
        Instant newest;
        Instant serverTime;

        String encode() {
            ObjectNode n = Json.object().put("page", page);
            n.put("newest", newest == null ? null : newest.toString());
            n.put("server_time", serverTime == null ? null : serverTime.toString());
            return n.toString();
        }

        static State decode(String cursor) {
            State s = new State();
            if (cursor == null) {
                return s;
            }
            try {
                JsonNode n = Json.MAPPER.readTree(cursor);
                s.page = n.path("page").asInt(0);
                s.newest = TimePosition.instant(n.path("newest").asText(null));
                s.serverTime = TimePosition.instant(n.path("server_time").asText(null));
                if (s.page < 1) {
                    throw new IOException("no page");
                }
                return s;
            } catch (IOException | RuntimeException e) {
                throw new ConnectorException("'" + cursor + "' is not a cursor of a Zoho Recruit deleted-records "
                        + "read (expected the cursor of one of its pages)");
            }
        }
    }
}
