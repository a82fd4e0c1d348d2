package ai.hrflow.connectors.jobadder;

import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.errors.CredentialsException;
import ai.hrflow.connectors.api.errors.FieldError;
import ai.hrflow.connectors.api.errors.NotFoundException;
import ai.hrflow.connectors.api.errors.UnexpectedResponseException;
import ai.hrflow.connectors.api.http.ApiClient;
import ai.hrflow.connectors.api.http.ApiRequest;
import ai.hrflow.connectors.api.http.ApiResponse;
import ai.hrflow.connectors.api.http.OAuth2TokenManager;
import ai.hrflow.connectors.api.http.Urls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JobAdder API v2 for one run ({@code api/jobadder.md} §2-4): list (offset/limit, filters, {@code links.next}),
 * get, create and update candidates; list and get jobs. Built by {@link JobAdderConnection}; thread-safe.
 *
 * <p>The API base URL is the {@code api} field of the token response (each account has its own), read once
 * the first token is obtained, then passed through the run's endpoint overrides. Retries, {@code Retry-After},
 * 429 and the one token refresh on 401 are the {@link ApiClient}'s; a POST is never replayed by it when its
 * outcome is unknown (see {@link CandidateWriter} for how a lost create is recovered without a duplicate).
 *
 * <p>Errors: 409 on create is a {@link DuplicateCandidateException} naming the existing candidate and carrying
 * the duplicate-override code; 422 (the official spec) and 400 (the contract) are {@code ValidationException}s
 * carrying each refused field of the {@code errors[]} body (read as {@code field} or {@code fields[]}, both
 * shapes exist).
 */
public final class JobAdderClient {
    /** Used only when a token response lacks {@code api}, which the contract says it always has. */
    static final String FALLBACK_API = "https://api.jobadder.com/v2";
    private static final Logger LOG = LoggerFactory.getLogger(JobAdderClient.class);

    private final ApiClient http;
    private final OAuth2TokenManager tokens;
    private final UnaryOperator<String> resolve;
    private volatile String apiBase;

    JobAdderClient(ApiClient http, OAuth2TokenManager tokens, UnaryOperator<String> resolve) {
        this.http = http;
        this.tokens = tokens;
        this.resolve = resolve;
    }

    /** The account's API base, e.g. {@code https://api.jobadder.com/v2}, after endpoint overrides. */
    public String apiBase() {
        String base = apiBase;
        if (base == null) {
            String api = tokens.grantField("api").orElse(null);
            if (api == null || api.isBlank()) {
                LOG.warn("The JobAdder token response has no 'api' field; using {}", FALLBACK_API);
                api = FALLBACK_API;
            }
            base = resolve.apply(api.replaceAll("/+$", ""));
            URI uri = URI.create(base);
            boolean loopback = "127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost());
            if (!"https".equals(uri.getScheme()) && !loopback) {
                throw new CredentialsException("The JobAdder token response names the API at " + base
                        + ", which is not https: access tokens are not sent there. Check the authorization_url.");
            }
            apiBase = base;
        }
        return base;
    }

    /** One page of a collection. */
    public ListPage list(JobAdderResource resource, ListQuery query) {
        ApiRequest.Builder request = ApiRequest.get(url(resource.path())).tokenSource(tokens)
                .query("offset", query.offset()).query("limit", query.limit()).query("sort", query.sort());
        query.filters().forEach(request::queryAll);
        return page(http.sendExpectingSuccess(request.build()));
    }

    /**
     * The page {@code links.next} names. The link must stay on the API's host: a bearer token is never sent
     * to a URL the API's answer could point anywhere.
     */
    public ListPage next(ListPage page) {
        if (!page.hasNext()) {
            throw new IllegalStateException("the page has no next link");
        }
        String next = resolve.apply(page.next());
        if (!sameOrigin(next, apiBase())) {
            throw new ConnectorException("JobAdder's links.next points outside the API (" + next
                    + "); stopping rather than sending the access token there.");
        }
        return page(http.sendExpectingSuccess(ApiRequest.get(next).tokenSource(tokens).build()));
    }

    public Optional<ObjectNode> get(JobAdderResource resource, long id) {
        ApiResponse response = http.send(ApiRequest.get(url(resource.path() + "/" + id)).tokenSource(tokens).build());
        if (response.status() == 404) {
            return Optional.empty();
        }
        JsonNode body = response.requireSuccess().json();
        return body.isObject() ? Optional.of((ObjectNode) body) : Optional.empty();
    }

    /** Every candidate with this email (case as JobAdder matches it), all pages. */
    public List<ObjectNode> candidatesWithEmail(String email) {
        List<ObjectNode> out = new ArrayList<>();
        ListPage page = list(JobAdderResource.CANDIDATES, ListQuery.of(ListQuery.DEFAULT_LIMIT).with("email", email));
        out.addAll(page.items());
        while (page.hasNext() && !page.items().isEmpty()) {
            page = next(page);
            out.addAll(page.items());
        }
        return out;
    }

    /**
     * Creates a candidate ({@code POST /candidates}); returns it as JobAdder stored it (with
     * {@code candidateId}).
     *
     * @param overrideCode sent as {@code X-Allow-Duplicates}: the duplicate-override code of an earlier 409 for
     *     this candidate ({@link DuplicateCandidateException#overrideCode()}); null for a plain create. JobAdder's
     *     spec describes the header's value as that code, not a boolean (the reference sent {@code True}).
     * @throws DuplicateCandidateException 409: a candidate with this email exists (carrying the override code)
     * @throws ai.hrflow.connectors.api.errors.ValidationException 400/422, with the refused fields
     * @throws ai.hrflow.connectors.api.errors.TransportException no answer: the outcome is unknown
     * @throws ai.hrflow.connectors.api.errors.ServerException 5xx: the outcome is unknown (not replayed)
     */
    public ObjectNode createCandidate(ObjectNode body, String overrideCode) {
        ApiRequest.Builder request = ApiRequest.post(url("candidates")).tokenSource(tokens).jsonBody(body);
        if (overrideCode != null) {
            request.header("X-Allow-Duplicates", overrideCode);
        }
        ApiResponse response = http.send(request.build());
        if (response.status() == 409) {
            throw duplicate(response);
        }
        // 201 per the contract; any 2xx is a success (the reference's "200 only" reported every create as failed)
        JsonNode created = response.requireSuccess(JobAdderClient::fieldErrors).json();
        if (!created.isObject() || !created.path("candidateId").canConvertToLong()) {
            throw new UnexpectedResponseException("JobAdder answered HTTP " + response.status() + " to a candidate"
                    + " create without the new candidateId; check in JobAdder whether it was created.",
                    response.call(), null);
        }
        return (ObjectNode) created;
    }

    /**
     * Updates a candidate ({@code PUT /candidates/{id}}): the given fields replace the stored ones (JobAdder
     * answers 200 with an empty body).
     *
     * @throws NotFoundException no such candidate
     * @throws ai.hrflow.connectors.api.errors.ValidationException 400/422, with the refused fields
     */
    public void updateCandidate(long candidateId, ObjectNode body) {
        http.send(ApiRequest.put(url("candidates/" + candidateId)).tokenSource(tokens).jsonBody(body).build())
                .requireSuccess(JobAdderClient::fieldErrors);
    }

    private String url(String path) {
        return Urls.join(apiBase(), path);
    }

    private static ListPage page(ApiResponse response) {
        JsonNode body = response.json();
        JsonNode items = body.path("items");
        if (!items.isArray()) {
            throw new UnexpectedResponseException(response.call().describe() + " answered without an items list;"
                    + " check the API URL. Response: " + response.bodyExcerpt(), response.call(), null);
        }
        List<ObjectNode> records = new ArrayList<>(items.size());
        items.forEach(i -> {
            if (i.isObject()) {
                records.add((ObjectNode) i);
            }
        });
        JsonNode next = body.path("links").path("next");
        return new ListPage(records, body.path("totalCount").asLong(records.size()),
                next.isTextual() && !next.asText().isBlank() ? next.asText() : null, serverTime(response));
    }

    /** The refused fields of a 400/422 body: {@code errors[]} items with {@code field} or {@code fields[]}. */
    static List<FieldError> fieldErrors(ApiResponse response) {
        JsonNode body = response.json();
        List<FieldError> out = new ArrayList<>();
        for (JsonNode e : body.path("errors")) {
            List<String> names = new ArrayList<>();
            e.path("fields").forEach(f -> names.add(f.asText()));
            if (names.isEmpty() && e.hasNonNull("field")) {
                names.add(e.get("field").asText());
            }
            out.add(new FieldError(String.join(",", names), e.path("message").asText(e.path("code").asText(""))));
        }
        if (out.isEmpty() && body.hasNonNull("message")) {
            out.add(new FieldError("", body.get("message").asText()));
        }
        return out;
    }

    /**
     * The 409 as an exception. The override code is read from the answer's {@code X-Allow-Duplicates} header: the
     * spec says the code comes "from the header of an earlier 409 response" without naming that header, so the
     * request header's name is assumed (unverified).
     */
    private static DuplicateCandidateException duplicate(ApiResponse response) {
        Long existing = null;
        try {
            JsonNode id = response.json().path("candidateId");
            existing = id.canConvertToLong() ? id.asLong() : null;
        } catch (RuntimeException unreadable) {
            // the status alone says enough; the message below says the id is unknown
        }
        String code = response.header("X-Allow-Duplicates").map(String::trim).filter(c -> !c.isEmpty()).orElse(null);
        return new DuplicateCandidateException("JobAdder already has a candidate with this email"
                + (existing == null ? " (its answer did not say which)" : " (candidateId " + existing + ")")
                + ", so it refused to create another (HTTP 409)", existing, code);
    }

    private static boolean sameOrigin(String url, String base) {
        URI a = URI.create(url);
        URI b = URI.create(base);
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getRawAuthority() != null && a.getRawAuthority().toLowerCase(Locale.ROOT)
                        .equals(String.valueOf(b.getRawAuthority()).toLowerCase(Locale.ROOT));
    }

    private static Instant serverTime(ApiResponse response) {
        return response.header("Date").map(value -> {
            try {
                return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }).orElse(null);
    }
}
