package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.TimeOrderedTokens;
import ai.hrflow.connectors.api.spi.ReadRequest;
import ai.hrflow.connectors.api.spi.Reader;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * <p><b>Tokens.</b> The endpoint has no sort parameter and answers newest first, so a position in the middle
 * of the scan promises nothing about the older entries still to come. Only the last item carries a token: the
 * greatest {@code deleted_time} read, saved once every item is done. An incremental run then asks for what was
 * deleted after it ({@code If-Modified-Since}). A failure keeps the old token and the next run reads those
 * entries again; archiving twice is harmless. Entries deleted during the scan land at the head of the list and
 * push others back: an entry may be read twice, none is skipped. As in {@link RecordScan}, the newest second is
 * only complete if Zoho's clock had left it when it answered; otherwise the token stops one second earlier.
 */
final class DeletedScan implements Reader {
    private static final Logger LOG = LoggerFactory.getLogger(DeletedScan.class);

    private final ZohoRecruitClient client;
    private final ZohoModule module;
    private final String type;
    private final Instant startAfter;
    private final TimeOrderedTokens trail = TimeOrderedTokens.unordered("Zoho Recruit");
    private Instant newest;
    private Instant serverTimeAtNewest;
    private int page = 1;

    private DeletedScan(ZohoRecruitClient client, ZohoModule module, String type, Instant startAfter) {
        this.client = client;
        this.module = module;
        this.type = type;
        this.startAfter = startAfter;
    }

    static DeletedScan open(ZohoRecruitClient client, ZohoModule module, ReadRequest request) {
        String type = request.parameters().optionalString("type").orElse("all");
        ScanToken start = request.incremental()
                ? ScanToken.parse(request.incrementalToken(), ScanToken.DELETED) : null;
        LOG.info("Reading deleted Zoho Recruit {} (type {}){}", module.apiName(), type,
                start == null ? "" : ", deleted after " + start.after());
        return new DeletedScan(client, module, type, start == null ? null : start.after());
    }

    @Override
    public Page read(String cursor) {
        RecordsPage response = client.deleted(module.apiName(), type, page, startAfter);
        List<ReadItem> items = new ArrayList<>();
        for (ObjectNode entry : response.records()) {
            Instant deleted = ZohoModule.time(entry.path("deleted_time"));
            String id = entry.path("id").asText("");
            if (deleted == null || id.isEmpty()) {
                items.addAll(trail.failed(Json.object().put("id", id), "deleted " + module.apiName()
                        + " entry without a readable id or deleted_time"));
                continue;
            }
            if (startAfter != null && !deleted.isAfter(startAfter)) {
                continue; // a server reading If-Modified-Since inclusively
            }
            if (newest == null || deleted.isAfter(newest)) {
                newest = deleted;
                serverTimeAtNewest = response.serverTime();
            }
            ReadItem released = trail.next(entry, deleted, true);
            if (released != null) {
                items.add(released);
            }
        }
        if (!response.moreRecords() || response.records().isEmpty()) {
            // with no held item left, the position after the scan travels on the page itself
            String scanToken = null;
            String scanEnd = finalToken();
            ReadItem last = trail.finish(scanEnd);
            if (last != null) {
                items.add(last);
            } else {
                scanToken = scanEnd;
            }
            return Page.last(items, scanToken);
        }
        page++;
        return new Page(items, "page-" + page);
    }

    private String finalToken() {
        if (newest == null) {
            return null;
        }
        boolean settled = serverTimeAtNewest != null
                && newest.isBefore(serverTimeAtNewest.truncatedTo(ChronoUnit.SECONDS));
        Instant end = settled ? newest : newest.minusSeconds(1);
        if (startAfter != null && end.isBefore(startAfter)) {
            end = startAfter;
        }
        return new ScanToken(ScanToken.DELETED, end, null).format();
    }
}
