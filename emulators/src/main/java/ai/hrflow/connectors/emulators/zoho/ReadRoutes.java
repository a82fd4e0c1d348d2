package ai.hrflow.connectors.emulators.zoho;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorRequest;
import ai.hrflow.connectors.emulators.server.EmulatorResponse;
import ai.hrflow.connectors.emulators.server.QueryParams;
import ai.hrflow.connectors.emulators.server.Router;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** {@code GET} on the Records API: list (§3.1), one record (§3.2), deleted records (§3.3), search (§3.4). */
final class ReadRoutes {
    private static final String BASE = "/recruit/v2/{module}";

    private final ZohoOrg org;
    private final RecruitGate gate;

    ReadRoutes(ZohoOrg org, RecruitGate gate) {
        this.org = org;
        this.gate = gate;
    }

    /** Literal sub-paths first: the router tries routes in order and {@code {id}} would match them. */
    void register(Router router) {
        router.get(BASE + "/deleted", gate.guard(RecruitOperation.DELETED, this::deleted));
        router.get(BASE + "/search", gate.guard(RecruitOperation.SEARCH, this::search));
        router.get(BASE, gate.guard(RecruitOperation.LIST, this::list));
        router.get(BASE + "/{id}", gate.guard(RecruitOperation.GET, this::one));
    }

    private EmulatorResponse list(EmulatorRequest req, RecordStore store) {
        QueryParams q = req.query();
        ListQuery.checkFlag(q, "include_child");
        ListQuery.checkDigits(q, "cvid");
        ListQuery.checkDigits(q, "territory_id");
        ListQuery.Filter filter = ListQuery.filter(req, true);
        int page = ListQuery.page(q);
        int perPage = ListQuery.perPage(q, org.settings);
        Set<String> fields = ListQuery.fields(q);
        List<StoredRecord> rows = ListQuery.rows(store, filter, q.first("sort_by"), q.first("sort_order"));
        List<ObjectNode> data = ListQuery.slice(rows, page, perPage).stream().map(r -> store.render(r, fields)).toList();
        return ListQuery.answer(data, rows.size(), page, perPage, filter.since() != null);
    }

    private EmulatorResponse one(EmulatorRequest req, RecordStore store) {
        String id = req.pathVariable("id");
        StoredRecord r = RecordWriter.isId(id) ? store.get(id) : null;
        if (r == null) {
            if (org.settings.unknownRecord() == ZohoSettings.UnknownRecord.NO_CONTENT) {
                return EmulatorResponse.empty(204);
            }
            throw ZohoErrors.error(400, "INVALID_DATA", "the related id given seems to be invalid",
                    Json.object().put("id", id));
        }
        ObjectNode body = Json.object();
        body.putArray("data").add(store.render(r, null));
        return EmulatorResponse.json(200, body);
    }

    private EmulatorResponse deleted(EmulatorRequest req, RecordStore store) {
        QueryParams q = req.query();
        String type = q.firstOr("type", "all");
        if (!type.equals("all") && !type.equals("recycle") && !type.equals("permanent")) {
            throw ZohoErrors.invalidParam("type", "invalid data");
        }
        Long since = ListQuery.since(req);
        int page = ListQuery.page(q);
        int perPage = ListQuery.perPage(q, org.settings);
        List<DeletedRecord> rows = store.deleted().stream()
                .filter(d -> type.equals("all") || d.type().equals(type))
                .filter(d -> since == null || d.deletedTime() > since).toList();
        List<ObjectNode> data = ListQuery.slice(rows, page, perPage).stream()
                .map(d -> d.render(org.settings.timeZone())).toList();
        return ListQuery.answer(data, rows.size(), page, perPage, since != null);
    }

    /** Scans the module: searches are rare next to lists, and no index could serve {@code word}. */
    private EmulatorResponse search(EmulatorRequest req, RecordStore store) {
        QueryParams q = req.query();
        Predicate<ObjectNode> match = matcher(q, store);
        ListQuery.Filter filter = new ListQuery.Filter(false, triState(q, "converted", "false"),
                triState(q, "approved", "true"), null);
        int page = ListQuery.page(q);
        int perPage = ListQuery.perPage(q, org.settings);
        List<ObjectNode> found = new ArrayList<>();
        for (StoredRecord r : store.live()) {
            if (filter.test(r)) {
                ObjectNode rendered = store.render(r, null);
                if (match.test(rendered)) {
                    found.add(rendered);
                }
            }
        }
        return ListQuery.answer(ListQuery.slice(found, page, perPage), found.size(), page, perPage, false);
    }

    /** Precedence criteria &gt; email &gt; phone &gt; word, as documented. */
    private static Predicate<ObjectNode> matcher(QueryParams q, RecordStore store) {
        String criteria = q.first("criteria");
        if (criteria != null && !criteria.isBlank()) {
            return Criteria.parse(criteria, store.schema);
        }
        String email = q.first("email");
        if (email != null && !email.isBlank()) {
            return r -> email.equalsIgnoreCase(r.path("Email").asText()) || email.equalsIgnoreCase(r.path("Secondary_Email").asText());
        }
        String phone = digits(q.first("phone"));
        if (!phone.isEmpty()) {
            return r -> List.of("Phone", "Mobile", "Fax").stream().anyMatch(f -> phone.equals(digits(r.path(f).asText(null))));
        }
        String word = q.first("word");
        if (word != null && !word.isBlank()) {
            String w = word.trim().toLowerCase(Locale.ROOT);
            return r -> anyTextContains(r, w);
        }
        throw ZohoErrors.error(400, "MANDATORY_NOT_FOUND", "required param not found",
                Json.object().put("param_name", "criteria"));
    }

    private static boolean anyTextContains(ObjectNode record, String word) {
        for (JsonNode v : record) {
            if (v.isTextual() && v.asText().toLowerCase(Locale.ROOT).contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String digits(String s) {
        return s == null ? "" : s.replaceAll("\\D", "");
    }

    private static String triState(QueryParams q, String name, String fallback) {
        String v = q.firstOr(name, fallback);
        if (!v.equals("true") && !v.equals("false") && !v.equals("both")) {
            throw ZohoErrors.invalidParam(name, "invalid data");
        }
        return v;
    }
}
