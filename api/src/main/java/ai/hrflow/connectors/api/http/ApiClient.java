package ai.hrflow.connectors.api.http;

import ai.hrflow.connectors.api.errors.AuthenticationException;
import ai.hrflow.connectors.api.errors.FailedCall;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Sends {@link ApiRequest}s for an API client (HrFlow, Zoho Recruit, JobAdder, Recruitee, OAuth token
 * endpoints) with what every one of them needs: retries with backoff ({@link RetryPolicy}), a per-host
 * rate limit, an access token refreshed once on 401, redacted logs, and typed exceptions.
 *
 * <p>{@link #send} returns the final response whatever its status and throws only when there is no usable
 * answer: {@code TransportException} (no HTTP answer after retries) or {@code AuthenticationException}
 * (401 again with a freshly refreshed token). {@link #sendExpectingSuccess} also turns a non-2xx status
 * into its typed exception.
 *
 * <p>Thread-safe: create one per API and share it between the threads of a run; it holds one JDK
 * {@link HttpClient} (HTTP/1.1, no redirects: an API that redirects is misconfigured, and following could
 * carry credentials to another host).
 */
public final class ApiClient {
    private final ApiClientSettings settings;
    private final HttpClient http;
    private final Redactor redactor;
    private final HostRateLimiter limiter;
    private final RetryPolicy retries;
    private final ExchangeLog exchangeLog;

    public ApiClient(ApiClientSettings settings) {
        this(settings, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** With a chosen jitter source (tests make backoff waits predictable). */
    ApiClient(ApiClientSettings settings, DoubleSupplier jitter) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        this.redactor = new Redactor(settings.secrets());
        this.limiter = new HostRateLimiter(settings.requestsPerSecond(), settings.burst(), settings.clock(),
                settings.sleeper());
        this.retries = new RetryPolicy(settings, jitter);
        this.exchangeLog = new ExchangeLog(redactor, settings.maxAttempts());
    }

    public ApiClientSettings settings() {
        return settings;
    }

    /** The redactor of this client's logs and messages; add secrets to it as they become known. */
    public Redactor redactor() {
        return redactor;
    }

    /** {@link #send} then {@link ApiResponse#requireSuccess()}. */
    public ApiResponse sendExpectingSuccess(ApiRequest request) {
        return send(request).requireSuccess();
    }

    /**
     * Sends the request, retrying as {@link RetryPolicy} allows, and returns the final response.
     *
     * @throws ai.hrflow.connectors.api.errors.TransportException no HTTP answer after the allowed retries
     * @throws AuthenticationException 401 to a request whose token was just refreshed
     * @throws ai.hrflow.connectors.api.errors.CredentialsException the token source could not get a token
     */
    public ApiResponse send(ApiRequest request) {
        URI uri = resolve(request);
        try {
            return exchange(request, uri);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            FailedCall call = new FailedCall(request.method().name(), endpoint(uri), 0, "", 0);
            throw StatusErrors.forIoError(call, hostOf(uri), e, ConnectionProblem.OTHER, "interrupted while waiting",
                    redactor);
        }
    }

    /** The absolute URI the request goes to: base URL joined with the target, then the encoded query. */
    public URI resolve(ApiRequest request) {
        String url = request.target();
        if (!Urls.isAbsolute(url)) {
            if (settings.baseUrl() == null) {
                throw new IllegalArgumentException("request target " + url + " is relative but the client has no base URL");
            }
            url = Urls.join(settings.baseUrl(), url);
        }
        String query = Urls.queryString(request.query());
        if (!query.isEmpty()) {
            url += (url.contains("?") ? "&" : "?") + query;
        }
        return URI.create(url);
    }

    private ApiResponse exchange(ApiRequest request, URI uri) throws InterruptedException {
        AccessTokenSource tokenSource = request.tokenSource().orElse(null);
        byte[] body = request.body().bytes();
        limiter.acquire(uri);
        // the call's time budget starts once the rate limiter lets it go: queueing is throttling, not failure
        Instant start = settings.clock().instant();
        int attempt = 1;
        int sends = 0;
        boolean replayed = false;
        while (true) {
            if (sends > 0) {
                limiter.acquire(uri);
            }
            sends++;
            String token = tokenSource == null ? null : tokenSource.accessToken();
            Map<String, String> headers = headers(request, tokenSource, token);
            exchangeLog.sending(request.method(), uri, headers, request.body());
            long t0 = System.nanoTime();
            HttpResponse<byte[]> raw;
            try {
                raw = http.send(httpRequest(request, uri, headers, body, start), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                ConnectionProblem problem = ConnectionProblem.of(e);
                RetryPolicy.Decision next = retries.onIoError(problem, request.method(), request.isIdempotent(),
                        attempt, elapsed(start));
                exchangeLog.failed(request.method(), uri, e, millisSince(t0), attempt, next);
                if (!next.retry()) {
                    FailedCall call = new FailedCall(request.method().name(), endpoint(uri), 0, "", sends);
                    throw StatusErrors.forIoError(call, hostOf(uri), e, problem, next.stopNote(), redactor);
                }
                settings.sleeper().sleep(next.delay());
                attempt++;
                continue;
            }
            int status = raw.statusCode();
            if (status == 401 && token != null) {
                ApiResponse rejected = response(request, uri, raw, sends, start, RetryPolicy.FINAL);
                if (replayed) {
                    throw secondRejection(rejected);
                }
                exchangeLog.replaying(request.method(), uri);
                tokenSource.refreshAfterRejection(token);
                replayed = true;
                continue;
            }
            RetryPolicy.Decision next = retries.onStatus(status, raw.headers().firstValue("Retry-After").orElse(null),
                    request.method(), request.isIdempotent(), attempt, elapsed(start));
            exchangeLog.received(request.method(), uri, status, millisSince(t0), attempt, raw.body(), next);
            if (!next.retry()) {
                return response(request, uri, raw, sends, start, next);
            }
            settings.sleeper().sleep(next.delay());
            attempt++;
        }
    }

    private Map<String, String> headers(ApiRequest request, AccessTokenSource tokenSource, String token) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("User-Agent", settings.userAgent());
        headers.put("Accept", "application/json");
        headers.putAll(settings.defaultHeaders());
        headers.putAll(request.headers());
        String contentType = request.body().contentType();
        if (contentType != null) {
            headers.putIfAbsent("Content-Type", contentType);
        }
        if (token != null) {
            headers.put("Authorization", tokenSource.scheme() + " " + token);
        }
        return headers;
    }

    private HttpRequest httpRequest(ApiRequest request, URI uri, Map<String, String> headers, byte[] body,
            Instant start) {
        Duration left = settings.maxCallDuration().minus(elapsed(start));
        Duration timeout = left.compareTo(settings.requestTimeout()) < 0 ? left : settings.requestTimeout();
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(timeout.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : timeout)
                .method(request.method().name(), request.body() == RequestBody.NONE
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::setHeader);
        return builder.build();
    }

    private ApiResponse response(ApiRequest request, URI uri, HttpResponse<byte[]> raw, int sends, Instant start,
            RetryPolicy.Decision outcome) {
        return new ApiResponse(request.method(), uri, raw.statusCode(), raw.headers().map(), raw.body(), sends,
                elapsed(start), outcome, redactor);
    }

    private static AuthenticationException secondRejection(ApiResponse rejected) {
        FailedCall call = rejected.call();
        return new AuthenticationException(call.describe() + " answered HTTP 401 again with a freshly refreshed"
                + " access token: the grant lacks a scope this call needs, or the user lost access. Check the"
                + " scopes and the user's permissions, authorize again and run again."
                + (call.bodyExcerpt().isEmpty() ? "" : " Response: " + call.bodyExcerpt()), call);
    }

    /** Host and port as the message names them; never the user info or path, which may hold secrets. */
    private static String hostOf(URI uri) {
        String host = uri.getHost() == null ? String.valueOf(uri.getAuthority()) : uri.getHost();
        return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
    }

    private String endpoint(URI uri) {
        String path = uri.getRawPath();
        return redactor.redactSecrets(path == null || path.isEmpty() ? "/" : path);
    }

    private Duration elapsed(Instant start) {
        return Duration.between(start, settings.clock().instant());
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }
}
