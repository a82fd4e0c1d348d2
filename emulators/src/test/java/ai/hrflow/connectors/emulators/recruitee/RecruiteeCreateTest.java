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

class RecruiteeCreateTest {
    private final RecruiteeFixture f = new RecruiteeFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void createAssignsIdTimestampsAndSources() {
        ObjectNode body = RecruiteeFixture.body("Ann Lee", "ann@x.io");
        ObjectNode c = (ObjectNode) body.get("candidate");
        c.putArray("sources").add("HrFlow source");
        c.putArray("links").add("https://annlee.dev");
        c.put("remote_cv_url", "https://files.example/cv.pdf");

        HttpResponse<String> r = f.create(body);

        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode created = TestHttp.body(r).path("candidate");
        assertThat(created.path("id").asLong()).isPositive();
        assertThat(created.path("created_at").asText()).isEqualTo("2024-03-01T09:00:00.000000Z")
                .isEqualTo(created.path("updated_at").asText());
        assertThat(created.path("source").asText()).isEqualTo("manual");
        assertThat(created.path("sources").get(0).asText()).isEqualTo("HrFlow source");
        assertThat(created.path("cv_original_url").asText()).isEqualTo("https://files.example/cv.pdf");
        assertThat(TestHttp.body(r).path("references").isArray()).isTrue();
        assertThat(f.emu.candidateCount(COMPANY)).isEqualTo(1);
    }

    @Test
    void createStatusCanBe200() {
        f.emu.settings().createStatus(200);
        assertThat(f.create(RecruiteeFixture.body("Ann Lee", "ann@x.io")).statusCode()).isEqualTo(200);
    }

    @Test
    void offersGetOnePlacementEachInTheDefaultStage() {
        ObjectNode body = RecruiteeFixture.body("Ann Lee", "ann@x.io");
        body.putArray("offers").add(f.offerA).add(f.offerB);

        JsonNode created = TestHttp.body(f.create(body)).path("candidate");

        assertThat(created.path("placements")).hasSize(2);
        ObjectNode offer = f.emu.offer(COMPANY, f.offerA).orElseThrow();
        long applyStage = offer.path("pipeline_template").path("stages").get(1).path("id").asLong();
        assertThat(created.path("placements").get(0).path("offer_id").asLong()).isEqualTo(f.offerA);
        assertThat(created.path("placements").get(0).path("stage_id").asLong()).isEqualTo(applyStage);
        assertThat(f.emu.offer(COMPANY, f.offerA).orElseThrow().path("candidates_count").asInt()).isEqualTo(1);
    }

    @Test
    void offersMayBeAbsentNullEmptyOrOneOfferId() {
        ObjectNode withNull = RecruiteeFixture.body("A", "a@x.io");
        withNull.putNull("offers");
        ObjectNode empty = RecruiteeFixture.body("B", "b@x.io");
        empty.putArray("offers");
        ObjectNode single = RecruiteeFixture.body("C", "c@x.io").put("offer_id", f.offerB);

        assertThat(f.create(RecruiteeFixture.body("D", "d@x.io")).statusCode()).isEqualTo(201);
        assertThat(f.create(withNull).statusCode()).isEqualTo(201);
        assertThat(f.create(empty).statusCode()).isEqualTo(201);
        HttpResponse<String> r = f.create(single);
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(TestHttp.body(r).path("candidate").path("placements").get(0).path("offer_id").asLong())
                .isEqualTo(f.offerB);
    }

    @Test
    void unknownOrMalformedOffersAre422OrConfigured404() {
        ObjectNode unknown = RecruiteeFixture.body("A", "a@x.io");
        unknown.putArray("offers").add(999);
        ObjectNode text = RecruiteeFixture.body("A", "a@x.io");
        text.putArray("offers").add("abc");

        HttpResponse<String> r = f.create(unknown);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(TestHttp.body(r).path("error").get(0).asText()).contains("999");
        assertThat(f.create(text).statusCode()).isEqualTo(422);
        f.emu.settings().unknownOfferStatus(404);
        assertThat(f.create(unknown).statusCode()).isEqualTo(404);
        assertThat(f.emu.candidateCount(COMPANY)).isZero();
    }

    @Test
    void validationListsEveryProblem() {
        ObjectNode body = Json.object();
        ObjectNode c = body.putObject("candidate").put("name", "  ");
        c.putArray("emails").addNull();
        c.put("phones", "not a list");

        HttpResponse<String> r = f.create(body);

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(TestHttp.body(r).path("error")).hasSize(3);
        assertThat(f.create(Json.object().put("name", "no root key")).statusCode()).isEqualTo(422);
        assertThat(f.http.send("POST", "/" + COMPANY + "/candidates", "application/json", "{").statusCode())
                .isEqualTo(400);
    }

    @Test
    void nullContactEntriesAreRefusedOnlyInStrictMode() {
        ObjectNode body = Json.object();
        ObjectNode c = body.putObject("candidate").put("name", "Ann");
        c.putArray("emails").addNull();
        c.putArray("phones").addNull();

        assertThat(f.create(body).statusCode()).isEqualTo(422);
        f.emu.settings().strictNulls(false);
        HttpResponse<String> r = f.create(body);
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(TestHttp.body(r).path("candidate").path("emails")).isEmpty();
    }

    @Test
    void noDedupButDuplicatesAreFlagged() {
        long first = f.created("Ann Lee").path("id").asLong();
        JsonNode second = f.created("Ann Lee");

        assertThat(second.path("id").asLong()).isNotEqualTo(first);
        assertThat(second.path("duplicates")).extracting(JsonNode::asLong).containsExactly(first);
        assertThat(f.emu.candidateCount(COMPANY)).isEqualTo(2);
        assertThat(f.emu.candidatesWithEmail(COMPANY, "ANN.lee@example.com")).hasSize(2);
        assertThat(f.emu.candidatesWithEmail(COMPANY, "nobody@example.com")).isEmpty();
    }

    @Test
    void cvShowsAfterTheProcessingDelay() {
        f.emu.settings().cvProcessingDelay(Duration.ofSeconds(30));
        ObjectNode body = RecruiteeFixture.body("Ann", "ann@x.io");
        ((ObjectNode) body.get("candidate")).put("remote_cv_url", "https://files.example/cv.pdf");
        long id = TestHttp.body(f.create(body)).path("candidate").path("id").asLong();

        assertThat(f.emu.candidate(COMPANY, id).orElseThrow().path("cv_original_url").isNull()).isTrue();
        f.tick(Duration.ofSeconds(31));
        JsonNode later = TestHttp.body(f.http.get("/" + COMPANY + "/candidates/" + id)).path("candidate");
        assertThat(later.path("cv_original_url").asText()).isEqualTo("https://files.example/cv.pdf");
    }
}
