package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.FieldError;
import ai.hrflow.connectors.api.errors.UnexpectedResponseException;
import ai.hrflow.connectors.api.http.ApiClient;
import ai.hrflow.connectors.api.http.ApiClientSettings;
import ai.hrflow.connectors.api.http.ApiRequest;
import ai.hrflow.connectors.api.http.ApiResponse;
import ai.hrflow.connectors.api.http.Urls;
import ai.hrflow.connectors.api.spi.RunContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Recruitee ATS API as the connector uses it: candidates (list, get, create, update, delete) and offers (list,
 * get) of one company, with a personal API token. Built on {@link ApiClient}: 429 and 5xx retried with backoff
 * (honouring {@code Retry-After}) except a POST whose outcome is unknown, the token masked in every log and
 * message, typed exceptions ({@code AuthenticationException} for 401/403 is fatal).
 *
 * <p>A create is not idempotent on Recruitee's side: {@link #postCandidate} sends once; {@link CandidateCreator}
 * decides what to do when the outcome is unknown. Thread-safe.
 */
public final class RecruiteeClient {
    private final ApiClient api;
    private final String company;

    RecruiteeClient(ApiClient api, String companyId) {
        this.api = api;
        this.company = "/" + Urls.pathSegment(companyId);
    }

    /** A client for the account, its root rewritten by the run's endpoint overrides (tests, proxies). */
    public static RecruiteeClient open(RecruiteeAccount account, RunContext context) {
        return open(account, context, RecruiteeOptions.defaults().http());
    }

    /** With HTTP settings to start from (timeouts, attempts, rate limit); base URL and credentials are set here. */
    public static RecruiteeClient open(RecruiteeAccount account, RunContext context, ApiClientSettings http) {
        String root = context.endpoints().resolve(account.endpoint().url());
        ApiClientSettings settings = http.toBuilder().baseUrl(root)
                .defaultHeader("Authorization", "Bearer " + account.apiToken())
                .secret(account.apiToken()).userAgent("hrflow-connectors-java (recruitee)").build();
        return new RecruiteeClient(new ApiClient(settings), account.companyId());
    }

    /** The token owner ({@code GET /admin}): a cheap credentials check. */
    public ObjectNode admin() {
        return member(api.send(ApiRequest.get(company + "/admin").build()), "admin");
    }

    /** One page of candidate summaries (the list lacks detail-only keys such as {@code fields}). */
    public CandidatePage candidates(CandidateQuery query) {
        ApiRequest.Builder request = ApiRequest.get(company + "/candidates");
        query.applyTo(request);
        ApiResponse response = api.send(request.build());
        List<ObjectNode> items = elements(response, "candidates");
        JsonNode generated = response.json().path("generated_at");
        return new CandidatePage(items, generated.isTextual() ? generated.asText() : null);
    }

    /** The candidate's detail, or empty when Recruitee has no such candidate (404). */
    public Optional<ObjectNode> candidate(long id) {
        ApiResponse response = api.send(ApiRequest.get(company + "/candidates/" + id).build());
        if (response.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(member(response, "candidate"));
    }

    /**
     * Sends {@code POST /candidates} once, with {@code offers} only when there are some (the reference sent
     * {@code "offers": null}, which the API does not document). Returns the created candidate.
     *
     * @throws ai.hrflow.connectors.api.errors.ServerException or
     *     {@link ai.hrflow.connectors.api.errors.TransportException}: the outcome is unknown
     */
    public ObjectNode postCandidate(ObjectNode candidate, List<Long> offers) {
        ObjectNode body = Json.object();
        body.set("candidate", candidate);
        if (offers != null && !offers.isEmpty()) {
            offers.forEach(body.putArray("offers")::add);
        }
        return member(api.send(ApiRequest.post(company + "/candidates").jsonBody(body).build()), "candidate");
    }

    /** {@code PATCH /candidates/{id}} with the given keys; a 404 is a {@code NotFoundException}. */
    public ObjectNode updateCandidate(long id, ObjectNode fields) {
        ObjectNode body = Json.object();
        body.set("candidate", fields);
        return member(api.send(ApiRequest.patch(company + "/candidates/" + id).jsonBody(body).build()), "candidate");
    }

    /** {@code DELETE /candidates/{id}}: true when deleted now, false when Recruitee had no such candidate. */
    public boolean deleteCandidate(long id) {
        ApiResponse response = api.send(ApiRequest.delete(company + "/candidates/" + id).build());
        if (response.status() == 404) {
            return false;
        }
        response.requireSuccess(RecruiteeClient::fieldErrors);
        return true;
    }

    /** Every offer matching the filters (the API does not page offers). */
    public List<ObjectNode> offers(String kind, String scope, String viewMode) {
        ApiRequest.Builder request = ApiRequest.get(company + "/offers").query("kind", kind).query("scope", scope)
                .query("view_mode", viewMode);
        return elements(api.send(request.build()), "offers");
    }

    /** The offer's detail, or empty when there is none (404). */
    public Optional<ObjectNode> offer(long id) {
        ApiResponse response = api.send(ApiRequest.get(company + "/offers/" + id).build());
        if (response.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(member(response, "offer"));
    }

    /** The object under {@code key} of a 2xx answer; any other status is its typed exception. */
    private static ObjectNode member(ApiResponse response, String key) {
        JsonNode node = response.requireSuccess(RecruiteeClient::fieldErrors).json().path(key);
        if (!node.isObject()) {
            throw unexpected(response, "a '" + key + "' object");
        }
        return (ObjectNode) node;
    }

    private static List<ObjectNode> elements(ApiResponse response, String key) {
        JsonNode list = response.requireSuccess(RecruiteeClient::fieldErrors).json().path(key);
        if (!list.isArray()) {
            throw unexpected(response, "a '" + key + "' list");
        }
        List<ObjectNode> out = new ArrayList<>(list.size());
        for (JsonNode e : list) {
            if (!e.isObject()) {
                throw unexpected(response, "objects in '" + key + "'");
            }
            out.add((ObjectNode) e);
        }
        return out;
    }

    private static UnexpectedResponseException unexpected(ApiResponse response, String expected) {
        return new UnexpectedResponseException(response.call().describe() + " answered HTTP " + response.status()
                + " without " + expected + ": check that recruitee_endpoint and company_id point at the Recruitee"
                + " API. Response: " + response.bodyExcerpt(), response.call(), null);
    }

    /** Recruitee documents no error body; the emulator's {@code {"error": ["..."]}} is read when present. */
    static List<FieldError> fieldErrors(ApiResponse response) {
        List<FieldError> out = new ArrayList<>();
        JsonNode errors = response.json().path("error");
        if (errors.isTextual()) {
            out.add(new FieldError("", errors.asText()));
        }
        errors.forEach(e -> {
            String text = e.asText();
            int colon = text.indexOf(": ");
            out.add(colon > 0 ? new FieldError(text.substring(0, colon), text.substring(colon + 2))
                    : new FieldError("", text));
        });
        return out;
    }

    /** A page of candidate summaries and the server time it was generated at ({@code generated_at}), if given. */
    public record CandidatePage(List<ObjectNode> candidates, String generatedAt) {
        public CandidatePage {
            candidates = List.copyOf(candidates);
        }
    }
}
