package ai.hrflow.connectors.api.http;

/** The HTTP methods our API clients use, with their RFC 9110 idempotency, which drives retries. */
public enum HttpMethod {
    GET(true), HEAD(true), PUT(true), DELETE(true), POST(false), PATCH(false);

    private final boolean idempotent;

    HttpMethod(boolean idempotent) {
        this.idempotent = idempotent;
    }

    /**
     * Whether sending the request twice has the effect of sending it once. A request's default; a client
     * that knows better (a POST search, a PATCH that sets absolute values) overrides it per request.
     */
    public boolean isIdempotent() {
        return idempotent;
    }
}
