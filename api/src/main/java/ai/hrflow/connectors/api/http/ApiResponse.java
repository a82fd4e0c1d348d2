package ai.hrflow.connectors.api.http;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.FailedCall;
import ai.hrflow.connectors.api.errors.FieldError;
import ai.hrflow.connectors.api.errors.UnexpectedResponseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The final answer to an {@link ApiRequest}, after the retries {@link ApiClient} made. Any status is a
 * normal response here: each API has its quirks (HrFlow says "not found" with 400, Zoho reports per-record
 * errors in 200/207 bodies), so the API client inspects it, or calls {@link #requireSuccess()} to turn a
 * non-2xx status into the matching typed exception.
 */
public final class ApiResponse {
    private static final int EXCERPT_WINDOW = 16_384;

    private final HttpMethod method;
    private final URI uri;
    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final int attempts;
    private final Duration elapsed;
    private final RetryPolicy.Decision outcome;
    private final Redactor redactor;

    ApiResponse(HttpMethod method, URI uri, int status, Map<String, List<String>> headers, byte[] body,
            int attempts, Duration elapsed, RetryPolicy.Decision outcome, Redactor redactor) {
        this.method = method;
        this.uri = uri;
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.attempts = attempts;
        this.elapsed = elapsed;
        this.outcome = outcome;
        this.redactor = redactor;
    }

    public int status() {
        return status;
    }

    /** True for 2xx. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** First value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst();
    }

    /** All headers; names as the server sent them. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The raw body (a copy); empty when there was none. */
    public byte[] body() {
        return body.clone();
    }

    /** The body as text, in the charset of {@code Content-Type} (UTF-8 when it names none). */
    public String bodyString() {
        return new String(body, charset());
    }

    /**
     * The body parsed as JSON; {@link MissingNode} when empty (204), so {@code json().path("data")} works.
     *
     * @throws UnexpectedResponseException when the body is not JSON (a proxy's HTML error page, a cut body)
     */
    public JsonNode json() {
        if (body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UnexpectedResponseException(call().describe() + " answered HTTP " + status
                    + " with a body that is not valid JSON (" + e.getOriginalMessage().lines().findFirst().orElse("")
                    + "): the URL may point to something else than the API (check the base URL), or the"
                    + " server failed. Response: " + call().bodyExcerpt(), call(), null);
        } catch (IOException e) {
            throw new IllegalStateException("reading an in-memory body cannot fail", e);
        }
    }

    public HttpMethod method() {
        return method;
    }

    /** URL path, without query string, secrets masked: how messages name the endpoint. */
    public String endpoint() {
        String path = uri.getRawPath();
        return redactor.redactSecrets(path == null || path.isEmpty() ? "/" : path);
    }

    /** How many times the request was sent to get this answer. */
    public int attempts() {
        return attempts;
    }

    /** Time from the first attempt to this answer, waits included. */
    public Duration elapsed() {
        return elapsed;
    }

    /** Why the client stopped retrying a 429 or 5xx (attempts, time, Retry-After, not idempotent). */
    public Optional<String> retryNote() {
        return Optional.ofNullable(outcome.stopNote());
    }

    /** The wait the server asked for in {@code Retry-After}, if it did and the client could read it. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(outcome.retryAfter());
    }

    /** True when the server asked for a longer wait than the client allows: the quota is used up. */
    boolean quotaExhausted() {
        return outcome.quotaExhausted();
    }

    /** The redacted start of the body, at most {@link FailedCall#MAX_EXCERPT} characters, on one line. */
    public String bodyExcerpt() {
        String text = bodyString();
        // Redact before cutting to size, or half a secret could stay at the cut. The window is wide enough
        // that masking cannot shrink a half-secret at its end into the first 300 characters.
        text = text.length() > EXCERPT_WINDOW ? text.substring(0, EXCERPT_WINDOW) : text;
        return redactor.redact(text).replaceAll("\\s+", " ").trim();
    }

    /** This call as failures describe it. */
    public FailedCall call() {
        return new FailedCall(method.name(), endpoint(), status, bodyExcerpt(), attempts);
    }

    /**
     * Returns this response when 2xx, else throws the typed exception for the status: 401/403
     * {@code AuthenticationException} (fatal), 404 {@code NotFoundException}, 400/422
     * {@code ValidationException}, 429 {@code RateLimitedException}, 5xx {@code ServerException}, other
     * {@code UnexpectedResponseException}.
     */
    public ApiResponse requireSuccess() {
        return requireSuccess(r -> List.of());
    }

    /** Like {@link #requireSuccess()}, with the refused fields of a 400/422 read by the API's client. */
    public ApiResponse requireSuccess(Function<ApiResponse, List<FieldError>> fieldErrors) {
        if (isSuccess()) {
            return this;
        }
        List<FieldError> fields = status == 400 || status == 422 ? safely(fieldErrors) : List.of();
        throw StatusErrors.forResponse(this, fields);
    }

    private List<FieldError> safely(Function<ApiResponse, List<FieldError>> extractor) {
        try {
            List<FieldError> fields = extractor.apply(this);
            return fields == null ? List.of() : fields;
        } catch (RuntimeException unreadable) {
            return List.of(); // the status and excerpt still say enough
        }
    }

    private Charset charset() {
        String type = header("Content-Type").orElse("");
        for (String param : type.split(";")) {
            String p = param.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                try {
                    return Charset.forName(p.substring(8).replace("\"", "").trim());
                } catch (IllegalArgumentException unknown) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    @Override
    public String toString() {
        return method + " " + endpoint() + " -> " + status;
    }
}
