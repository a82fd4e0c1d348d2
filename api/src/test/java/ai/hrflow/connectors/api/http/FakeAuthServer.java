package ai.hrflow.connectors.api.http;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OAuth 2.0 authorization server and a protected API on one {@link ScriptedServer}: single-use codes,
 * refresh tokens (optionally rotated), access tokens valid until revoked, RFC errors in 400 bodies or
 * Zoho-style errors in 200 bodies.
 */
final class FakeAuthServer implements AutoCloseable {
    static final String CLIENT_ID = "1000.CLIENTID42";
    static final String CLIENT_SECRET = "client-secret-value-42";
    static final String TOKEN_PATH = "/oauth/v2/token";
    static final String API_PATH = "/api/me";

    final ScriptedServer server;
    final Set<String> codes = ConcurrentHashMap.newKeySet();
    final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();
    final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
    /** Every code and token this server ever handed out, to check none leaks. */
    final List<String> issued = new CopyOnWriteArrayList<>();
    final AtomicInteger codeExchanges = new AtomicInteger();
    final AtomicInteger refreshes = new AtomicInteger();
    final AtomicInteger apiCalls = new AtomicInteger();
    volatile boolean rotate;
    volatile boolean zohoErrors;
    volatile boolean giveRefreshToken = true;
    volatile long tokenDelayMillis;
    private final AtomicInteger seq = new AtomicInteger();

    FakeAuthServer() throws Exception {
        server = ScriptedServer.start();
        server.route(TOKEN_PATH, this::token).route(API_PATH, this::api);
    }

    String issueCode() {
        return remember(codes, "CODE" + seq.incrementAndGet() + "x9f8e7d6");
    }

    String issueRefreshToken() {
        return remember(refreshTokens, "REFRESH" + seq.incrementAndGet() + "a1b2c3d4");
    }

    void revokeAccessTokens() {
        accessTokens.clear();
    }

    String tokenUrl() {
        return server.url(TOKEN_PATH);
    }

    List<RecordedRequest> tokenRequests() {
        return server.requests().stream().filter(r -> r.path().equals(TOKEN_PATH)).toList();
    }

    RecordedRequest lastTokenRequest() {
        List<RecordedRequest> all = tokenRequests();
        return all.get(all.size() - 1);
    }

    private String remember(Set<String> set, String value) {
        set.add(value);
        issued.add(value);
        return value;
    }

    private Reply token(RecordedRequest request) {
        if (tokenDelayMillis > 0) {
            try {
                Thread.sleep(tokenDelayMillis); // widens the window in which concurrent callers could race
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!clientAuthenticated(request)) {
            return error("invalid_client");
        }
        ObjectNode answer = Json.object();
        switch (String.valueOf(request.formValue("grant_type"))) {
            case "authorization_code" -> {
                codeExchanges.incrementAndGet();
                if (!codes.remove(String.valueOf(request.formValue("code")))) {
                    return error(zohoErrors ? "invalid_code" : "invalid_grant");
                }
                if (giveRefreshToken) {
                    answer.put("refresh_token", issueRefreshToken());
                }
                answer.put("api", server.url("/api"));
            }
            case "refresh_token" -> {
                refreshes.incrementAndGet();
                String used = String.valueOf(request.formValue("refresh_token"));
                if (!refreshTokens.contains(used)) {
                    return error(zohoErrors ? "invalid_code" : "invalid_grant");
                }
                if (rotate) {
                    refreshTokens.remove(used);
                    answer.put("refresh_token", issueRefreshToken());
                }
            }
            default -> {
                return error("unsupported_grant_type");
            }
        }
        answer.put("access_token", remember(accessTokens, "ACCESS" + seq.incrementAndGet() + "q7w8e9r0"));
        return Reply.json(200, answer.put("token_type", "Bearer").put("expires_in", 3600).toString());
    }

    private boolean clientAuthenticated(RecordedRequest request) {
        String basic = request.header("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            String pair = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8);
            return pair.equals(CLIENT_ID + ":" + CLIENT_SECRET);
        }
        return CLIENT_ID.equals(request.formValue("client_id")) && CLIENT_SECRET.equals(request.formValue("client_secret"));
    }

    private Reply error(String code) {
        String body = Json.object().put("error", code).toString();
        return zohoErrors ? Reply.json(200, body) : Reply.json(400, body);
    }

    private Reply api(RecordedRequest request) {
        apiCalls.incrementAndGet();
        String auth = String.valueOf(request.header("Authorization"));
        String token = auth.substring(auth.indexOf(' ') + 1);
        if (!accessTokens.contains(token)) {
            return Reply.json(401, "{\"code\":\"INVALID_TOKEN\",\"message\":\"invalid oauth token\",\"status\":\"error\"}");
        }
        return Reply.json(200, "{\"user\":\"bob\",\"scheme\":\"" + auth.substring(0, auth.indexOf(' ')) + "\"}");
    }

    @Override
    public void close() {
        server.close();
    }
}
