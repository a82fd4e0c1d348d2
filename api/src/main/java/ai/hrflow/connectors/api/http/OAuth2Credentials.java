package ai.hrflow.connectors.api.http;

import java.util.Objects;

/**
 * What the user configured for an OAuth 2.0 connector. At least one of {@code authorizationCode} and
 * {@code refreshToken} is normally given; with neither, {@link OAuth2TokenManager} can only use a refresh
 * token saved by an earlier run for the same client.
 *
 * @param clientId the app's client id (not a secret: it is stored in plain text with the credentials)
 * @param clientSecret never stored, never logged
 * @param authorizationCode one-time code; blank means none
 * @param refreshToken blank means none
 * @param redirectUri sent with the code exchange when the server needs it (JobAdder); null for none
 */
public record OAuth2Credentials(String clientId, String clientSecret, String authorizationCode, String refreshToken,
        String redirectUri) {

    public OAuth2Credentials {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("client_id is required");
        }
        Objects.requireNonNull(clientSecret, "client_secret is required");
        authorizationCode = blankToNull(authorizationCode);
        refreshToken = blankToNull(refreshToken);
        redirectUri = blankToNull(redirectUri);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return "OAuth2Credentials[clientId=" + clientId + ", clientSecret=" + Redactor.MASK + ", authorizationCode="
                + (authorizationCode == null ? "none" : Redactor.MASK) + ", refreshToken="
                + (refreshToken == null ? "none" : Redactor.MASK) + ", redirectUri=" + redirectUri + "]";
    }
}
