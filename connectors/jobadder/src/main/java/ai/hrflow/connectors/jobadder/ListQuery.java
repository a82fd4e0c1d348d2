package ai.hrflow.connectors.jobadder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query of one list call: filters (names as JobAdder spells them, repeatable, e.g. {@code updatedAt} twice
 * for a range), {@code sort}, {@code offset} and {@code limit}. Immutable; each {@code with...} returns a copy.
 *
 * @param sort null for the API's default order
 */
public record ListQuery(Map<String, List<String>> filters, String sort, int offset, int limit) {
    /** JobAdder's default page size; it accepts up to 1000, which makes fewer but much larger answers. */
    public static final int DEFAULT_LIMIT = 100;

    public ListQuery {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        filters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        filters = Collections.unmodifiableMap(copy);
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
    }

    public static ListQuery of(int limit) {
        return new ListQuery(Map.of(), null, 0, limit);
    }

    /** Adds a value to a filter (a null value is ignored). */
    public ListQuery with(String name, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        Map<String, List<String>> next = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(next.getOrDefault(name, List.of()));
        values.add(value);
        next.put(name, values);
        return new ListQuery(next, sort, offset, limit);
    }

    /** Replaces every value of a filter; null removes it. */
    public ListQuery replacing(String name, String value) {
        Map<String, List<String>> next = new LinkedHashMap<>(filters);
        next.remove(name);
        return new ListQuery(next, sort, offset, limit).with(name, value);
    }

    public ListQuery sortedBy(String sortSpec) {
        return new ListQuery(filters, sortSpec, offset, limit);
    }

    public ListQuery atOffset(int newOffset) {
        return new ListQuery(filters, sort, newOffset, limit);
    }
}
