package ai.hrflow.connectors.jobadder;

import ai.hrflow.connectors.api.errors.CredentialsException;
import ai.hrflow.connectors.api.http.OAuth2Credentials;
import ai.hrflow.connectors.api.http.Redactor;
import ai.hrflow.connectors.api.params.Parameters;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a JobAdder connection is configured with: the app's client id and secret, the redirect URI its codes
 * are bound to, a one-time authorization code and/or a refresh token, and where the token endpoint is.
 *
 * <p>{@code authorization_url} keeps the reference's name and description ("Authorization URL for obtaining
 * authorization code") but the reference POSTed the token request to it, so users give either URL. Both work:
 * {@code https://id.jobadder.com/connect/authorize} becomes {@code .../connect/token}, a bare host gets
 * {@code /connect/token}, any other path is taken as the token endpoint itself (the reference's meaning).
 *
 * @param authorizationCode null for none
 * @param refreshToken null for none
 */
public record JobAdderCredentials(String authorizationUrl, String clientId, String clientSecret,
        String authorizationCode, String redirectUri, String refreshToken) {

    /** The production identity host; tests and the demo map it to an emulator with endpoint overrides. */
    public static final String DEFAULT_AUTHORIZATION_URL = "https://id.jobadder.com/connect/token";
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public JobAdderCredentials {
        Objects.requireNonNull(authorizationUrl, "authorization_url");
        Objects.requireNonNull(clientId, "client_id");
        Objects.requireNonNull(clientSecret, "client_secret");
        authorizationCode = blankToNull(authorizationCode);
        refreshToken = blankToNull(refreshToken);
        redirectUri = blankToNull(redirectUri);
    }

    /**
     * From parameters named as in seed 003 ({@code authorization_url, client_id, client_secret,
     * authorization_code, redirect_uri}); {@code refresh_token} when the parameter set declares it.
     *
     * @throws CredentialsException when {@code authorization_url} is not a usable URL
     */
    public static JobAdderCredentials fromParameters(Parameters p) {
        JobAdderCredentials c = new JobAdderCredentials(
                p.optionalString("authorization_url").orElse(DEFAULT_AUTHORIZATION_URL), p.string("client_id"),
                p.string("client_secret"), optional(p, "authorization_code"), optional(p, "redirect_uri"),
                optional(p, "refresh_token"));
        c.tokenUrl(); // fail now, before any secret is sent anywhere
        if (c.authorizationCode() != null && c.redirectUri() == null) {
            throw new CredentialsException("redirect_uri is required with authorization_code: JobAdder only"
                    + " exchanges a code for the redirect URI it was issued to.");
        }
        return c;
    }

    private static String optional(Parameters p, String name) {
        return p.declaration().parameter(name).isPresent() ? p.string(name) : null;
    }

    /**
     * The token endpoint derived from {@code authorization_url} (query and fragment dropped: an authorize URL
     * copied from a browser carries {@code client_id=...&scope=...}).
     *
     * @throws CredentialsException not an absolute http(s) URL, or plain http to a non-loopback host (the client
     *     secret would travel in clear)
     */
    public String tokenUrl() {
        URI uri;
        try {
            uri = URI.create(authorizationUrl.trim());
        } catch (IllegalArgumentException e) {
            throw badUrl("it is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw badUrl("expected an absolute https URL such as " + DEFAULT_AUTHORIZATION_URL);
        }
        if (scheme.equals("http") && !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw badUrl("it must use https: the client secret and codes would be sent in clear");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        if (path.isEmpty()) {
            path = "/connect/token";
        } else if (path.endsWith("/connect/authorize")) {
            path = path.substring(0, path.length() - "authorize".length()) + "token";
        }
        return scheme + "://" + uri.getRawAuthority() + path;
    }

    private CredentialsException badUrl(String why) {
        return new CredentialsException("authorization_url '" + authorizationUrl + "' cannot be used: " + why + ".");
    }

    /**
     * The key the grant is saved under in the state store. One app (client id) may be authorized on several
     * JobAdder accounts, each authorization with its own rotating refresh token, so the key also holds a short
     * hash of the configured code or refresh token: two workflows configured with the same authorization share
     * the grant (a rotation by one is seen by the other), two authorizations never overwrite each other. The hash
     * of a spent, single-use code reveals nothing usable.
     */
    public String credentialKey() {
        String material = clientId + "\n" + Objects.toString(authorizationCode, "") + "\n"
                + Objects.toString(refreshToken, "");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return "jobadder:" + clientId + ":" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    OAuth2Credentials oauth() {
        return new OAuth2Credentials(clientId, clientSecret, authorizationCode, refreshToken, redirectUri);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return "JobAdderCredentials[authorizationUrl=" + authorizationUrl + ", clientId=" + clientId
                + ", clientSecret=" + Redactor.MASK + ", authorizationCode="
                + (authorizationCode == null ? "none" : Redactor.MASK) + ", redirectUri=" + redirectUri
                + ", refreshToken=" + (refreshToken == null ? "none" : Redactor.MASK) + "]";
    }
}
