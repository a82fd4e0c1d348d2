package ai.hrflow.connectors.api.http;

/**
 * Supplies the access token of requests made on behalf of a user ({@link ApiRequest.Builder#tokenSource}).
 * {@link ApiClient} asks it for a token before each attempt and, when the API answers 401 to a token,
 * asks it once for a new one and replays the request. {@link OAuth2TokenManager} is the implementation;
 * APIs with a fixed key (HrFlow, Recruitee) send a plain header instead.
 *
 * <p>Implementations are called by many threads at once.
 */
public interface AccessTokenSource {

    /** A token believed valid now, obtaining or refreshing one first when needed. */
    String accessToken();

    /**
     * Called when the API refused {@code rejectedToken} with 401. Returns a different, fresh token, or the
     * current one when another thread already replaced the rejected one.
     *
     * @throws ai.hrflow.connectors.api.errors.CredentialsException when no new token can be obtained
     */
    String refreshAfterRejection(String rejectedToken);

    /** The scheme put before the token in {@code Authorization}: {@code Bearer}, Zoho's {@code Zoho-oauthtoken}. */
    default String scheme() {
        return "Bearer";
    }
}
