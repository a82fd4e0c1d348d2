package ai.hrflow.connectors.emulators.jobadder;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.TestHttp;
import ai.hrflow.connectors.emulators.server.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** One emulator per test with a registered app and, on demand, a valid access token. */
final class JobAdderFixture implements AutoCloseable {
    static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    static final String CLIENT = "client-1";
    static final String SECRET = "s3cret-value";
    static final String REDIRECT = "https://app.example.com/callback";

    final JobAdderEmulator emu;
    final TestHttp id;

    JobAdderFixture() {
        emu = JobAdderEmulator.builder().clock(MutableClock.fixed(T0)).start();
        emu.addClient(CLIENT, SECRET, REDIRECT);
        id = new TestHttp(emu.idUrl());
    }

    HttpResponse<String> token(String form) {
        return id.send("POST", "/connect/token", "application/x-www-form-urlencoded", form);
    }

    HttpResponse<String> exchange(String code) {
        return token("grant_type=authorization_code&code=" + TestHttp.enc(code) + "&redirect_uri="
                + TestHttp.enc(REDIRECT) + "&client_id=" + CLIENT + "&client_secret=" + SECRET);
    }

    HttpResponse<String> refresh(String refreshToken) {
        return token("grant_type=refresh_token&refresh_token=" + refreshToken + "&client_id=" + CLIENT
                + "&client_secret=" + SECRET);
    }

    /** Exchanges a fresh code; returns the token response. */
    JsonNode grant() {
        HttpResponse<String> r = exchange(emu.issueCode(CLIENT, REDIRECT));
        if (r.statusCode() != 200) {
            throw new AssertionError("token exchange failed: " + r.body());
        }
        return TestHttp.body(r);
    }

    /** An authenticated client on the API base ({@code .../v2}). */
    TestHttp api() {
        return new TestHttp(emu.apiUrl()).withHeader("Authorization", "Bearer " + grant().path("access_token").asText());
    }

    static ObjectNode candidate(String first, String last, String email) {
        ObjectNode c = Json.object().put("firstName", first).put("lastName", last);
        return email == null ? c : c.put("email", email);
    }

    void tick(Duration d) {
        emu.clock().advance(d);
    }

    @Override
    public void close() {
        emu.close();
    }
}
