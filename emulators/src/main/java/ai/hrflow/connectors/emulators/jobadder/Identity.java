package ai.hrflow.connectors.emulators.jobadder;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorError;
import ai.hrflow.connectors.emulators.server.EmulatorRequest;
import ai.hrflow.connectors.emulators.server.EmulatorResponse;
import ai.hrflow.connectors.emulators.server.ErrorResponder;
import ai.hrflow.connectors.emulators.server.QueryParams;
import ai.hrflow.connectors.emulators.server.Router;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code id.jobadder.com} host: registered clients, authorization codes, refresh and access tokens, and the
 * {@code /connect/authorize} and {@code /connect/token} routes ({@code api/jobadder.md} §1). Codes live 5 minutes
 * and are single use; refresh tokens rotate on every use and die after 14 days unused; access tokens live
 * {@link #ACCESS_LIFETIME}. All times come from the emulator's clock. Errors follow RFC 6749.
 */
final class Identity {
    static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
    static final Duration REFRESH_IDLE_LIFETIME = Duration.ofDays(14);
    static final Duration ACCESS_LIFETIME = Duration.ofMinutes(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    record Client(String id, String secret, Set<String> redirectUris) {
    }

    private record Code(String clientId, String redirectUri, String scope, Instant issuedAt) {
    }

    private record Refresh(String clientId, String scope, Instant lastUsed) {
    }

    private record Access(String clientId, Instant expiresAt) {
    }

    private final Clock clock;
    private final String apiUrl;
    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, Refresh> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, Access> accessTokens = new ConcurrentHashMap<>();

    Identity(Clock clock, String apiUrl) {
        this.clock = clock;
        this.apiUrl = apiUrl;
    }

    /** RFC 6749 error bodies for errors, unknown routes and injected faults on the id host. */
    static ErrorResponder responder() {
        return (status, message) -> EmulatorResponse.json(status, Json.object()
                .put("error", status == 400 ? "invalid_request" : status == 401 ? "invalid_client" : "server_error")
                .put("error_description", message));
    }

    void register(Router router) {
        router.get("/connect/authorize", this::authorize);
        router.post("/connect/token", this::token);
    }

    void addClient(String clientId, String secret, Set<String> redirectUris) {
        clients.put(clientId, new Client(clientId, secret, Set.copyOf(redirectUris)));
    }

    String issueCode(String clientId, String redirectUri, String scope) {
        Client client = clients.get(clientId);
        if (client == null || !client.redirectUris().contains(redirectUri)) {
            throw new IllegalArgumentException("unknown client " + clientId + " or unregistered redirect URI");
        }
        String code = random(16);
        codes.put(code, new Code(clientId, redirectUri, scope, clock.instant()));
        return code;
    }

    /** Makes every access token issued so far expired, as if an hour had passed for them only. */
    void expireAccessTokens() {
        accessTokens.replaceAll((t, a) -> new Access(a.clientId(), clock.instant().minusSeconds(1)));
    }

    void revokeRefreshTokens() {
        refreshTokens.clear();
    }

    int liveRefreshTokens() {
        return refreshTokens.size();
    }

    /** The client whose valid access token this is, or null (unknown, expired or revoked). */
    String clientOfAccessToken(String token) {
        Access a = token == null ? null : accessTokens.get(token);
        return a == null || !clock.instant().isBefore(a.expiresAt()) ? null : a.clientId();
    }

    /** Browser step, answered at once as if the user approved: 302 to the redirect URI with a fresh code. */
    private EmulatorResponse authorize(EmulatorRequest request) {
        QueryParams q = request.query();
        Client client = clients.get(q.firstOr("client_id", ""));
        String redirect = q.firstOr("redirect_uri", "");
        if (client == null || !client.redirectUris().contains(redirect) || !"code".equals(q.first("response_type"))) {
            throw new EmulatorError(400, "unknown client_id, unregistered redirect_uri or response_type other than code");
        }
        String code = issueCode(client.id(), redirect, q.firstOr("scope", ""));
        String state = q.first("state");
        String location = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + encode(code)
                + (state == null ? "" : "&state=" + encode(state));
        return EmulatorResponse.empty(302).withHeader("Location", location);
    }

    private EmulatorResponse token(EmulatorRequest request) {
        QueryParams form = request.form();
        Client client = authenticate(request, form);
        String grant = form.firstOr("grant_type", "");
        return switch (grant) {
            case "authorization_code" -> exchangeCode(client, form);
            case "refresh_token" -> refresh(client, form);
            case "" -> throw oauthError("invalid_request", "grant_type is required");
            default -> throw oauthError("unsupported_grant_type", "grant_type " + grant + " is not supported");
        };
    }

    private Client authenticate(EmulatorRequest request, QueryParams form) {
        String id = form.first("client_id");
        String secret = form.first("client_secret");
        String basic = request.header("Authorization");
        if (id == null && basic != null && basic.startsWith("Basic ")) {
            String pair = new String(Base64.getDecoder().decode(basic.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            id = colon < 0 ? pair : pair.substring(0, colon);
            secret = colon < 0 ? "" : pair.substring(colon + 1);
        }
        Client client = id == null ? null : clients.get(id);
        if (client == null || !client.secret().equals(secret)) {
            throw oauthError("invalid_client", "Invalid client credentials");
        }
        return client;
    }

    private EmulatorResponse exchangeCode(Client client, QueryParams form) {
        String value = form.first("code");
        if (value == null || value.isBlank()) {
            throw oauthError("invalid_request", "code is required");
        }
        Code code = codes.remove(value); // single use: even a refused exchange spends it
        if (code == null || !code.clientId().equals(client.id())) {
            throw oauthError("invalid_grant", "The authorization code is invalid or was already used");
        }
        if (!clock.instant().isBefore(code.issuedAt().plus(CODE_LIFETIME))) {
            throw oauthError("invalid_grant", "The authorization code has expired");
        }
        if (!code.redirectUri().equals(form.first("redirect_uri"))) {
            throw oauthError("invalid_grant", "redirect_uri does not match the authorization request");
        }
        return grant(client, code.scope());
    }

    private EmulatorResponse refresh(Client client, QueryParams form) {
        String value = form.first("refresh_token");
        if (value == null || value.isBlank()) {
            throw oauthError("invalid_request", "refresh_token is required");
        }
        Refresh refresh = refreshTokens.remove(value); // rotation: the old token dies with its first use
        if (refresh == null || !refresh.clientId().equals(client.id())) {
            throw oauthError("invalid_grant", "The refresh token is invalid, revoked or was already used");
        }
        if (!clock.instant().isBefore(refresh.lastUsed().plus(REFRESH_IDLE_LIFETIME))) {
            throw oauthError("invalid_grant", "The refresh token has expired");
        }
        return grant(client, refresh.scope());
    }

    private EmulatorResponse grant(Client client, String scope) {
        Instant now = clock.instant();
        String access = random(24);
        accessTokens.put(access, new Access(client.id(), now.plus(ACCESS_LIFETIME)));
        ObjectNode body = Json.object().put("access_token", access)
                .put("expires_in", ACCESS_LIFETIME.toSeconds()).put("token_type", "Bearer");
        if (scope.contains("offline_access")) {
            String refresh = random(24);
            refreshTokens.put(refresh, new Refresh(client.id(), scope, now));
            body.put("refresh_token", refresh);
        }
        body.put("api", apiUrl).put("instance", "emulated").put("account", 1);
        return EmulatorResponse.json(200, body);
    }

    static EmulatorError oauthError(String code, String description) {
        // RFC 6749 §5.2 allows 401 for invalid_client; the contract says JobAdder answers 400 for every grant error
        return new EmulatorError(EmulatorResponse.json(400, Json.object().put("error", code)
                .put("error_description", description)));
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
