package ai.hrflow.connectors.zohorecruit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * One page of a list or deleted-records call.
 *
 * @param records the {@code data} array; empty for 204 (no records) and 304 (nothing modified since)
 * @param moreRecords {@code info.more_records}
 * @param serverTime the response's {@code Date} header, to the second; null when absent or unreadable
 */
public record RecordsPage(List<ObjectNode> records, boolean moreRecords, Instant serverTime) {
    public RecordsPage {
        records = List.copyOf(records);
    }

    static RecordsPage empty(Instant serverTime) {
        return new RecordsPage(List.of(), false, serverTime);
    }
}
