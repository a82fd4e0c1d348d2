package ai.hrflow.connectors.emulators.recruitee;

import static ai.hrflow.connectors.emulators.recruitee.RecruiteeFixture.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.TestHttp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecruiteeUpdateDeleteTest {
    private final RecruiteeFixture f = new RecruiteeFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private String path(long id) {
        return "/" + COMPANY + "/candidates/" + id;
    }

    @Test
    void getReturnsDetailOr404() {
        long id = f.created("Ann Lee").path("id").asLong();

        JsonNode detail = TestHttp.body(f.http.get(path(id))).path("candidate");
        assertThat(detail.path("name").asText()).isEqualTo("Ann Lee");
        assertThat(detail.has("social_links")).isTrue();
        assertThat(f.http.get(path(1)).statusCode()).isEqualTo(404);
        assertThat(f.http.get("/" + COMPANY + "/candidates/abc").statusCode()).isEqualTo(404);
    }

    @Test
    void patchReplacesGivenKeysAndMovesUpdatedAt() {
        long id = f.created("Ann Lee").path("id").asLong();
        f.tick(Duration.ofHours(1));
        ObjectNode body = Json.object();
        body.putObject("candidate").put("name", "Ann Lee-Smith").putArray("phones").add("+1 555");

        HttpResponse<String> r = f.http.json("PATCH", path(id), body);

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode updated = TestHttp.body(r).path("candidate");
        assertThat(updated.path("name").asText()).isEqualTo("Ann Lee-Smith");
        assertThat(updated.path("phones")).extracting(JsonNode::asText).containsExactly("+1 555");
        assertThat(updated.path("emails")).hasSize(1); // untouched
        assertThat(updated.path("updated_at").asText()).isEqualTo("2024-03-01T10:00:00.000000Z");
        assertThat(updated.path("created_at").asText()).isEqualTo("2024-03-01T09:00:00.000000Z");
    }

    @Test
    void patchValidatesLikeCreateAndKnowsUnknownIds() {
        long id = f.created("Ann Lee").path("id").asLong();
        ObjectNode blank = Json.object();
        blank.putObject("candidate").put("name", "");
        ObjectNode nulls = Json.object();
        nulls.putObject("candidate").putArray("emails").addNull();

        assertThat(f.http.json("PATCH", path(id), blank).statusCode()).isEqualTo(422);
        assertThat(f.http.json("PATCH", path(id), nulls).statusCode()).isEqualTo(422);
        assertThat(f.http.json("PATCH", path(id + 100), Json.object().set("candidate", Json.object())).statusCode())
                .isEqualTo(404);
    }

    @Test
    void deleteIsPermanentAndASecondDeleteIs404() {
        long id = f.created("Ann Lee").path("id").asLong();

        HttpResponse<String> r = f.http.send("DELETE", path(id), null, null);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(TestHttp.body(r).path("candidate").path("deleted_at").asText()).isNotBlank();
        assertThat(f.http.get(path(id)).statusCode()).isEqualTo(404);
        assertThat(f.http.send("DELETE", path(id), null, null).statusCode()).isEqualTo(404);
        assertThat(TestHttp.body(f.http.get("/" + COMPANY + "/candidates")).path("candidates")).isEmpty();
    }

    @Test
    void deleteMayAnswer204() {
        f.emu.settings().deleteStatus(204);
        long id = f.created("Ann Lee").path("id").asLong();

        HttpResponse<String> r = f.http.send("DELETE", path(id), null, null);

        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.body()).isEmpty();
        assertThat(f.emu.candidateCount(COMPANY)).isZero();
    }
}
