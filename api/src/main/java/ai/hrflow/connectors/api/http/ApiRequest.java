package ai.hrflow.connectors.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One HTTP request an API client wants {@link ApiClient} to send. Immutable; build it with
 * {@link #get(String)}, {@link #post(String)}... and derive variants with {@link #toBuilder()}.
 *
 * <p>The target is an absolute {@code http(s)} URL or a path appended to the client's base URL (see
 * {@link Urls#join}). Query parameters are kept apart from it so they are encoded once, correctly.
 * {@link #isIdempotent()} decides which failures are retried: it defaults to the method's idempotency
 * and a client may declare, for instance, that its POST search is safe to replay.
 */
public final class ApiRequest {
    // The JDK's HttpClient sets these itself and refuses them.
    private static final Set<String> RESTRICTED_HEADERS = Set.of("connection", "content-length", "expect",
            "host", "upgrade");

    private final HttpMethod method;
    private final String target;
    private final Map<String, List<String>> query;
    private final Map<String, String> headers;
    private final RequestBody body;
    private final Boolean idempotent;
    private final AccessTokenSource tokenSource;

    private ApiRequest(Builder b) {
        this.method = b.method;
        this.target = b.target;
        Map<String, List<String>> q = new LinkedHashMap<>();
        b.query.forEach((name, values) -> q.put(name, List.copyOf(values)));
        this.query = Collections.unmodifiableMap(q);
        TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(b.headers);
        this.headers = Collections.unmodifiableMap(h);
        this.body = b.body;
        this.idempotent = b.idempotent;
        this.tokenSource = b.tokenSource;
    }

    public static Builder newBuilder(HttpMethod method, String target) {
        return new Builder(method, target);
    }

    public static Builder get(String target) {
        return newBuilder(HttpMethod.GET, target);
    }

    public static Builder post(String target) {
        return newBuilder(HttpMethod.POST, target);
    }

    public static Builder put(String target) {
        return newBuilder(HttpMethod.PUT, target);
    }

    public static Builder patch(String target) {
        return newBuilder(HttpMethod.PATCH, target);
    }

    public static Builder delete(String target) {
        return newBuilder(HttpMethod.DELETE, target);
    }

    /** A builder holding this request's values, to make a variant. */
    public Builder toBuilder() {
        Builder b = new Builder(method, target);
        query.forEach((name, values) -> b.query.put(name, new ArrayList<>(values)));
        b.headers.putAll(headers);
        b.body = body;
        b.idempotent = idempotent;
        b.tokenSource = tokenSource;
        return b;
    }

    public HttpMethod method() {
        return method;
    }

    /** Absolute URL or path relative to the client's base URL, without the query parameters. */
    public String target() {
        return target;
    }

    /** Query parameters in insertion order, each with its values; not yet encoded. */
    public Map<String, List<String>> query() {
        return query;
    }

    /** Headers, with case-insensitive names. */
    public Map<String, String> headers() {
        return headers;
    }

    public RequestBody body() {
        return body;
    }

    /** Whether a failure with unknown outcome (5xx, timeout, reset) may be retried by sending it again. */
    public boolean isIdempotent() {
        return idempotent != null ? idempotent : method.isIdempotent();
    }

    public Optional<AccessTokenSource> tokenSource() {
        return Optional.ofNullable(tokenSource);
    }

    @Override
    public String toString() {
        // no query values, no headers: they may hold secrets
        return method + " " + target;
    }

    /** Collects a request's values; not thread-safe. */
    public static final class Builder {
        private HttpMethod method;
        private String target;
        private final Map<String, List<String>> query = new LinkedHashMap<>();
        private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private RequestBody body = RequestBody.NONE;
        private Boolean idempotent;
        private AccessTokenSource tokenSource;

        private Builder(HttpMethod method, String target) {
            method(method).target(target);
        }

        public Builder method(HttpMethod method) {
            this.method = Objects.requireNonNull(method, "method");
            return this;
        }

        public Builder target(String target) {
            this.target = Objects.requireNonNull(target, "target");
            return this;
        }

        /** Adds a value to a query parameter; a null value is skipped (optional filters). */
        public Builder query(String name, Object value) {
            if (value != null) {
                query.computeIfAbsent(name, k -> new ArrayList<>()).add(String.valueOf(value));
            }
            return this;
        }

        /** Adds each value as a repetition of the parameter ({@code ids=1&ids=2}); null values are skipped. */
        public Builder queryAll(String name, Collection<?> values) {
            values.forEach(v -> query(name, v));
            return this;
        }

        /** Replaces every value of a query parameter; null removes it. */
        public Builder setQuery(String name, Object value) {
            query.remove(name);
            return query(name, value);
        }

        /** Sets a header, replacing any value; null removes it. */
        public Builder header(String name, String value) {
            if (RESTRICTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("header " + name + " is set by the HTTP client itself");
            }
            if (value == null) {
                headers.remove(name);
            } else {
                headers.put(name, value);
            }
            return this;
        }

        public Builder body(RequestBody body) {
            this.body = Objects.requireNonNull(body, "body");
            return this;
        }

        public Builder jsonBody(JsonNode json) {
            return body(RequestBody.json(json));
        }

        /** Overrides the method's idempotency (see {@link ApiRequest#isIdempotent()}). */
        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /** Sends {@code Authorization: <scheme> <token>} from this source; null for none. */
        public Builder tokenSource(AccessTokenSource tokenSource) {
            this.tokenSource = tokenSource;
            return this;
        }

        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}
