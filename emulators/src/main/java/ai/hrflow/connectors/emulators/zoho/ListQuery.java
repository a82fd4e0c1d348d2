package ai.hrflow.connectors.emulators.zoho;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorRequest;
import ai.hrflow.connectors.emulators.server.EmulatorResponse;
import ai.hrflow.connectors.emulators.server.QueryParams;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Parameters shared by list, search and deleted calls (contract §3.1): their checks, the record filter, the
 * sort, and the paged answer with its {@code info} block, 204 for an empty page, 304 when
 * {@code If-Modified-Since} leaves nothing.
 */
final class ListQuery {
    static final int MAX_PER_PAGE = 200;

    private ListQuery() {
    }

    /** Which records a list or search returns: draft vs saved, converted, approved, modified after. */
    record Filter(boolean drafts, String converted, String approved, Long since) implements Predicate<StoredRecord> {
        @Override
        public boolean test(StoredRecord r) {
            return r.draft() == drafts && tri(converted, r.converted()) && tri(approved, r.approved())
                    && (since == null || r.modified() > since);
        }

        private static boolean tri(String wanted, boolean actual) {
            return "both".equals(wanted) || Boolean.parseBoolean(wanted) == actual;
        }
    }

    private record ViewKey(Filter filter, String sortBy, boolean desc) {
    }

    static Filter filter(EmulatorRequest req, boolean stateParam) {
        QueryParams q = req.query();
        String state = stateParam ? q.first("$state") : null;
        if (state != null && !state.equals("draft") && !state.equals("save")) {
            throw ZohoErrors.invalidParam("$state", "invalid data");
        }
        return new Filter("draft".equals(state), tri(q, "converted", "false"), tri(q, "approved", "true"), since(req));
    }

    /** Epoch seconds of {@code If-Modified-Since}, or {@code null} when absent. */
    static Long since(EmulatorRequest req) {
        String header = req.header("If-Modified-Since");
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return ZohoTime.parse(header);
        } catch (DateTimeParseException e) {
            throw ZohoErrors.error(400, "INVALID_DATA", "invalid data",
                    Json.object().put("header_name", "If-Modified-Since"));
        }
    }

    static int page(QueryParams q) {
        return positiveInt(q, "page", 1);
    }

    static int perPage(QueryParams q, ZohoSettings settings) {
        int n = positiveInt(q, "per_page", MAX_PER_PAGE);
        if (n > MAX_PER_PAGE && settings.perPageOverflow() == ZohoSettings.PerPageOverflow.REJECT) {
            throw ZohoErrors.invalidParam("per_page", "the per_page value must be at most " + MAX_PER_PAGE);
        }
        return Math.min(n, MAX_PER_PAGE);
    }

    /** The {@code fields} projection, or {@code null} for every field. */
    static Set<String> fields(QueryParams q) {
        String csv = q.first("fields");
        if (csv == null || csv.isBlank()) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String f : csv.split(",")) {
            if (!f.isBlank()) {
                out.add(f.trim());
            }
        }
        return out;
    }

    /** Zoho booleans are lowercase {@code true}/{@code false}; Python's {@code True} is rejected. */
    static void checkFlag(QueryParams q, String name) {
        String v = q.first(name);
        if (v != null && !v.equals("true") && !v.equals("false")) {
            throw ZohoErrors.invalidParam(name, "invalid data");
        }
    }

    static void checkDigits(QueryParams q, String name) {
        String v = q.first(name);
        if (v != null && !v.matches("\\d{1,19}")) {
            throw ZohoErrors.invalidParam(name, "invalid data");
        }
    }

    /** Filtered and sorted rows, cached by the store until its next write. */
    static List<StoredRecord> rows(RecordStore store, Filter filter, String sortBy, String sortOrder) {
        if (sortOrder != null && !sortOrder.equals("asc") && !sortOrder.equals("desc")) {
            throw ZohoErrors.invalidParam("sort_order", "invalid data");
        }
        boolean desc = "desc".equals(sortOrder);
        return store.view(new ViewKey(filter, sortBy, desc), () -> {
            List<StoredRecord> rows = new ArrayList<>();
            for (StoredRecord r : store.live()) {
                if (filter.test(r)) {
                    rows.add(r);
                }
            }
            Comparator<StoredRecord> order = comparator(sortBy, rows);
            rows.sort(desc ? order.reversed() : order);
            return List.copyOf(rows);
        });
    }

    /** One page of {@code rows}: {@code {data, info}}, 204 past the end, 304 when a since-filter left nothing. */
    static EmulatorResponse answer(List<ObjectNode> pageData, int total, int page, int perPage, boolean sinceGiven) {
        if (total == 0) {
            return EmulatorResponse.empty(sinceGiven ? 304 : 204);
        }
        if (pageData.isEmpty()) {
            return EmulatorResponse.empty(204);
        }
        ArrayNode data = Json.array();
        pageData.forEach(data::add);
        ObjectNode body = Json.object();
        body.set("data", data);
        body.set("info", Json.object().put("per_page", perPage).put("count", pageData.size()).put("page", page)
                .put("more_records", (long) (page - 1) * perPage + pageData.size() < total));
        return EmulatorResponse.json(200, body);
    }

    /** The slice of {@code rows} on {@code page}, or an empty list past the end. */
    static <T> List<T> slice(List<T> rows, int page, int perPage) {
        long from = (long) (page - 1) * perPage;
        if (from >= rows.size()) {
            return List.of();
        }
        return rows.subList((int) from, (int) Math.min(rows.size(), from + perPage));
    }

    private static Comparator<StoredRecord> comparator(String sortBy, List<StoredRecord> rows) {
        Comparator<StoredRecord> byId = Comparator.comparing(StoredRecord::id, ListQuery::compareIds);
        if (sortBy == null || sortBy.equals("id")) {
            return byId;
        }
        switch (sortBy) {
            case "Created_Time":
                return Comparator.comparingLong(StoredRecord::created).thenComparing(byId);
            case "Modified_Time", "Updated_On", "Last_Activity_Time":
                return Comparator.comparingLong(StoredRecord::modified).thenComparing(byId);
            default:
                // Other fields live in the JSON: extract each key once, not once per comparison.
                java.util.Map<String, Comparable<?>> keys = new java.util.HashMap<>();
                for (StoredRecord r : rows) {
                    keys.put(r.id(), sortKey(r.field(sortBy)));
                }
                return Comparator.<StoredRecord, Comparable<?>>comparing(r -> keys.get(r.id()),
                        Comparator.nullsLast(ListQuery::compareKeys)).thenComparing(byId);
        }
    }

    private static Comparable<?> sortKey(JsonNode v) {
        if (v == null || v.isNull() || v.isContainerNode() && !v.has("name")) {
            return null;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        return (v.isObject() ? v.path("name").asText() : v.asText()).toLowerCase(Locale.ROOT);
    }

    private static int compareKeys(Comparable<?> a, Comparable<?> b) {
        if (a instanceof Double x && b instanceof Double y) {
            return Double.compare(x, y);
        }
        return a.toString().compareTo(b.toString());
    }

    /** Numeric order of digit strings without parsing (ids may exceed a long's comfort zone in tests). */
    static int compareIds(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static String tri(QueryParams q, String name, String fallback) {
        String v = q.first(name);
        if (v == null) {
            return fallback;
        }
        if (!v.equals("true") && !v.equals("false") && !v.equals("both")) {
            throw ZohoErrors.invalidParam(name, "invalid data");
        }
        return v;
    }

    private static int positiveInt(QueryParams q, String name, int fallback) {
        String v = q.first(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw ZohoErrors.invalidParam(name, "invalid data");
    }
}
