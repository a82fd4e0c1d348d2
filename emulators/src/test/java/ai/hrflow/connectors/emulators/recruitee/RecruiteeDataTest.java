package ai.hrflow.connectors.emulators.recruitee;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.emulators.TestHttp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecruiteeDataTest {
    @Test
    void sameSeedSameData() {
        assertThat(RecruiteeData.candidates(50, 7)).isEqualTo(RecruiteeData.candidates(50, 7));
        assertThat(RecruiteeData.offers(12, 7)).isEqualTo(RecruiteeData.offers(12, 7));
        assertThat(RecruiteeData.candidates(50, 8)).isNotEqualTo(RecruiteeData.candidates(50, 7));
        assertThat(RecruiteeData.candidate(49, 7)).isEqualTo(RecruiteeData.candidates(50, 7).get(49));
    }

    @Test
    void offersCoverTheCasesFormatsMustHandle() {
        List<ObjectNode> offers = RecruiteeData.offers(12, 7);

        assertThat(offers).anyMatch(o -> !o.has("highlight_html")).anyMatch(o -> o.has("highlight_html"));
        assertThat(offers).anyMatch(o -> o.has("salary") && o.get("salary").isNull())
                .anyMatch(o -> o.path("salary").isObject());
        assertThat(offers).anyMatch(o -> o.path("status").asText().equals("archived"))
                .anyMatch(o -> o.path("kind").asText().equals("talent_pool"));
    }

    @Test
    void candidatesHaveEveryFieldKindAndSomeEdits() {
        List<ObjectNode> candidates = RecruiteeData.candidates(30, 7);

        assertThat(candidates).allMatch(c -> c.path("emails").size() == 1 && !c.path("name").asText().isBlank());
        assertThat(candidates.get(0).path("fields")).extracting(f -> f.path("kind").asText())
                .contains("education", "experience", "language_skill", "skills", "address", "date_of_birth",
                        "gender", "single_line");
        assertThat(candidates).anyMatch(c -> !c.path("updated_at").equals(c.path("created_at")))
                .anyMatch(c -> c.path("updated_at").equals(c.path("created_at")));
    }

    @Test
    void seededDataIsServedWithGeneratedIds() {
        try (RecruiteeEmulator emu = RecruiteeEmulator.start()) {
            emu.addCompany(1, "demo");
            String token = emu.newToken(1);
            emu.addOffers(1, RecruiteeData.offers(6, 7));
            assertThat(emu.seedCandidates(1, RecruiteeData.candidates(25, 7))).isEqualTo(25);

            JsonNode page = TestHttp.body(new TestHttp(emu.baseUrl()).withHeader("Authorization", "Bearer " + token)
                    .get("/demo/candidates?limit=10&offset=0"));
            assertThat(page.path("candidates")).hasSize(10);
            JsonNode newest = page.path("candidates").get(0);
            assertThat(newest.path("name").asText()).isEqualTo(RecruiteeData.candidate(24, 7).path("name").asText());
            assertThat(emu.candidate(1, newest.path("id").asLong()).orElseThrow().path("cv_original_url").asText())
                    .startsWith("https://files.example/cv/");
        }
    }
}
