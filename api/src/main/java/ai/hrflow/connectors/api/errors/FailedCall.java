package ai.hrflow.connectors.api.errors;

/**
 * The HTTP call an {@link ApiFailure} is about, safe to show: no query string, no header, and a body
 * excerpt that was redacted and cut to {@link #MAX_EXCERPT} characters before it got here.
 *
 * @param method HTTP method, e.g. {@code POST}
 * @param endpoint URL path without query string, e.g. {@code /recruit/v2/Candidates}
 * @param status final HTTP status, or {@code 0} when no response was received
 * @param bodyExcerpt redacted start of the response body, empty when there was none
 * @param attempts how many times the request was sent
 */
public record FailedCall(String method, String endpoint, int status, String bodyExcerpt, int attempts) {
    /** Longest body excerpt kept in a failure. */
    public static final int MAX_EXCERPT = 300;

    public FailedCall {
        bodyExcerpt = bodyExcerpt == null ? "" : bodyExcerpt;
        if (bodyExcerpt.length() > MAX_EXCERPT) {
            bodyExcerpt = bodyExcerpt.substring(0, MAX_EXCERPT - 3) + "...";
        }
    }

    /** {@code "GET /v1/profile/indexing"}, the way messages name the call. */
    public String describe() {
        return method + " " + endpoint;
    }
}
