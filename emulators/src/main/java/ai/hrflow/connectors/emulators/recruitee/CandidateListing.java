package ai.hrflow.connectors.emulators.recruitee;

import ai.hrflow.connectors.emulators.server.EmulatorError;
import ai.hrflow.connectors.emulators.server.QueryParams;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code GET /c/{company}/candidates}: the filters of the contract (3.1), {@code by_date} or
 * {@code by_last_message} order, and {@code offset}/{@code limit} paging; with neither of the two, every
 * candidate in one answer (as Recruitee does, to its own cost).
 */
final class CandidateListing {
    private final Instant createdAfter;
    private final Set<Long> ids;
    private final Long offerId;
    private final String query;
    private final boolean qualified;
    private final boolean disqualified;
    private final boolean withMessages;
    private final boolean byLastMessage;
    private final int offset;
    private final int limit;
    private final String key;

    CandidateListing(QueryParams q) {
        this.createdAfter = createdAfter(q.first("created_after"));
        this.ids = ids(q.first("ids"));
        String offer = q.first("offer_id");
        this.offerId = offer == null || offer.isBlank() ? null : number(offer, "offer_id");
        String text = q.first("query");
        this.query = text == null || text.isBlank() ? null : text.trim().toLowerCase(Locale.ROOT);
        this.qualified = flag(q.first("qualified"));
        this.disqualified = flag(q.first("disqualified"));
        this.withMessages = flag(q.first("with_messages")) || flag(q.first("with_my_messages"));
        this.byLastMessage = "by_last_message".equals(q.first("sort"));
        boolean paged = q.has("limit") || q.has("offset");
        this.offset = paged ? (int) Math.min(Integer.MAX_VALUE, orZero(q.first("offset"), "offset")) : 0;
        long lim = q.has("limit") ? orZero(q.first("limit"), "limit") : Integer.MAX_VALUE;
        this.limit = (int) Math.min(Integer.MAX_VALUE, lim);
        this.key = createdAfter + "|" + ids + "|" + offerId + "|" + query + "|" + qualified + disqualified
                + withMessages + byLastMessage;
    }

    /** Booleans count only as the documented {@code true} or {@code 1}; {@code True} is "not set". */
    static boolean flag(String value) {
        return "true".equals(value) || "1".equals(value);
    }

    List<StoredCandidate> page(Company company) {
        List<StoredCandidate> all = company.list(key, filter());
        if (byLastMessage) {
            List<StoredCandidate> sorted = new ArrayList<>(all);
            sorted.sort(Comparator.comparing(CandidateListing::lastMessage,
                    Comparator.nullsLast(Comparator.reverseOrder())));
            all = sorted;
        }
        if (offset >= all.size()) {
            return List.of();
        }
        return all.subList(offset, (int) Math.min(all.size(), (long) offset + limit));
    }

    private Predicate<StoredCandidate> filter() {
        return c -> (createdAfter == null || c.createdAt().isAfter(createdAfter))
                && (ids == null || ids.contains(c.id()))
                && (offerId == null || placements(c, p -> p.path("offer_id").asLong() == offerId))
                && (query == null || c.doc().path("name").asText().toLowerCase(Locale.ROOT).contains(query))
                && (!qualified || placements(c, p -> p.path("disqualified_at").isNull()))
                && (!disqualified || placements(c, p -> !p.path("disqualified_at").isNull()))
                && (!withMessages || !c.doc().path("last_message_at").isNull());
    }

    private static boolean placements(StoredCandidate c, Predicate<JsonNode> test) {
        for (JsonNode p : c.doc().path("placements")) {
            if (test.test(p)) {
                return true;
            }
        }
        return false;
    }

    private static String lastMessage(StoredCandidate c) {
        JsonNode v = c.doc().path("last_message_at");
        return v.isTextual() ? v.asText() : null;
    }

    private static Instant createdAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RecruiteeTime.parse(value);
        } catch (IllegalArgumentException e) {
            throw RecruiteeErrors.unprocessable(List.of("created_after: is invalid (" + value + ")"));
        }
    }

    private static Set<Long> ids(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Set<Long> out = new HashSet<>();
        for (String part : value.split(",")) {
            if (part.trim().matches("\\d{1,18}")) {
                out.add(Long.parseLong(part.trim()));
            }
        }
        return out;
    }

    private static long orZero(String value, String name) {
        return value == null || value.isBlank() ? 0 : number(value, name);
    }

    private static long number(String value, String name) {
        if (!value.trim().matches("\\d{1,18}")) {
            throw new EmulatorError(400, name + ": must be a non-negative integer, got " + value);
        }
        return Long.parseLong(value.trim());
    }
}
