package ai.hrflow.connectors.emulators.recruitee;

import static ai.hrflow.connectors.emulators.recruitee.RecruiteeFixture.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.TestHttp;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecruiteeListTest {
    private final RecruiteeFixture f = new RecruiteeFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private List<Long> ids(String query) {
        JsonNode body = TestHttp.body(f.http.get("/" + COMPANY + "/candidates" + query));
        List<Long> out = new ArrayList<>();
        body.path("candidates").forEach(c -> out.add(c.path("id").asLong()));
        return out;
    }

    private List<Long> createFive() {
        List<Long> ids = new ArrayList<>();
        for (String name : List.of("Ann Lee", "Bob Ray", "Cid Moe", "Dan Poe", "Eve Fox")) {
            ids.add(f.created(name).path("id").asLong());
            f.tick(Duration.ofMinutes(1));
        }
        return ids;
    }

    @Test
    void byDateIsNewestFirstAndWithoutPagingEverythingComes() {
        List<Long> created = createFive();

        assertThat(ids("")).containsExactly(created.get(4), created.get(3), created.get(2), created.get(1),
                created.get(0));
    }

    @Test
    void offsetAndLimitPageUntilAShortPage() {
        List<Long> created = createFive();

        assertThat(ids("?limit=2&offset=0")).containsExactly(created.get(4), created.get(3));
        assertThat(ids("?limit=2&offset=2")).containsExactly(created.get(2), created.get(1));
        assertThat(ids("?limit=2&offset=4")).containsExactly(created.get(0));
        assertThat(ids("?limit=2&offset=6")).isEmpty();
        assertThat(ids("?offset=3")).containsExactly(created.get(1), created.get(0));
    }

    @Test
    void sameCreationTimeIsOrderedByIdDescending() {
        long a = f.created("Ann Lee").path("id").asLong();
        long b = f.created("Bob Ray").path("id").asLong();

        assertThat(ids("")).containsExactly(b, a);
    }

    @Test
    void createdAfterIsStrictAndAcceptsSeveralFormats() {
        List<Long> created = createFive(); // 09:00, 09:01, 09:02, 09:03, 09:04

        assertThat(ids("?created_after=2024-03-01T09:02:00")).containsExactly(created.get(4), created.get(3));
        assertThat(ids("?created_after=2024-03-01T09:02")).containsExactly(created.get(4), created.get(3));
        assertThat(ids("?created_after=2024-03-01T09:02:00.000000Z")).hasSize(2);
        assertThat(ids("?created_after=2024-03-01T09:01:59")).hasSize(3);
        assertThat(f.http.get("/" + COMPANY + "/candidates?created_after=yesterday").statusCode()).isEqualTo(422);
    }

    @Test
    void idsOfferQueryFilters() {
        List<Long> created = createFive();
        var body = RecruiteeFixture.body("Zed Placed", "zed@x.io");
        body.putArray("offers").add(f.offerA);
        long placed = TestHttp.body(f.create(body)).path("candidate").path("id").asLong();

        assertThat(ids("?ids=" + created.get(0) + "," + created.get(2) + ",x")).containsExactly(created.get(2),
                created.get(0));
        assertThat(ids("?offer_id=" + f.offerA)).containsExactly(placed);
        assertThat(ids("?query=ray")).containsExactly(created.get(1));
    }

    @Test
    void booleanFiltersOnlyHonourLowercaseTrueOrOne() {
        createFive();
        long disq = f.emu.seedCandidate(COMPANY, Json.object().put("name", "Out Of Race")
                .set("placements", Json.array().add(Json.object().put("offer_id", f.offerA)
                        .put("disqualified_at", "2024-03-01T08:00:00.000000Z")))).path("id").asLong();
        long qual = f.emu.seedCandidate(COMPANY, Json.object().put("name", "In Race")
                .set("offer_ids", Json.array().add(f.offerB))).path("id").asLong();

        assertThat(ids("?disqualified=true")).containsExactly(disq);
        assertThat(ids("?disqualified=1")).containsExactly(disq);
        assertThat(ids("?qualified=true")).containsExactly(qual);
        assertThat(ids("?disqualified=True")).hasSize(7); // the reference's Python booleans filter nothing
    }

    @Test
    void summariesLeaveOutDetailOnlyKeys() {
        var body = RecruiteeFixture.body("Ann Lee", "ann@x.io");
        ((com.fasterxml.jackson.databind.node.ObjectNode) body.get("candidate")).putArray("social_links")
                .add("https://linkedin.com/in/ann");
        f.create(body);

        JsonNode list = TestHttp.body(f.http.get("/" + COMPANY + "/candidates?limit=10&offset=0"));
        JsonNode summary = list.path("candidates").get(0);
        assertThat(summary.has("emails")).isTrue();
        assertThat(summary.has("updated_at")).isTrue();
        assertThat(summary.has("placements")).isTrue();
        for (String detailOnly : List.of("social_links", "links", "sources", "tags", "fields", "cv_original_url",
                "cover_letter", "description")) {
            assertThat(summary.has(detailOnly)).as(detailOnly).isFalse();
        }
        assertThat(list.path("generated_at").asText()).endsWith("Z");
        assertThat(list.path("references").isArray()).isTrue();
    }

    @Test
    void listsSeeEditsAndDeletionsAtOnce() {
        List<Long> created = createFive();
        assertThat(ids("?limit=10&offset=0")).hasSize(5);

        f.emu.deleteCandidate(COMPANY, created.get(4));

        assertThat(ids("?limit=10&offset=0")).hasSize(4).doesNotContain(created.get(4));
    }
}
