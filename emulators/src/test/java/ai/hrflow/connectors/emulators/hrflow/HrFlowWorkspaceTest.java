package ai.hrflow.connectors.emulators.hrflow;

import static ai.hrflow.connectors.emulators.hrflow.HrFlowAuthTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.TestHttp;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HrFlowWorkspaceTest {
    private final HrFlowFixture f = new HrFlowFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void sourceInfoCarriesSyncParsingAsABoolean() {
        JsonNode sync = TestHttp.body(f.http.get("/source?key=" + f.syncSource));
        JsonNode async = TestHttp.body(f.http.get("/source?source_key=" + f.source));

        assertThat(sync.path("code").asInt()).isEqualTo(200);
        assertThat(sync.path("message").asText()).isEqualTo("Source info");
        assertThat(sync.path("data").path("key").asText()).isEqualTo(f.syncSource).matches("^[0-9a-f]{40}$");
        assertThat(sync.path("data").path("sync_parsing").isBoolean()).isTrue();
        assertThat(sync.path("data").path("sync_parsing").asBoolean()).isTrue();
        assertThat(async.path("data").path("sync_parsing").asBoolean()).isFalse();
        assertThat(sync.path("data").path("name").asText()).isEqualTo("Sync parsing");
    }

    @Test
    void unknownSourceOrBoardHaveTheirOwnMessages() {
        assertError(f.http.get("/source?key=nope"), 400, "Invalid source fields");
        assertError(f.http.get("/board?key=nope"), 400, "Invalid board fields");
    }

    @Test
    void boardInfoAndCustomFixtures() {
        f.emu.addSource(Json.object().put("key", "src-custom").put("name", "Custom").put("type", "folder")
                .put("environment", "staging"));
        f.emu.addBoard("board-1", "Careers");

        JsonNode board = TestHttp.body(f.http.get("/board?key=board-1"));
        JsonNode source = TestHttp.body(f.http.get("/source?key=src-custom"));

        assertThat(board.path("message").asText()).isEqualTo("Board info");
        assertThat(board.path("data").path("name").asText()).isEqualTo("Careers");
        assertThat(board.path("data").has("sync_parsing")).isFalse();
        assertThat(source.path("data").path("type").asText()).isEqualTo("folder");
        assertThat(source.path("data").path("environment").asText()).isEqualTo("staging");
        JsonNode created = f.created("x");
        assertThat(created.path("source").size()).isEqualTo(5);
    }

    @Test
    void unknownRouteIsAnEnvelope404() {
        assertError(f.http.get("/nothing/here"), 404, "Not found: GET /v1/nothing/here");
    }
}
