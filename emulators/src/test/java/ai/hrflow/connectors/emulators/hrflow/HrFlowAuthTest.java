package ai.hrflow.connectors.emulators.hrflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.emulators.TestHttp;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HrFlowAuthTest {
    private final HrFlowFixture f = new HrFlowFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void missingHeadersAreRejected() {
        HttpResponse<String> noHeaders = new TestHttp(f.emu.baseUrl()).get("/source?key=" + f.source);
        HttpResponse<String> noEmail = new TestHttp(f.emu.baseUrl()).withHeader("X-API-KEY", f.apiKey)
                .get("/source?key=" + f.source);

        assertError(noHeaders, 401, "Unauthorized. Invalid secret key: ");
        assertThat(noEmail.statusCode()).isEqualTo(401);
    }

    @Test
    void unknownKeyAndWrongEmailAre401() {
        String unknown = "ask_" + "0".repeat(32);
        HttpResponse<String> badKey = f.as(unknown).get("/source?key=" + f.source);
        HttpResponse<String> badEmail = new TestHttp(f.emu.baseUrl()).withHeader("X-API-KEY", f.apiKey)
                .withHeader("X-USER-EMAIL", "someone@else.com").get("/source?key=" + f.source);

        assertError(badKey, 401, "Unauthorized. Invalid secret key: " + unknown);
        assertThat(badEmail.statusCode()).isEqualTo(401);
        assertThat(f.as(f.apiKey).get("/source?key=" + f.source).statusCode()).isEqualTo(200);
    }

    @Test
    void readOnlyKeyCannotWriteAndWriteOnlyKeyCannotRead() {
        String readKey = f.emu.newApiKey("askr_", HrFlowFixture.EMAIL);
        String writeKey = f.emu.newApiKey("askw_", HrFlowFixture.EMAIL);

        HttpResponse<String> readWrites = f.as(readKey).json("POST", "/profile/indexing",
                HrFlowFixture.profile("r1").put("source_key", f.source));
        HttpResponse<String> writeReads = f.as(writeKey).get("/source?key=" + f.source);

        assertError(readWrites, 401, "Unauthorized. Invalid secret key: " + readKey + " for permission: write");
        assertError(writeReads, 401, "Unauthorized. Invalid secret key: " + writeKey + " for permission: read");
        assertThat(f.as(readKey).get("/source?key=" + f.source).statusCode()).isEqualTo(200);
        assertThat(f.as(writeKey).json("POST", "/profile/indexing",
                HrFlowFixture.profile("w1").put("source_key", f.source)).statusCode()).isEqualTo(201);
    }

    @Test
    void permissionsCanBeSwitchedOff() {
        String readKey = f.emu.newApiKey("askr_", HrFlowFixture.EMAIL);
        f.emu.settings().enforcePermissions(false);

        assertThat(f.as(readKey).json("POST", "/profile/indexing",
                HrFlowFixture.profile("r1").put("source_key", f.source)).statusCode()).isEqualTo(201);
    }

    @Test
    void keyLimitedToSomeSourcesGets401OnOthers() {
        String limited = f.emu.addApiKey("ask_" + "a".repeat(32), HrFlowFixture.EMAIL, Set.of(f.source, f.board));

        HttpResponse<String> other = f.as(limited).get("/profile/indexing?source_key=" + f.syncSource + "&reference=x");
        HttpResponse<String> otherSource = f.as(limited).get("/source?key=" + f.syncSource);

        assertError(other, 401, "Unauthorized Access to source key: " + f.syncSource);
        assertError(otherSource, 401, "Unauthorized Access to source key: " + f.syncSource);
        assertThat(f.as(limited).get("/board?key=" + f.board).statusCode()).isEqualTo(200);
    }

    @Test
    void authEndpointDescribesTheKey() {
        String readKey = f.emu.newApiKey("askr_", HrFlowFixture.EMAIL);
        f.emu.settings().team("Acme", "acme");

        JsonNode all = TestHttp.body(f.http.get("/auth"));
        JsonNode read = TestHttp.body(f.as(readKey).get("/auth"));

        assertThat(all.path("code").asInt()).isEqualTo(200);
        assertThat(all.path("data").path("api_key_permission").asText()).isEqualTo("all");
        assertThat(all.path("data").path("team_name").asText()).isEqualTo("Acme");
        assertThat(all.path("data").path("team_subdomain").asText()).isEqualTo("acme");
        assertThat(all.path("data").has("request_origin")).isTrue();
        assertThat(read.path("data").path("api_key_permission").asText()).isEqualTo("read");
    }

    @Test
    void keysMustHaveTheSdkFormat() {
        assertThatThrownBy(() -> f.emu.addApiKey("secret", HrFlowFixture.EMAIL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.emu.addApiKey("ask_" + "A".repeat(32), HrFlowFixture.EMAIL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(f.emu.newApiKey("askw_", "x@y.z")).matches("^askw_[0-9a-f]{32}$");
    }

    static void assertError(HttpResponse<String> r, int status, String message) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().allValues("Content-Type")).containsExactly("application/json");
        JsonNode body = TestHttp.body(r);
        assertThat(body.path("code").asInt()).isEqualTo(status);
        assertThat(body.path("message").asText()).isEqualTo(message);
        assertThat(body.has("meta")).isFalse();
    }
}
