package ai.hrflow.connectors.emulators.jobadder;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorRequest;
import ai.hrflow.connectors.emulators.server.EmulatorResponse;
import ai.hrflow.connectors.emulators.server.QueryParams;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A list call ({@code GET /candidates}, {@code GET /jobs}): {@code offset}/{@code limit} paging, date filters
 * with comparison prefixes, {@code sort}, and the {@code {items, totalCount, links{self, next?}}} envelope.
 *
 * <ul>
 * <li>{@code createdAt}/{@code updatedAt} take {@code >v}, {@code >=v}, {@code <v}, {@code <=v} or {@code v}
 *     (exact, or the whole day for a bare date); repeat the parameter for a range. {@code >}/{@code <} are strict
 *     unless {@link JobAdderSettings#inclusiveComparisons(boolean)}.</li>
 * <li>{@code sort} is a comma-separated list of fields, {@code -} for descending; ties are always broken by
 *     the id ascending, so paging is stable. Unknown sort fields answer 400.</li>
 * <li>{@code links.next} is absent on the last page; it repeats the query with the next offset.</li>
 * </ul>
 */
final class Listing {
    private final RecordStore store;
    private final JobAdderSettings settings;
    private final String listUrl;
    private final Set<String> sortable;

    Listing(RecordStore store, JobAdderSettings settings, String listUrl, Set<String> sortable) {
        this.store = store;
        this.settings = settings;
        this.listUrl = listUrl;
        this.sortable = sortable;
    }

    /** Answers the list call; {@code filter} holds the resource-specific filters. */
    EmulatorResponse answer(EmulatorRequest request, Predicate<ObjectNode> filter) {
        return answer(request, store.values(), filter);
    }

    /** Answers the list call over {@code records} only (an index already narrowed them, e.g. by email). */
    EmulatorResponse answer(EmulatorRequest request, java.util.Collection<ObjectNode> records,
            Predicate<ObjectNode> filter) {
        QueryParams q = request.query();
        int offset = integer(q, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = integer(q, "limit", settings.defaultLimit(), 0, settings.maxLimit());
        Predicate<ObjectNode> all = filter.and(dates(q, "createdAt")).and(dates(q, "updatedAt"));
        Comparator<ObjectNode> order = order(q.first("sort"));
        List<ObjectNode> matching = records.stream().filter(all).sorted(order).toList();
        ArrayNode items = Json.array();
        for (int i = offset; i < Math.min(matching.size(), (long) offset + limit); i++) {
            items.add(matching.get(i).deepCopy());
        }
        ObjectNode body = Json.object();
        body.set("items", items);
        body.put("totalCount", matching.size());
        ObjectNode links = body.putObject("links");
        links.put("self", listUrl + (request.rawQuery() == null ? "" : "?" + request.rawQuery()));
        if (limit > 0 && (long) offset + limit < matching.size()) {
            links.put("next", listUrl + "?" + withOffset(request.rawQuery(), offset + limit, limit));
        }
        return EmulatorResponse.json(200, body);
    }

    private Predicate<ObjectNode> dates(QueryParams q, String field) {
        Predicate<ObjectNode> p = o -> true;
        for (String raw : q.all(field)) {
            p = p.and(comparison(field, raw.trim()));
        }
        return p;
    }

    private Predicate<ObjectNode> comparison(String field, String raw) {
        String op = raw.startsWith(">=") || raw.startsWith("<=") ? raw.substring(0, 2)
                : raw.startsWith(">") || raw.startsWith("<") || raw.startsWith("=") ? raw.substring(0, 1) : "";
        String value = raw.substring(op.length()).trim();
        boolean inclusive = settings.inclusiveComparisons();
        Instant low;
        Instant high;
        try {
            low = RecordStore.parseInstant(value, false);
            high = RecordStore.parseInstant(value, true);
        } catch (DateTimeParseException e) {
            throw ApiErrors.badRequest("Invalid " + field + " filter: " + raw, field);
        }
        return o -> {
            Instant t = RecordStore.parseInstant(o.path(field).asText(), false);
            return switch (op) {
                case ">" -> inclusive ? !t.isBefore(low) : t.isAfter(high);
                case ">=" -> !t.isBefore(low);
                case "<" -> inclusive ? !t.isAfter(high) : t.isBefore(low);
                case "<=" -> !t.isAfter(high);
                default -> !t.isBefore(low) && !t.isAfter(high);
            };
        };
    }

    private Comparator<ObjectNode> order(String sort) {
        Comparator<ObjectNode> order = null;
        if (sort != null && !sort.isBlank()) {
            for (String part : sort.split(",")) {
                String p = part.trim();
                boolean desc = p.startsWith("-");
                String field = desc ? p.substring(1) : p.startsWith("+") ? p.substring(1) : p;
                if (!sortable.contains(field)) {
                    throw ApiErrors.badRequest("Invalid sort field: " + field + " (one of " + sortable + ")", "sort");
                }
                Comparator<ObjectNode> c = Comparator.comparing(o -> sortKey(o, field));
                c = desc ? c.reversed() : c;
                order = order == null ? c : order.thenComparing(c);
            }
        }
        Comparator<ObjectNode> byId = Comparator.comparingLong(o -> o.path(store.idField()).asLong());
        return order == null ? byId : order.thenComparing(byId);
    }

    /**
     * A string that orders like the field: stored timestamps are normalised ISO instants of one length, so they
     * sort as text; numbers are zero-padded; text ignores case.
     */
    private static String sortKey(ObjectNode o, String field) {
        JsonNode v = o.path(field);
        return v.isNumber() ? String.format(Locale.ROOT, "%020d", v.asLong()) : v.asText("").toLowerCase(Locale.ROOT);
    }

    private static int integer(QueryParams q, String name, int fallback, int min, int max) {
        String v = q.first(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw ApiErrors.badRequest(name + " must be between " + min + " and " + max, name);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiErrors.badRequest(name + " must be an integer", name);
        }
    }

    /** The raw query with {@code offset} replaced and {@code limit} made explicit. */
    static String withOffset(String rawQuery, int offset, int limit) {
        List<String> kept = new ArrayList<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith("offset=") && !pair.equals("offset")
                        && !pair.startsWith("limit=")) {
                    kept.add(pair);
                }
            }
        }
        kept.add("offset=" + offset);
        kept.add("limit=" + limit);
        return String.join("&", kept);
    }
}
