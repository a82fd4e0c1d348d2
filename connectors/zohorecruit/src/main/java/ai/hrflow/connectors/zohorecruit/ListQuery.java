package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.http.ApiRequest;
import ai.hrflow.connectors.api.params.Parameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The filters and sort of a list call ({@code GET /recruit/v2/{module}}, contract §3.1), as given in the pull
 * parameters. Booleans go out lower-case ({@code include_child=true}): the reference sent Python's
 * {@code True}, which Zoho does not read. {@code state} goes out as {@code $state}.
 *
 * @param fields API names to return; empty for all
 * @param sortBy null for Zoho's default order
 * @param sortOrder {@code asc}, {@code desc} or null
 */
public record ListQuery(List<String> fields, String sortBy, String sortOrder, Long cvid, Long territoryId,
        Boolean includeChild, String state, String converted, String approved) {

    /** Zoho's page size limit; the reference left the server's default, which is the same. */
    public static final int PER_PAGE = 200;

    public ListQuery {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** No filter, Zoho's default order. */
    public static ListQuery all() {
        return new ListQuery(List.of(), null, null, null, null, null, null, null, null);
    }

    /** From the pull parameters of seed 002 ({@code fields, sort_order, sort_by, cvid, ...}). */
    public static ListQuery from(Parameters p) {
        return new ListQuery(split(p.string("fields")), blankToNull(p.string("sort_by")),
                blankToNull(p.string("sort_order")), p.integer("cvid"), p.integer("territory_id"),
                p.bool("include_child"), p.string("state"), p.string("converted"), p.string("approved"));
    }

    /** A copy sorted by {@code field} ascending (the incremental scans' order). */
    public ListQuery sortedAscendingBy(String field) {
        return new ListQuery(fields, field, "asc", cvid, territoryId, includeChild, state, converted, approved);
    }

    /** A copy whose projection also has {@code needed}, unless it already returns every field. */
    public ListQuery withFields(List<String> needed) {
        if (fields.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(fields);
        for (String field : needed) {
            if (!all.contains(field)) {
                all.add(field);
            }
        }
        return new ListQuery(all, sortBy, sortOrder, cvid, territoryId, includeChild, state, converted, approved);
    }

    /** Whether the user asked for an order of their own. */
    public boolean hasCustomSort() {
        return sortBy != null || sortOrder != null;
    }

    void applyTo(ApiRequest.Builder request) {
        if (!fields.isEmpty()) {
            request.query("fields", String.join(",", fields));
        }
        request.query("sort_by", sortBy).query("sort_order", sortOrder).query("cvid", cvid)
                .query("territory_id", territoryId)
                .query("include_child", includeChild == null ? null : includeChild.toString().toLowerCase(Locale.ROOT))
                .query("$state", state).query("converted", converted).query("approved", approved);
    }

    private static List<String> split(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        // the seed's own example writes "Last_Name, Email": tolerate the spaces
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
