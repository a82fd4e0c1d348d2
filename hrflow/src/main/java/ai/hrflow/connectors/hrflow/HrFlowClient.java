package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.errors.ValidationException;
import ai.hrflow.connectors.api.http.ApiClient;
import ai.hrflow.connectors.api.http.ApiClientSettings;
import ai.hrflow.connectors.api.http.ApiRequest;
import ai.hrflow.connectors.api.http.Redactor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The HrFlow.ai API v1 client: profiles ({@link #profiles()}), jobs ({@link #jobs()}), resume and text parsing
 * ({@link #parsing()}), sources and boards.
 *
 * <p>Built on core's {@link ApiClient}: every request carries {@code X-API-KEY} and {@code X-USER-EMAIL}, the key
 * is a registered secret (masked in every log line and message), idempotent calls are retried on 5xx and I/O
 * errors, every call on 429 with {@code Retry-After}. Failures are typed: {@link HrFlowNotFoundException},
 * {@code AuthenticationException} (fatal; says which key, user or source to check),
 * {@code ValidationException} (400/422), {@link HrFlowDuplicateReferenceException}, {@link HrFlowQuotaException}
 * (402, fatal), {@code ServerException}, {@code RateLimitedException}, {@code TransportException}, and
 * {@code UnexpectedResponseException} for an answer that is not HrFlow's JSON.
 *
 * <p>Thread-safe: one client serves every thread of a run, which also makes the throttling knobs of
 * {@link HrFlowClientOptions} apply to all of them together.
 */
public final class HrFlowClient {
    private final ApiClient http;
    private final HrFlowClientOptions options;
    private final HrFlowErrors errors;
    private final IndexingApi profiles;
    private final IndexingApi jobs;
    private final ParsingApi parsing;

    private HrFlowClient(ApiClient http, String apiUser, HrFlowClientOptions options) {
        this.http = http;
        this.options = options;
        this.errors = new HrFlowErrors(apiUser, http.redactor());
        this.profiles = new IndexingApi(this, ObjectKind.PROFILE);
        this.jobs = new IndexingApi(this, ObjectKind.JOB);
        this.parsing = new ParsingApi(this);
    }

    /** A client of the production API with default options. */
    public static HrFlowClient create(String apiSecret, String apiUser) {
        return create(apiSecret, apiUser, HrFlowClientOptions.defaults());
    }

    /**
     * @param apiSecret the workspace's API key, sent as {@code X-API-KEY}
     * @param apiUser the e-mail of the user owning the key, sent as {@code X-USER-EMAIL}
     */
    public static HrFlowClient create(String apiSecret, String apiUser, HrFlowClientOptions options) {
        if (apiSecret == null || apiSecret.isBlank()) {
            throw new IllegalArgumentException("the HrFlow API key (api_secret) is required");
        }
        if (apiUser == null || apiUser.isBlank()) {
            throw new IllegalArgumentException("the HrFlow user e-mail (api_user) is required");
        }
        ApiClientSettings.Builder settings = ApiClientSettings.builder()
                .baseUrl(options.baseUrl())
                .defaultHeader("X-API-KEY", apiSecret)
                .defaultHeader("X-USER-EMAIL", apiUser)
                .secret(apiSecret)
                .rateLimit(options.requestsPerSecond(), 1);
        return new HrFlowClient(new ApiClient(options.http().apply(settings).build()), apiUser, options);
    }

    public IndexingApi profiles() {
        return profiles;
    }

    public IndexingApi jobs() {
        return jobs;
    }

    public ParsingApi parsing() {
        return parsing;
    }

    public HrFlowClientOptions options() {
        return options;
    }

    /** The redactor of this client's logs and messages (the API key is registered in it). */
    public Redactor redactor() {
        return http.redactor();
    }

    /**
     * {@code GET /source}: the source's settings, among them {@code sync_parsing}.
     *
     * @throws HrFlowNotFoundException when HrFlow has no such source
     * @throws ai.hrflow.connectors.api.errors.AuthenticationException when the key cannot see it
     */
    public ObjectNode source(String key) {
        return container(ObjectKind.PROFILE, key);
    }

    /** {@code GET /board}; like {@link #source(String)}. */
    public ObjectNode board(String key) {
        return container(ObjectKind.JOB, key);
    }

    private ObjectNode container(ObjectKind kind, String key) {
        try {
            return data(send(ApiRequest.get(kind.container()).query("key", key).build()));
        } catch (ValidationException e) {
            // This endpoint says "Invalid source fields" (older: "Invalid source_key") for an unknown key.
            String message = HrFlowErrors.serverMessage(e.call());
            if (message.startsWith("Invalid " + kind.container())
                    || message.contains("Invalid " + kind.containerKey())) {
                throw new HrFlowNotFoundException("HrFlow has no " + kind.container() + " " + key + " ("
                        + e.getMessage() + "). Check the " + kind.containerKey() + " parameter.", e.call(),
                        kind.container());
            }
            throw e;
        }
    }

    /** Sends and returns the success envelope; throws the typed failure otherwise. */
    ObjectNode send(ApiRequest request) {
        return errors.envelope(http.send(request));
    }

    ApiClientSettings httpSettings() {
        return http.settings();
    }

    /** The envelope's {@code data} object; an empty object when it is missing or not an object. */
    static ObjectNode data(ObjectNode envelope) {
        JsonNode data = envelope.get("data");
        return data instanceof ObjectNode o ? o : ai.hrflow.connectors.api.Json.object();
    }

    @Override
    public String toString() {
        return "HrFlowClient[" + options.baseUrl() + "]";
    }
}
