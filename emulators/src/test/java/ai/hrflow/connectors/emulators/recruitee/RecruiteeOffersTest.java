package ai.hrflow.connectors.emulators.recruitee;

import static ai.hrflow.connectors.emulators.recruitee.RecruiteeFixture.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.TestHttp;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecruiteeOffersTest {
    private final RecruiteeFixture f = new RecruiteeFixture();

    @BeforeEach
    void seed() {
        for (String status : List.of("draft", "internal", "closed", "archived")) {
            f.emu.addOffer(COMPANY, Json.object().put("title", status + " job").put("status", status));
        }
        f.emu.addOffer(COMPANY, Json.object().put("title", "Pool").put("kind", "talent_pool"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<String> titles(String query) {
        JsonNode body = TestHttp.body(f.http.get("/" + COMPANY + "/offers" + query));
        List<String> out = new ArrayList<>();
        body.path("offers").forEach(o -> out.add(o.path("title").asText()));
        return out;
    }

    @Test
    void scopeAndKindFilter() {
        assertThat(titles("")).hasSize(7);
        assertThat(titles("?scope=active")).containsExactlyInAnyOrder("Backend engineer", "Designer", "internal job",
                "closed job", "Pool");
        assertThat(titles("?scope=archived")).containsExactly("archived job");
        assertThat(titles("?scope=not_archived")).hasSize(6).doesNotContain("archived job");
        assertThat(titles("?kind=talent_pool")).containsExactly("Pool");
        assertThat(titles("?kind=job&scope=active")).hasSize(4).doesNotContain("Pool");
    }

    @Test
    void unknownParametersAreIgnored() {
        assertThat(titles("?page=2&limit=1&statuses[]=published")).hasSize(7);
    }

    @Test
    void briefViewKeepsFourKeysDefaultViewMost() {
        JsonNode brief = TestHttp.body(f.http.get("/" + COMPANY + "/offers?view_mode=brief")).path("offers").get(0);
        JsonNode full = TestHttp.body(f.http.get("/" + COMPANY + "/offers?view_mode=default")).path("offers").get(0);

        assertThat(brief.size()).isEqualTo(4);
        assertThat(brief.has("id") && brief.has("title") && brief.has("status") && brief.has("kind")).isTrue();
        assertThat(full.has("created_at") && full.has("description") && full.has("salary")).isTrue();
        assertThat(full.has("pipeline_template")).isFalse();
    }

    @Test
    void detailOr404() {
        JsonNode offer = TestHttp.body(f.http.get("/" + COMPANY + "/offers/" + f.offerA)).path("offer");

        assertThat(offer.path("title").asText()).isEqualTo("Backend engineer");
        assertThat(offer.path("pipeline_template").path("stages").size()).isGreaterThan(1);
        assertThat(f.http.get("/" + COMPANY + "/offers/1").statusCode()).isEqualTo(404);
    }

    @Test
    void editingAnOfferMovesUpdatedAt() {
        f.tick(java.time.Duration.ofDays(1));
        f.emu.editOffer(COMPANY, f.offerA, Json.object().put("status", "archived"));

        JsonNode offer = f.emu.offer(COMPANY, f.offerA).orElseThrow();
        assertThat(offer.path("status").asText()).isEqualTo("archived");
        assertThat(offer.path("updated_at").asText()).isEqualTo("2024-03-02T09:00:00.000000Z");
    }
}
