package ai.hrflow.connectors.hrflow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One page of a list call.
 *
 * @param items the objects of the page, in the API's order
 * @param page the page number HrFlow reports, or -1 when the answer had no {@code meta}
 * @param maxPage the last page, or -1 when unknown
 * @param count objects on this page as HrFlow reports it, or -1
 * @param total objects matching the query over all pages, or -1 when unknown
 */
public record HrFlowListPage(List<ObjectNode> items, int page, int maxPage, int count, int total) {
    public HrFlowListPage {
        items = List.copyOf(items);
    }

    public boolean hasMeta() {
        return total >= 0;
    }
}
