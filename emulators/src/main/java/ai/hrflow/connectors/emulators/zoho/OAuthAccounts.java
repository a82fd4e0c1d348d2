package ai.hrflow.connectors.emulators.zoho;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Zoho Accounts' state: Self Clients, grant codes, refresh and access tokens, with the lifetimes and limits of
 * contract §2.4 measured on the emulator's clock. Grants are synchronized (token traffic is low); validating an
 * access token on a Recruit call is a lock-free map read.
 */
final class OAuthAccounts {
    private static final Duration THROTTLE_WINDOW = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    record Client(String id, String secret, DataCenter dataCenter) {
    }

    private record Code(String value, String clientId, Set<String> scopes, Instant expiresAt) {
    }

    /** A refresh token with the access tokens it minted (oldest first) and when it minted them. */
    static final class Refresh {
        final String value;
        final String clientId;
        final Set<String> scopes;
        volatile boolean revoked;
        final Deque<Access> active = new ArrayDeque<>();
        final Deque<Instant> minted = new ArrayDeque<>();

        Refresh(String value, String clientId, Set<String> scopes) {
            this.value = value;
            this.clientId = clientId;
            this.scopes = scopes;
        }
    }

    /** An access token; dead once expired, evicted, or its refresh token revoked. */
    record Access(String value, Refresh parent, Instant expiresAt) {
        Set<String> scopes() {
            return parent.scopes;
        }
    }

    private final DataCenter dataCenter;
    private final ZohoSettings settings;
    private final Clock clock;
    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, Refresh> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, Access> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Deque<Refresh>> refreshByClient = new HashMap<>();
    private final AtomicLong codeExchanges = new AtomicLong();
    private final AtomicLong refreshes = new AtomicLong();

    OAuthAccounts(DataCenter dataCenter, ZohoSettings settings, Clock clock) {
        this.dataCenter = dataCenter;
        this.settings = settings;
        this.clock = clock;
    }

    DataCenter dataCenter() {
        return dataCenter;
    }

    ZohoClientCredentials register(String clientId, String secret, DataCenter dc) {
        if (clients.putIfAbsent(clientId, new Client(clientId, secret, dc)) != null) {
            throw new IllegalArgumentException("Client already registered: " + clientId);
        }
        return new ZohoClientCredentials(clientId, secret, dc);
    }

    /** Client ids look like Zoho's: {@code 1000.} and 30 upper-case characters. */
    static String newClientId() {
        return "1000." + HexFormat.of().withUpperCase().formatHex(bytes(15));
    }

    static String newSecret() {
        return HexFormat.of().formatHex(bytes(21));
    }

    String issueCode(String clientId, Set<String> scopes, Duration lifetime) {
        requireClient(clientId);
        String code = token();
        codes.put(code, new Code(code, clientId, Set.copyOf(scopes), clock.instant().plus(lifetime)));
        return code;
    }

    /** A refresh token as if from an earlier exchange; it counts towards the client's refresh-token cap. */
    synchronized String issueRefreshToken(String clientId, Set<String> scopes) {
        requireClient(clientId);
        return newRefresh(clientId, Set.copyOf(scopes), true).value;
    }

    /**
     * An access token behind a refresh token of its own that no limit counts, so tests may mint as many as
     * they like without evicting the product's tokens.
     */
    synchronized String issueAccessToken(String clientId, Set<String> scopes) {
        requireClient(clientId);
        return newAccess(newRefresh(clientId, Set.copyOf(scopes), false)).value();
    }

    /** Revokes a refresh token and every access token it minted; false when unknown. */
    synchronized boolean revoke(String refreshToken) {
        Refresh r = refreshToken == null ? null : refreshTokens.remove(refreshToken);
        if (r == null) {
            return false;
        }
        kill(r);
        Deque<Refresh> owned = refreshByClient.get(r.clientId);
        if (owned != null) {
            owned.remove(r);
        }
        return true;
    }

    /** The live access token, or {@code null} when unknown, expired, evicted or revoked. */
    Access authenticate(String token) {
        Access a = token == null ? null : accessTokens.get(token);
        if (a == null || a.parent().revoked || !clock.instant().isBefore(a.expiresAt())) {
            return null;
        }
        return a;
    }

    long codeExchanges() {
        return codeExchanges.get();
    }

    long refreshes() {
        return refreshes.get();
    }

    /** {@code POST /oauth/v2/token}: always an HTTP 200 body, either tokens or {@code {"error": ...}}. */
    synchronized ObjectNode grant(Map<String, String> p) {
        String grantType = p.get("grant_type");
        if ("authorization_code".equals(grantType)) {
            codeExchanges.incrementAndGet();
        } else if ("refresh_token".equals(grantType)) {
            refreshes.incrementAndGet();
        } else {
            return error("unsupported_grant_type");
        }
        String clientId = p.get("client_id");
        Client client = clientId == null ? null : clients.get(clientId);
        if (client == null || client.dataCenter() != dataCenter) {
            return error("invalid_client");
        }
        if (!client.secret().equals(p.get("client_secret"))) {
            return error(settings.wrongSecret() == ZohoSettings.WrongSecret.INVALID_CLIENT
                    ? "invalid_client" : "invalid_client_secret");
        }
        return "authorization_code".equals(grantType) ? exchange(client, p.get("code")) : refresh(client, p.get("refresh_token"));
    }

    private ObjectNode exchange(Client client, String codeValue) {
        Code code = codeValue == null ? null : codes.get(codeValue);
        if (code == null || !code.clientId().equals(client.id()) || !clock.instant().isBefore(code.expiresAt())) {
            return error("invalid_code");
        }
        // Single use: grants are synchronized, so removing here is enough to make a second exchange fail.
        codes.remove(codeValue);
        Refresh r = newRefresh(client.id(), code.scopes(), true);
        Access a = newAccess(r);
        return tokens(a).put("refresh_token", r.value);
    }

    private ObjectNode refresh(Client client, String token) {
        Refresh r = token == null ? null : refreshTokens.get(token);
        if (r == null || r.revoked || !r.clientId.equals(client.id())) {
            return error("invalid_code");
        }
        int limit = settings.accessTokensPerRefreshTokenPer10Minutes();
        Instant now = clock.instant();
        while (!r.minted.isEmpty() && !r.minted.peekFirst().isAfter(now.minus(THROTTLE_WINDOW))) {
            r.minted.removeFirst();
        }
        if (limit > 0 && r.minted.size() >= limit) {
            return error("access_denied").put("error_description",
                    "You have made too many requests continuously. Please try again after some time.");
        }
        return tokens(newAccess(r));
    }

    private ObjectNode tokens(Access a) {
        // Key order as Zoho sends it; refresh_token is inserted after access_token by the caller.
        ObjectNode body = Json.object().put("access_token", a.value());
        ObjectNode rest = Json.object().put("api_domain", dataCenter.apiDomain()).put("token_type", "Bearer")
                .put("expires_in", settings.accessTokenLifetime().toSeconds());
        return body.setAll(rest);
    }

    private Refresh newRefresh(String clientId, Set<String> scopes, boolean counted) {
        Refresh r = new Refresh(token(), clientId, scopes);
        if (counted) {
            Deque<Refresh> owned = refreshByClient.computeIfAbsent(clientId, k -> new ArrayDeque<>());
            int max = settings.maxRefreshTokensPerClient();
            while (max > 0 && owned.size() >= max) {
                Refresh oldest = owned.removeFirst();
                refreshTokens.remove(oldest.value);
                kill(oldest);
            }
            owned.addLast(r);
        }
        refreshTokens.put(r.value, r);
        return r;
    }

    private Access newAccess(Refresh r) {
        Instant now = clock.instant();
        r.active.removeIf(a -> {
            boolean expired = !now.isBefore(a.expiresAt());
            if (expired) {
                accessTokens.remove(a.value());
            }
            return expired;
        });
        int max = settings.maxActiveAccessTokens();
        while (max > 0 && r.active.size() >= max) {
            accessTokens.remove(r.active.removeFirst().value());
        }
        Access a = new Access(token(), r, now.plus(settings.accessTokenLifetime()));
        accessTokens.put(a.value(), a);
        r.active.addLast(a);
        r.minted.addLast(now);
        return a;
    }

    private void kill(Refresh r) {
        r.revoked = true;
        r.active.forEach(a -> accessTokens.remove(a.value()));
        r.active.clear();
    }

    private void requireClient(String clientId) {
        if (!clients.containsKey(clientId)) {
            throw new IllegalArgumentException("No client registered with id " + clientId);
        }
    }

    private static ObjectNode error(String code) {
        return Json.object().put("error", code);
    }

    /** Opaque tokens shaped like Zoho's: {@code 1000.<32 hex>.<32 hex>}. */
    private static String token() {
        HexFormat hex = HexFormat.of();
        return "1000." + hex.formatHex(bytes(16)) + "." + hex.formatHex(bytes(16));
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
