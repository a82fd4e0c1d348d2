package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.http.ApiRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of a searching or storing list call ({@code /profiles/searching}, {@code /storing/profiles}
 * and their job twins). Immutable; build with {@link #builder(String...)}. Unset values are not sent, so the
 * API's defaults apply (page 1, limit 30, sorted by {@code created_at}).
 *
 * <p>Date bounds are inclusive. {@code updated_at_min/max} are not documented by HrFlow ([?] in the contract):
 * the emulator honours them, the real API may ignore them, which is why readers never rely on them alone.
 */
public final class HrFlowListQuery {
    private final List<String> containerKeys;
    private final Integer page;
    private final Integer limit;
    private final String sortBy;
    private final String orderBy;
    private final Map<String, String> dates;
    private final boolean returnObjects;
    private final Map<String, String> filters;

    private HrFlowListQuery(Builder b) {
        if (b.containerKeys.isEmpty()) {
            throw new IllegalArgumentException("a list call needs at least one source or board key");
        }
        this.containerKeys = List.copyOf(b.containerKeys);
        this.page = b.page;
        this.limit = b.limit;
        this.sortBy = b.sortBy;
        this.orderBy = b.orderBy;
        this.dates = Map.copyOf(b.dates);
        this.returnObjects = b.returnObjects;
        this.filters = Map.copyOf(b.filters);
    }

    /** @param containerKeys the source keys (profiles) or board keys (jobs) to list */
    public static Builder builder(String... containerKeys) {
        return new Builder(List.of(containerKeys));
    }

    public Builder toBuilder() {
        Builder b = new Builder(containerKeys);
        b.page = page;
        b.limit = limit;
        b.sortBy = sortBy;
        b.orderBy = orderBy;
        b.dates.putAll(dates);
        b.returnObjects = returnObjects;
        b.filters.putAll(filters);
        return b;
    }

    public List<String> containerKeys() {
        return containerKeys;
    }

    public Integer page() {
        return page;
    }

    public Integer limit() {
        return limit;
    }

    /** Adds this query's parameters to a request: lists as one JSON string, as the SDK sends them. */
    void applyTo(ApiRequest.Builder request, ObjectKind kind, boolean storing) {
        request.query(kind.containerKeys(), jsonString(Json.MAPPER.valueToTree(containerKeys)));
        request.query("page", page).query("limit", limit).query("sort_by", sortBy).query("order_by", orderBy);
        dates.forEach(request::query);
        filters.forEach(request::query);
        if (storing) {
            // The SDK sends Python booleans, which reach the wire as True/False.
            request.query(kind.returnParam(), returnObjects ? "True" : "False");
        }
    }

    static String jsonString(JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + node, e);
        }
    }

    @Override
    public String toString() {
        return "HrFlowListQuery" + containerKeys + "[page=" + page + ", limit=" + limit + ", sort_by=" + sortBy
                + ", order_by=" + orderBy + ", " + dates + ", filters=" + filters.keySet() + "]";
    }

    /** Collects a query's values; not thread-safe. */
    public static final class Builder {
        private final List<String> containerKeys;
        private Integer page;
        private Integer limit;
        private String sortBy;
        private String orderBy;
        private final Map<String, String> dates = new LinkedHashMap<>();
        private boolean returnObjects = true;
        private final Map<String, String> filters = new LinkedHashMap<>();

        private Builder(List<String> keys) {
            this.containerKeys = new ArrayList<>(keys);
            containerKeys.forEach(k -> Objects.requireNonNull(k, "container key"));
        }

        /** 1-based page. */
        public Builder page(int value) {
            this.page = value;
            return this;
        }

        public Builder limit(int value) {
            this.limit = value;
            return this;
        }

        /** {@code created_at}, {@code updated_at}, ... (searching also knows location and scoring sorts). */
        public Builder sortBy(String field) {
            this.sortBy = field;
            return this;
        }

        /** {@code asc} or {@code desc}. */
        public Builder orderBy(String order) {
            if (order != null && !order.equals("asc") && !order.equals("desc")) {
                throw new IllegalArgumentException("order_by is asc or desc: " + order);
            }
            this.orderBy = order;
            return this;
        }

        public Builder createdAtMin(Instant at) {
            return date("created_at_min", at);
        }

        public Builder createdAtMax(Instant at) {
            return date("created_at_max", at);
        }

        /** Not documented by HrFlow; see the class comment. */
        public Builder updatedAtMin(Instant at) {
            return date("updated_at_min", at);
        }

        /** Not documented by HrFlow; see the class comment. */
        public Builder updatedAtMax(Instant at) {
            return date("updated_at_max", at);
        }

        private Builder date(String name, Instant at) {
            if (at == null) {
                dates.remove(name);
            } else {
                // the API has second resolution: round an upper bound up so it never excludes `at` itself
                boolean roundUp = name.endsWith("_max") && at.getNano() != 0;
                dates.put(name, HrFlowTimes.format(roundUp ? at.plusSeconds(1) : at));
            }
            return this;
        }

        /** Storing lists only: whole objects (default) or just keys, references and dates. */
        public Builder returnObjects(boolean whole) {
            this.returnObjects = whole;
            return this;
        }

        /**
         * Any other documented filter ({@code name}, {@code email}, {@code stage}, {@code text_keywords},
         * {@code tags_included}, ...): text as is, JSON arrays and objects as one JSON string.
         */
        public Builder filter(String name, JsonNode value) {
            if (value == null || value.isNull()) {
                filters.remove(name);
            } else {
                filters.put(name, value.isValueNode() ? value.asText() : jsonString(value));
            }
            return this;
        }

        public Builder filter(String name, String value) {
            return filter(name, value == null ? null : Json.MAPPER.getNodeFactory().textNode(value));
        }

        public HrFlowListQuery build() {
            return new HrFlowListQuery(this);
        }
    }
}
