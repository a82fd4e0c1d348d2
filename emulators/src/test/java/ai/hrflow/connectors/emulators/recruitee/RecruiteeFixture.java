package ai.hrflow.connectors.emulators.recruitee;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.TestHttp;
import ai.hrflow.connectors.emulators.server.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** One emulator per test: company 12345 ({@code acme}) with a token and two offers, and company 777 ({@code other}). */
final class RecruiteeFixture implements AutoCloseable {
    static final Instant T0 = Instant.parse("2024-03-01T09:00:00Z");
    static final long COMPANY = 12345;
    static final long OTHER = 777;
    static final String CANDIDATES = "/c/{company}/candidates";

    final RecruiteeEmulator emu;
    final String token;
    final String otherToken;
    final long offerA;
    final long offerB;
    /** Authenticated client on the API root ({@code <server>/c}). */
    final TestHttp http;

    RecruiteeFixture() {
        emu = RecruiteeEmulator.builder().clock(MutableClock.fixed(T0)).start();
        emu.addCompany(COMPANY, "acme");
        emu.addCompany(OTHER, "other");
        token = emu.newToken(COMPANY);
        otherToken = emu.newToken(OTHER);
        offerA = emu.addOffer(COMPANY, Json.object().put("title", "Backend engineer")).path("id").asLong();
        offerB = emu.addOffer(COMPANY, Json.object().put("title", "Designer")).path("id").asLong();
        http = as(token);
    }

    TestHttp as(String bearer) {
        return new TestHttp(emu.baseUrl()).withHeader("Authorization", "Bearer " + bearer);
    }

    static ObjectNode body(String name, String email) {
        ObjectNode body = Json.object();
        ObjectNode c = body.putObject("candidate").put("name", name);
        c.putArray("emails").add(email);
        c.putArray("phones").add("+33 6 00 00 00 00");
        return body;
    }

    HttpResponse<String> create(ObjectNode body) {
        return http.json("POST", "/" + COMPANY + "/candidates", body);
    }

    /** Creates a candidate and returns its detail; fails the test on any other status than 201. */
    JsonNode created(String name) {
        HttpResponse<String> r = create(body(name, name.toLowerCase().replace(' ', '.') + "@example.com"));
        if (r.statusCode() != 201) {
            throw new AssertionError("create failed: " + r.statusCode() + " " + r.body());
        }
        return TestHttp.body(r).path("candidate");
    }

    void tick(Duration d) {
        emu.clock().advance(d);
    }

    @Override
    public void close() {
        emu.close();
    }
}
