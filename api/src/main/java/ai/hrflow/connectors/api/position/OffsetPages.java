package ai.hrflow.connectors.api.position;

import ai.hrflow.connectors.api.position.TimeWindowScan.Window;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link TimeWindowScan.Source} offset on an API that pages by number over a fixed grid (Zoho Recruit's
 * {@code page}/{@code per_page}, HrFlow's {@code page}/{@code limit}): the page holding the offset, and the next
 * one when the offset is not at a page start (a crowded second's walk starts one record early, on its anchor).
 */
public final class OffsetPages {
    /** One numbered page (1-based) of {@code size} records. */
    @FunctionalInterface
    public interface PageCall {
        Window page(int page, int size) throws Exception;
    }

    private OffsetPages() {
    }

    /** The records from {@code offset} on: at least a page of them unless the answer ends first. */
    public static Window from(int offset, int size, PageCall call) throws Exception {
        int page = offset / size + 1;
        int skip = offset % size;
        Window first = call.page(page, size);
        if (skip == 0) {
            return first;
        }
        List<ObjectNode> records = new ArrayList<>(first.records().subList(Math.min(skip, first.records().size()),
                first.records().size()));
        if (!first.more() || first.records().size() < size) {
            return new Window(records, false, first.serverTime());
        }
        Window second = call.page(page + 1, size);
        records.addAll(second.records());
        return new Window(records, second.more(), second.serverTime());
    }
}
