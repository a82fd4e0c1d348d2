package ai.hrflow.connectors.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * One measured ATS → HrFlow sync: throughput, the requests each API received (and the 429 answers among them), the
 * product's peak heap, and the throughput the APIs' rate limit allows: {@code rate / requests per item} of the
 * busier API.
 */
record SyncResult(int n, double itemsPerSecond, long originRequests, long hrflowRequests, long rejected,
        long peakHeapMb, double boundItemsPerSecond, String status) {

    static final String HEADER = "| %s | items/s | %s requests | HrFlow requests | 429 answers | peak heap MB "
            + "| rate-limit bound items/s | achieved/bound |%n|---:|---:|---:|---:|---:|---:|---:|---:|";

    static SyncResult of(int n, JsonNode child, long originRequests, long hrflowRequests, long rejected,
            int rateLimit) {
        double itemsPerSecond = child.get("written").asLong() / child.get("seconds").asDouble();
        double perItem = Math.max(originRequests, hrflowRequests) / (double) n;
        double bound = rateLimit > 0 ? rateLimit / perItem : Double.NaN;
        return new SyncResult(n, itemsPerSecond, originRequests, hrflowRequests, rejected,
                child.get("peak_heap_mb").asLong(), bound, child.get("status").asText());
    }

    double ratio() {
        return itemsPerSecond / boundItemsPerSecond;
    }

    String row() {
        return String.format(Locale.ROOT, "| %,d | %.0f | %,d | %,d | %,d | %d | %.0f | %.2f |", n, itemsPerSecond,
                originRequests, hrflowRequests, rejected, peakHeapMb, boundItemsPerSecond, ratio());
    }
}
