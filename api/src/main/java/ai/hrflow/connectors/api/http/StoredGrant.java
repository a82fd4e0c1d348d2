package ai.hrflow.connectors.api.http;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * How {@link OAuth2TokenManager} saves a grant through {@code CredentialStore.saveCredentials}:
 * <pre>{"type":"oauth2","client_id":..,"config_fingerprint":..,"refresh_token":..,"access_token":..,
 *  "expires_at":..,"fields":{"api":..},"saved_at":..}</pre>
 * The client secret is never saved, only a salted hash ({@code secret_check}, see {@link #secretCheck}). The
 * access token is, with its expiry, so that runs scheduled every
 * few minutes reuse it instead of refreshing each time (Zoho allows 10 refreshes per 10 minutes).
 *
 * <p>{@code config_fingerprint} is the SHA-256 of the client id and the code and refresh token that were
 * configured when the grant was obtained. A later run configured the same way uses the saved refresh
 * token (the configured code is spent); a run with a new code or refresh token uses the configured one.
 */
record StoredGrant(String clientId, String configFingerprint, String refreshToken, String accessToken,
        Instant expiresAt, ObjectNode fields, String secretCheck) {
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * {@code <salt>:<SHA-256 of salt, client id and client secret>}: lets a later run see that the configured
     * client secret is not the one the grant was obtained with (a wrong or rotated secret), without saving the
     * secret. The salt is random per save, so equal secrets do not give equal checks across files.
     */
    static String secretCheck(OAuth2Credentials credentials) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String hexSalt = HexFormat.of().formatHex(salt);
        return hexSalt + ":" + sha256(hexSalt + "\n" + credentials.clientId() + "\n" + credentials.clientSecret());
    }

    /** False when the grant was saved with another client secret, or by a version that saved no check. */
    boolean secretMatches(OAuth2Credentials credentials) {
        if (secretCheck == null || secretCheck.indexOf(':') < 0) {
            return false;
        }
        String salt = secretCheck.substring(0, secretCheck.indexOf(':'));
        String expected = salt + ":" + sha256(salt + "\n" + credentials.clientId() + "\n" + credentials.clientSecret());
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                secretCheck.getBytes(StandardCharsets.UTF_8));
    }

    /** The same grant without its access token: the next call refreshes, which checks the client secret. */
    StoredGrant withoutAccessToken() {
        return new StoredGrant(clientId, configFingerprint, refreshToken, null, null, fields, secretCheck);
    }

    static String fingerprint(OAuth2Credentials credentials) {
        return sha256(credentials.clientId() + "\n" + nullToEmpty(credentials.authorizationCode()) + "\n"
                + nullToEmpty(credentials.refreshToken()));
    }

    private static String sha256(String material) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static StoredGrant of(OAuth2Credentials credentials, String fingerprint, TokenGrant grant) {
        return new StoredGrant(credentials.clientId(), fingerprint, grant.refreshToken(), grant.accessToken(),
                grant.expiresAt(), grant.fields(), secretCheck(credentials));
    }

    /** The saved form; null values are left out. */
    ObjectNode toJson(Instant savedAt) {
        ObjectNode node = Json.object().put("type", "oauth2").put("client_id", clientId)
                .put("config_fingerprint", configFingerprint).put("refresh_token", refreshToken);
        if (accessToken != null) {
            node.put("access_token", accessToken);
        }
        if (expiresAt != null) {
            node.put("expires_at", expiresAt.toString());
        }
        node.set("fields", fields.deepCopy());
        if (secretCheck != null) {
            node.put("secret_check", secretCheck);
        }
        return node.put("saved_at", savedAt.toString());
    }

    /** Reads a saved grant; empty when the node is not one (another kind of credentials, or corrupt). */
    static Optional<StoredGrant> fromJson(ObjectNode node) {
        String refresh = text(node, "refresh_token");
        String clientId = text(node, "client_id");
        if (refresh == null || clientId == null) {
            return Optional.empty();
        }
        Instant expiresAt = null;
        try {
            String at = text(node, "expires_at");
            expiresAt = at == null ? null : Instant.parse(at);
        } catch (DateTimeParseException corrupt) {
            // without a readable expiry the saved access token is not trusted; the refresh token still works
        }
        JsonNode fields = node.path("fields");
        return Optional.of(new StoredGrant(clientId, text(node, "config_fingerprint"), refresh,
                expiresAt == null ? null : text(node, "access_token"), expiresAt,
                fields.isObject() ? (ObjectNode) fields.deepCopy() : Json.object(), text(node, "secret_check")));
    }

    /** The saved grant as the manager holds it; the access token is refreshed {@code skew} before expiry. */
    TokenGrant toGrant(Duration skew) {
        Instant refreshAt = expiresAt == null ? null : expiresAt.minus(skew);
        return new TokenGrant(accessToken, expiresAt, refreshAt, refreshToken, fields.deepCopy());
    }

    private static String text(ObjectNode node, String name) {
        JsonNode value = node.path(name);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
