package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.UnexpectedResponseException;
import ai.hrflow.connectors.api.http.AccessTokenSource;
import ai.hrflow.connectors.api.http.ApiClient;
import ai.hrflow.connectors.api.http.ApiRequest;
import ai.hrflow.connectors.api.http.ApiResponse;
import ai.hrflow.connectors.api.http.Urls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Zoho Recruit Records API v2 (contract §3): list, get, deleted records, and bulk insert, update, upsert and
 * delete with one {@link RecordResult} per record, in the order sent. Retries, the rate of calls, the access
 * token and its one refresh on 401 belong to the {@link ApiClient} and the token source; this class knows the
 * endpoints, their parameters and their answers (204 = no records, 304 = nothing modified, per-record errors
 * inside 200/201/202/207/400).
 *
 * <p>Thread-safe; one per run, shared by the writer threads.
 */
public final class ZohoRecruitClient {
    /** Records per insert, update, upsert or delete call (Zoho's limit). */
    public static final int MAX_BATCH = 100;

    // Zoho writes date-times with a numeric offset and no fraction; the header takes the same form
    private static final DateTimeFormatter ZOHO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private final ApiClient http;
    private final AccessTokenSource tokens;
    private final String baseUrl;

    /**
     * @param baseUrl {@code <recruit host>/recruit/v2}, after endpoint overrides
     */
    public ZohoRecruitClient(ApiClient http, AccessTokenSource tokens, String baseUrl) {
        this.http = Objects.requireNonNull(http, "http");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    }

    /** {@code If-Modified-Since} value: Zoho's own date-time form, in UTC. */
    static String zohoTime(Instant instant) {
        return ZOHO_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    private ApiRequest.Builder request(ApiRequest.Builder builder) {
        return builder.tokenSource(tokens);
    }

    private String url(String module, String... more) {
        StringBuilder path = new StringBuilder(Urls.join(baseUrl, Urls.pathSegment(module)));
        for (String segment : more) {
            path.append('/').append(Urls.pathSegment(segment));
        }
        return path.toString();
    }

    /**
     * One page of {@code GET /{module}}.
     *
     * @param page 1-based
     * @param modifiedSince sent as {@code If-Modified-Since} (records modified after it); null for none
     */
    public RecordsPage list(String module, ListQuery query, int page, Instant modifiedSince) {
        ApiRequest.Builder request = request(ApiRequest.get(url(module)));
        query.applyTo(request);
        request.query("page", page).query("per_page", ListQuery.PER_PAGE);
        if (modifiedSince != null) {
            request.header("If-Modified-Since", zohoTime(modifiedSince));
        }
        return page(http.send(request.build()));
    }

    /**
     * One page of {@code GET /{module}/deleted}.
     *
     * @param type {@code all}, {@code recycle} or {@code permanent}
     * @param deletedSince sent as {@code If-Modified-Since}; null for none
     */
    public RecordsPage deleted(String module, String type, int page, Instant deletedSince) {
        ApiRequest.Builder request = request(ApiRequest.get(url(module, "deleted")))
                .query("type", type).query("page", page).query("per_page", ListQuery.PER_PAGE);
        if (deletedSince != null) {
            request.header("If-Modified-Since", zohoTime(deletedSince));
        }
        return page(http.send(request.build()));
    }

    /** {@code GET /{module}/{id}}: the full record, or empty when Zoho has no such live record. */
    public Optional<ObjectNode> get(String module, String id) {
        ApiResponse response = http.send(request(ApiRequest.get(url(module, id))).build());
        if (response.status() == 204 || response.status() == 400 && "INVALID_DATA".equals(code(response))) {
            return Optional.empty(); // both answers are seen for an unknown id (contract §3.2)
        }
        JsonNode first = response.requireSuccess().json().path("data").path(0);
        return first.isObject() ? Optional.of((ObjectNode) first) : Optional.empty();
    }

    private static RecordsPage page(ApiResponse response) {
        Instant serverTime = serverTime(response);
        if (response.status() == 204 || response.status() == 304) {
            return RecordsPage.empty(serverTime);
        }
        JsonNode body = response.requireSuccess().json();
        JsonNode data = body.path("data");
        if (!data.isArray()) {
            throw unexpected(response, "has no data array");
        }
        List<ObjectNode> records = new ArrayList<>(data.size());
        for (JsonNode record : data) {
            if (record.isObject()) {
                records.add((ObjectNode) record);
            }
        }
        return new RecordsPage(records, body.path("info").path("more_records").asBoolean(false), serverTime);
    }

    /** {@code POST /{module}}: each record is created or refused on its own. */
    public List<RecordResult> insert(String module, List<ObjectNode> records) {
        // not idempotent: a lost answer is not replayed (Zoho's Email duplicate check would refuse it anyway)
        return bulk(ApiRequest.post(url(module)), records);
    }

    /** {@code PUT /{module}}: each record carries its {@code id}; only the fields sent change. */
    public List<RecordResult> update(String module, List<ObjectNode> records) {
        return bulk(ApiRequest.put(url(module)), records);
    }

    /** {@code POST /{module}/upsert}: update the record matching {@code duplicateCheckFields}, else insert. */
    public List<RecordResult> upsert(String module, List<ObjectNode> records, List<String> duplicateCheckFields) {
        ApiRequest.Builder request = ApiRequest.post(url(module, "upsert")).idempotent(true);
        return bulk(request, records, body -> {
            ArrayNode fields = body.putArray("duplicate_check_fields");
            duplicateCheckFields.forEach(fields::add);
        });
    }

    /**
     * {@code DELETE /{module}?ids=...}: records go to the recycle bin.
     *
     * @param wfTrigger whether workflow rules run; null for Zoho's default (true)
     */
    public List<RecordResult> delete(String module, List<String> ids, Boolean wfTrigger) {
        checkSize(ids.size());
        ApiRequest.Builder request = request(ApiRequest.delete(url(module))).query("ids", String.join(",", ids))
                .query("wf_trigger", wfTrigger == null ? null : wfTrigger ? "true" : "false");
        return results(http.send(request.build()), ids.size());
    }

    private List<RecordResult> bulk(ApiRequest.Builder builder, List<ObjectNode> records) {
        return bulk(builder, records, body -> { });
    }

    private List<RecordResult> bulk(ApiRequest.Builder builder, List<ObjectNode> records,
            java.util.function.Consumer<ObjectNode> extra) {
        checkSize(records.size());
        ObjectNode body = Json.object();
        ArrayNode data = body.putArray("data");
        records.forEach(data::add);
        extra.accept(body);
        return results(http.send(request(builder).jsonBody(body).build()), records.size());
    }

    private static void checkSize(int size) {
        if (size < 1 || size > MAX_BATCH) {
            throw new IllegalArgumentException("Zoho takes 1 to " + MAX_BATCH + " records a call, got " + size);
        }
    }

    /**
     * Per-record results of a write. A 400 carrying one result per record is a batch in which every record
     * failed; a 400 without them (too many records, bad body) fails the whole call.
     */
    private static List<RecordResult> results(ApiResponse response, int sent) {
        JsonNode data = response.status() == 400 || response.isSuccess()
                ? response.json().path("data") : null;
        if (data == null || !data.isArray() || data.size() != sent) {
            response.requireSuccess();
            throw unexpected(response, "does not carry one result per record (" + sent + " sent)");
        }
        List<RecordResult> out = new ArrayList<>(sent);
        data.forEach(node -> out.add(RecordResult.from(node)));
        return out;
    }

    private static String code(ApiResponse response) {
        try {
            return response.json().path("code").asText("");
        } catch (UnexpectedResponseException notJson) {
            return "";
        }
    }

    private static Instant serverTime(ApiResponse response) {
        return response.header("Date").map(value -> {
            try {
                return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }).orElse(null);
    }

    private static UnexpectedResponseException unexpected(ApiResponse response, String what) {
        return new UnexpectedResponseException(response.call().describe() + " answered HTTP " + response.status()
                + " with a body that " + what + ": check that zoho_accounts_url is the account's data center."
                + " Response: " + response.bodyExcerpt(), response.call(), null);
    }
}
