package ai.hrflow.connectors.api.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;

/**
 * The tokens {@link OAuth2TokenManager} holds: access token, when to refresh it, the refresh token and the
 * kept fields of the token response. Immutable (the fields are never changed once the grant exists).
 *
 * @param accessToken null when only a refresh token is known
 * @param expiresAt when the server said the access token dies; null when it did not say
 * @param refreshAt when to refresh ahead of expiry; null means "until refused"
 */
record TokenGrant(String accessToken, Instant expiresAt, Instant refreshAt, String refreshToken, ObjectNode fields) {

    /** A token just issued, living {@code lifetime} (null: unknown). The skew is capped at half the lifetime,
     * so a short-lived token is not refreshed at every use. */
    static TokenGrant issued(String accessToken, Duration lifetime, Instant now, Duration skew, String refreshToken,
            ObjectNode fields) {
        if (lifetime == null) {
            return new TokenGrant(accessToken, null, null, refreshToken, fields);
        }
        Duration margin = skew.compareTo(lifetime.dividedBy(2)) > 0 ? lifetime.dividedBy(2) : skew;
        return new TokenGrant(accessToken, now.plus(lifetime), now.plus(lifetime).minus(margin), refreshToken, fields);
    }

    boolean usableAt(Instant now) {
        return accessToken != null && (refreshAt == null || now.isBefore(refreshAt));
    }

    TokenGrant with(String refreshToken, ObjectNode fields) {
        return new TokenGrant(accessToken, expiresAt, refreshAt, refreshToken, fields);
    }
}
