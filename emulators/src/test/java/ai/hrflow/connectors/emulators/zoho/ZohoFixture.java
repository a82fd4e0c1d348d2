package ai.hrflow.connectors.emulators.zoho;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.TestHttp;
import ai.hrflow.connectors.emulators.server.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** One EU emulator per test on a frozen clock, with a registered client and a live access token. */
final class ZohoFixture implements AutoCloseable {
    static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    /** T0 as the emulator writes it (Europe/Paris, winter time). */
    static final String T0_TEXT = "2024-03-01T11:00:00+01:00";

    final ZohoEmulator zoho;
    final ZohoClientCredentials client;
    final String token;
    /** Authenticated client on {@code <recruit>/recruit/v2}. */
    final TestHttp recruit;
    final TestHttp accounts;

    ZohoFixture() {
        zoho = ZohoEmulator.builder().clock(MutableClock.fixed(T0)).start();
        client = zoho.registerClient();
        token = zoho.issueAccessToken(client.clientId());
        recruit = as(token);
        accounts = new TestHttp(zoho.accountsUrl());
    }

    TestHttp as(String accessToken) {
        return new TestHttp(zoho.recruitUrl() + "/recruit/v2").withHeader("Authorization", "Zoho-oauthtoken " + accessToken);
    }

    /** {@code POST /oauth/v2/token} with a form body. */
    HttpResponse<String> token(Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> TestHttp.enc(e.getKey()) + "=" + TestHttp.enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return accounts.send("POST", "/oauth/v2/token", "application/x-www-form-urlencoded", body);
    }

    Map<String, String> codeGrant(String code) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("client_id", client.clientId());
        form.put("client_secret", client.clientSecret());
        form.put("code", code);
        return form;
    }

    Map<String, String> refreshGrant(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("client_id", client.clientId());
        form.put("client_secret", client.clientSecret());
        form.put("refresh_token", refreshToken);
        return form;
    }

    HttpResponse<String> insert(String module, ObjectNode... records) {
        ArrayNode data = Json.array();
        for (ObjectNode r : records) {
            data.add(r);
        }
        return recruit.json("POST", "/" + module, Json.object().set("data", data));
    }

    /** Inserts one candidate through the API and returns its id. */
    String created(ObjectNode candidate) {
        HttpResponse<String> r = insert("Candidates", candidate);
        if (r.statusCode() != 201) {
            throw new AssertionError("insert failed: " + r.statusCode() + " " + r.body());
        }
        return body(r).at("/data/0/details/id").asText();
    }

    HttpResponse<String> getWith(String pathAndQuery, String header, String value) {
        return recruit.send(recruit.builder(pathAndQuery).header(header, value).GET());
    }

    static ObjectNode candidate(String lastName, String email) {
        ObjectNode c = Json.object().put("First_Name", "Ada").put("Last_Name", lastName);
        return email == null ? c : c.put("Email", email);
    }

    static JsonNode body(HttpResponse<String> r) {
        return TestHttp.body(r);
    }

    void tick(long seconds) {
        zoho.clock().advance(Duration.ofSeconds(seconds));
    }

    @Override
    public void close() {
        zoho.close();
    }
}
