package ai.hrflow.connectors.emulators.hrflow;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorRequest;
import ai.hrflow.connectors.emulators.server.EmulatorResponse;
import ai.hrflow.connectors.emulators.server.Router;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /profiles/searching}, {@code /jobs/searching} ({@code data: {profiles|jobs: [...]}}) and
 * {@code /storing/profiles}, {@code /storing/jobs} ({@code data: [...]}), contract 2.5, 2.6 and 3.
 *
 * <p>Performance: a listing filters then sorts only the matching objects, and keeps the sorted result in a small
 * cache keyed by the selection and stamped with each container's version. Paging through 100,000 profiles
 * therefore sorts once, not once per page; any write to a listed container invalidates the entry.
 */
final class ListingRoutes {
    private static final int CACHE_ENTRIES = 8;

    private record Sorted(long[] versions, List<StoredObject> objects) {
    }

    private final HrFlowBackend backend;
    private final Map<ListQuery.Selection, Sorted> cache = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<ListQuery.Selection, Sorted> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };

    ListingRoutes(HrFlowBackend backend) {
        this.backend = backend;
    }

    void register(Router router) {
        for (Kind kind : Kind.values()) {
            router.get("/v1/" + kind.plural + "/searching", req -> list(kind, req, true));
            router.get("/v1/storing/" + kind.plural, req -> list(kind, req, false));
        }
    }

    private EmulatorResponse list(Kind kind, EmulatorRequest request, boolean searching) {
        ApiKeys.ApiKey apiKey = backend.authenticate(request);
        ListQuery query = ListQuery.parse(kind, request.query(), searching, backend.settings);
        List<Container> containers = new ArrayList<>();
        for (String key : query.selection().containers()) {
            containers.add(backend.requireContainer(kind, key, apiKey));
        }
        List<StoredObject> all = sorted(query.selection(), containers);
        int total = all.size();
        int maxPage = (total + query.limit() - 1) / query.limit();
        long from = (long) (query.page() - 1) * query.limit();
        ArrayNode items = Json.array();
        for (long i = from; i < Math.min(total, from + query.limit()); i++) {
            StoredObject o = all.get((int) i);
            items.add(query.fullObjects() ? o.document() : summary(o));
        }
        String message = searching ? kind.title + "s searching results" : kind.title + "s list";
        if (searching) {
            ObjectNode data = Json.object();
            data.set(kind.plural, items);
            return Envelope.page(message, data, query.page(), maxPage, items.size(), total);
        }
        return Envelope.page(message, items, query.page(), maxPage, items.size(), total);
    }

    /**
     * {@code return_profile=false}: identity and dates only ("the dates, the reference and the keys", SDK docs;
     * {@code archived_at} counted among the dates, unverified).
     */
    private static ObjectNode summary(StoredObject o) {
        ObjectNode n = Json.object();
        n.put("key", o.key());
        n.put("reference", o.reference());
        n.set("created_at", o.document().get("created_at"));
        n.set("updated_at", o.document().get("updated_at"));
        n.set("archived_at", o.document().get("archived_at"));
        return n;
    }

    private List<StoredObject> sorted(ListQuery.Selection selection, List<Container> containers) {
        // Versions are read before scanning: a write during the scan leaves a stale stamp, so the next call rescans.
        long[] versions = containers.stream().mapToLong(Container::version).toArray();
        synchronized (cache) {
            Sorted hit = cache.get(selection);
            if (hit != null && Arrays.equals(hit.versions(), versions)) {
                return hit.objects();
            }
        }
        List<StoredObject> matching = new ArrayList<>();
        for (Container c : containers) {
            for (StoredObject o : c.values()) {
                if (selection.accepts(o)) {
                    matching.add(o);
                }
            }
        }
        matching.sort(selection.order());
        List<StoredObject> result = List.copyOf(matching);
        synchronized (cache) {
            cache.put(selection, new Sorted(versions, result));
        }
        return result;
    }
}
