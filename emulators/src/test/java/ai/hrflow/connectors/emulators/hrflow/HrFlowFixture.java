package ai.hrflow.connectors.emulators.hrflow;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.TestHttp;
import ai.hrflow.connectors.emulators.server.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Instant;

/** One emulator per test with a full-permission key, an async source, a sync source and a board. */
final class HrFlowFixture implements AutoCloseable {
    static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    static final String EMAIL = "tester@example.com";

    final HrFlowEmulator emu;
    final String apiKey;
    final String source;
    final String syncSource;
    final String board;
    /** Authenticated client on {@code <server>/v1}. */
    final TestHttp http;

    HrFlowFixture() {
        emu = HrFlowEmulator.builder().clock(MutableClock.fixed(T0)).start();
        apiKey = emu.newApiKey("ask_", EMAIL);
        source = emu.addSource("ATS", false);
        syncSource = emu.addSource("Sync parsing", true);
        board = emu.addBoard("Jobs");
        http = as(apiKey);
    }

    TestHttp as(String key) {
        return new TestHttp(emu.baseUrl()).withHeader("X-API-KEY", key).withHeader("X-USER-EMAIL", EMAIL);
    }

    static ObjectNode profile(String reference) {
        ObjectNode p = Json.object().put("reference", reference).put("text", "Resume of " + reference)
                .put("text_language", "en");
        p.putObject("info").put("first_name", "Ada").put("last_name", "Lovelace").put("email", reference + "@example.com");
        return p;
    }

    /** POSTs a profile into {@link #source}; returns the whole answer. */
    HttpResponse<String> create(String sourceKey, ObjectNode profile) {
        return http.json("POST", "/profile/indexing", profile.deepCopy().put("source_key", sourceKey));
    }

    JsonNode created(String reference) {
        HttpResponse<String> r = create(source, profile(reference));
        if (r.statusCode() != 201) {
            throw new AssertionError("create failed: " + r.body());
        }
        return TestHttp.body(r).path("data");
    }

    void tick(long seconds) {
        emu.clock().advance(java.time.Duration.ofSeconds(seconds));
    }

    @Override
    public void close() {
        emu.close();
    }
}
