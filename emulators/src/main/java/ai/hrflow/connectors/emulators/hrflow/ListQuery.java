package ai.hrflow.connectors.emulators.hrflow;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.QueryParams;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The parameters of a searching or storing list call, validated. {@link Selection} is the part that decides
 * which objects and in what order (the cache key); page and limit only cut the result.
 */
record ListQuery(Selection selection, int page, int limit, boolean fullObjects) {

    /**
     * Which objects, in which order. The min/max bounds are epoch seconds, inclusive, and
     * {@code Long.MIN_VALUE}/{@code Long.MAX_VALUE} when open.
     */
    record Selection(Kind kind, List<String> containers, long createdMin, long createdMax, long updatedMin,
            long updatedMax, boolean byUpdatedAt, boolean ascending, boolean includeArchived, boolean searchableOnly,
            String key, String reference) {

        boolean accepts(StoredObject o) {
            return (includeArchived || !o.archived())
                    && (!searchableOnly || o.searchable())
                    && o.createdAt() >= createdMin && o.createdAt() <= createdMax
                    && o.updatedAt() >= updatedMin && o.updatedAt() <= updatedMax
                    && (key == null || key.equals(o.key()))
                    && (reference == null || reference.equals(o.reference()));
        }

        /** By the sort date, ties broken by id so pages never overlap or skip; desc reverses both. */
        Comparator<StoredObject> order() {
            Comparator<StoredObject> c = Comparator
                    .comparingLong((StoredObject o) -> byUpdatedAt ? o.updatedAt() : o.createdAt())
                    .thenComparingLong(StoredObject::id);
            return ascending ? c : c.reversed();
        }
    }

    /**
     * Reads and checks the query.
     *
     * @param searching {@code /…/searching} (eligibility may apply, archived always hidden) vs {@code /storing/…}
     * @throws ai.hrflow.connectors.emulators.server.EmulatorError 400 on any invalid parameter
     */
    static ListQuery parse(Kind kind, QueryParams q, boolean searching, HrFlowSettings settings) {
        List<String> containers = keys(kind, q.first(kind.containerKeysParam()));
        int page = integer(q, "page", 1);
        int limit = integer(q, "limit", 30);
        if (page < 1) {
            throw Envelope.badParameters("page must be >= 1");
        }
        if (limit < 1 || limit > settings.maxLimit()) {
            throw Envelope.badParameters("limit must be between 1 and " + settings.maxLimit());
        }
        String sortBy = q.firstOr("sort_by", "created_at");
        String orderBy = q.firstOr("order_by", "desc");
        if (!orderBy.equals("asc") && !orderBy.equals("desc")) {
            throw Envelope.badParameters("order_by must be asc or desc");
        }
        boolean includeArchived = !searching && settings.storingIncludesArchived();
        boolean searchableOnly = searching && kind == Kind.PROFILE && settings.searchingEligibility();
        Selection selection = new Selection(kind, containers,
                bound(q, "created_at_min", Long.MIN_VALUE, Timestamps::parse),
                bound(q, "created_at_max", Long.MAX_VALUE, Timestamps::parseUpperBound),
                bound(q, "updated_at_min", Long.MIN_VALUE, Timestamps::parse),
                bound(q, "updated_at_max", Long.MAX_VALUE, Timestamps::parseUpperBound),
                // Other documented sorts (location, searching, scoring) have no meaning here: creation order.
                sortBy.equals("updated_at"), orderBy.equals("asc"), includeArchived, searchableOnly,
                searching ? null : q.first("key"), searching ? null : q.first("reference"));
        boolean full = searching || HrFlowBackend.flag(q.first(kind.returnParam), false, kind.returnParam);
        return new ListQuery(selection, page, limit, full);
    }

    /** {@code source_keys=["k1","k2"]}: a JSON array of strings in one parameter, as the SDK sends it. */
    private static List<String> keys(Kind kind, String raw) {
        String name = kind.containerKeysParam();
        if (raw == null || raw.isBlank()) {
            throw Envelope.badParameters(name + " is required");
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(raw);
        } catch (IOException e) {
            node = null;
        }
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw Envelope.badParameters(name + " must be a non-empty JSON list of strings, got: " + raw);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode k : node) {
            if (!k.isTextual()) {
                throw Envelope.badParameters(name + " must be a non-empty JSON list of strings, got: " + raw);
            }
            out.add(k.asText());
        }
        // A key listed twice must not list its objects twice.
        return List.copyOf(new java.util.LinkedHashSet<>(out));
    }

    private static int integer(QueryParams q, String name, int fallback) {
        String v = q.first(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw Envelope.badParameters(name + " must be an integer: " + v);
        }
    }

    private static long bound(QueryParams q, String name, long open, Function<String, Long> parser) {
        String v = q.first(name);
        if (v == null || v.isBlank()) {
            return open;
        }
        try {
            return parser.apply(v);
        } catch (DateTimeParseException e) {
            throw Envelope.badParameters(name + ": invalid date '" + v + "'");
        }
    }
}
