package ai.hrflow.connectors.emulators.zoho;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What clients asked the Records API, per module and operation, for assertions such as "one list call per
 * page, no per-record GET" or "inserts in batches of at most 100". Counted when a request reaches a Records
 * route with a known module, before authentication: a call refused with 401 or 429 still counts, as it cost
 * the client a round trip. Unlike the server's request log, counters never drop old entries.
 */
public final class ZohoCalls {
    /** Bound on the sizes kept per key (a million batches is far beyond any benchmark). */
    private static final int MAX_SIZES = 1_000_000;

    private record Key(RecruitModule module, RecruitOperation operation) {
    }

    private final Map<Key, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Map<Key, List<Integer>> sizes = new ConcurrentHashMap<>();

    void record(RecruitModule module, RecruitOperation operation, int records) {
        Key key = new Key(module, operation);
        counts.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        if (records >= 0) {
            List<Integer> list = sizes.computeIfAbsent(key, k -> new ArrayList<>());
            synchronized (list) {
                if (list.size() < MAX_SIZES) {
                    list.add(records);
                }
            }
        }
    }

    /** Calls of this operation on this module. */
    public long count(RecruitModule module, RecruitOperation operation) {
        AtomicLong n = counts.get(new Key(module, operation));
        return n == null ? 0 : n.get();
    }

    /** Calls on this module, all operations. */
    public long count(RecruitModule module) {
        long total = 0;
        for (RecruitOperation op : RecruitOperation.values()) {
            total += count(module, op);
        }
        return total;
    }

    /**
     * Records sent per call, in arrival order, for {@code INSERT}, {@code UPDATE}, {@code UPSERT} (size of
     * {@code data}) and {@code DELETE} (number of ids); empty for reads.
     */
    public List<Integer> recordsPerCall(RecruitModule module, RecruitOperation operation) {
        List<Integer> list = sizes.get(new Key(module, operation));
        if (list == null) {
            return List.of();
        }
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    /** Largest {@link #recordsPerCall} value, 0 when there was no such call. */
    public int maxRecordsPerCall(RecruitModule module, RecruitOperation operation) {
        return recordsPerCall(module, operation).stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    public void reset() {
        counts.clear();
        sizes.clear();
    }
}
