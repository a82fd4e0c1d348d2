package ai.hrflow.connectors.recruitee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.recruitee.RecruiteeData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The default formats, with the reference's bugs (contract §7.5) each pinned by a case. */
class FormatsTest {
    private static ObjectNode hrflowProfile() {
        ObjectNode p = Json.object().put("reference", "40000001");
        ObjectNode info = p.putObject("info").put("full_name", "Ann Lee").put("email", "ann@x.io").put("phone", "+33 6");
        info.putArray("urls").add(Json.object().put("type", "from_resume").put("url", "https://annlee.dev"))
                .add(Json.object().put("type", "linkedin").put("url", "https://linkedin.com/in/ann"))
                .add(Json.object().put("type", "github").putNull("url"));
        p.putObject("source").put("name", "Careers site");
        p.putArray("attachments").add(Json.object().put("type", "original").put("public_url", "https://f/o.docx"))
                .add(Json.object().put("type", "resume").put("public_url", "https://f/r.pdf"));
        return p;
    }

    @Test
    void profileToCandidate() throws Exception {
        ObjectNode c = ProfileFormats.FORMAT_PROFILE.apply(hrflowProfile());

        assertThat(c.path("name").asText()).isEqualTo("Ann Lee");
        assertThat(c.path("emails")).extracting(JsonNode::asText).containsExactly("ann@x.io");
        assertThat(c.path("links")).extracting(JsonNode::asText).containsExactly("https://annlee.dev");
        assertThat(c.path("social_links")).extracting(JsonNode::asText).containsExactly("https://linkedin.com/in/ann");
        assertThat(c.path("sources")).extracting(JsonNode::asText).containsExactly("Careers site");
        assertThat(c.path("remote_cv_url").asText()).isEqualTo("https://f/r.pdf");
        assertThat(c.path("cover_letter").asText()).isEmpty();
    }

    @Test
    void noNullContactsAndNoCrashWithoutResume() throws Exception {
        ObjectNode p = Json.object();
        p.putObject("info").putNull("full_name").put("first_name", "Ann").put("last_name", "Lee").putNull("email");
        p.putArray("attachments").add(Json.object().put("type", "original").put("public_url", "https://f/o.docx"));

        ObjectNode c = ProfileFormats.FORMAT_HRFLOW_PROFILE.apply(p);

        assertThat(c.path("name").asText()).isEqualTo("Ann Lee");
        assertThat(c.path("emails")).isEmpty(); // the reference sent [null]
        assertThat(c.path("phones")).isEmpty();
        assertThat(c.has("remote_cv_url")).isFalse(); // the reference crashed
        assertThat(c.has("sources")).isFalse();
    }

    @Test
    void aProfileWithoutNameTakesItsEmailOrIsAFormatFailure() throws Exception {
        ObjectNode p = Json.object();
        p.putObject("info").put("full_name", "  ").put("email", "x@y.z");
        assertThat(ProfileFormats.FORMAT_PROFILE.apply(p).path("name").asText()).isEqualTo("x");

        ((ObjectNode) p.get("info")).putNull("email");
        assertThatThrownBy(() -> ProfileFormats.FORMAT_PROFILE.apply(p)).hasMessageContaining("no name");
    }

    @Test
    void updateCarriesTheIdAndLeavesOutWhatHrFlowLacks() throws Exception {
        ObjectNode p = hrflowProfile();
        ((ObjectNode) p.get("info")).putNull("phone");

        ObjectNode c = ProfileFormats.FORMAT_HRFLOW_PROFILE_FOR_UPDATE.apply(p);

        assertThat(c.path("id").asLong()).isEqualTo(40000001L);
        assertThat(c.has("phones")).isFalse();
        assertThat(c.has("sources")).isFalse();
        assertThat(c.has("cover_letter")).isFalse();
        assertThat(c.path("emails")).hasSize(1);
        assertThat(ProfileFormats.FORMAT_ARCHIVE_IN_RECRUITEE.apply(p)).isEqualTo(Json.object().put("id", 40000001L));
        p.put("reference", "hrflow-made-ref");
        assertThatThrownBy(() -> ProfileFormats.FORMAT_ARCHIVE_IN_RECRUITEE.apply(p))
                .hasMessageContaining("not a Recruitee candidate id");
    }

    @Test
    void candidateToProfile() throws Exception {
        ObjectNode c = RecruiteeData.candidate(0, 7).put("id", 40000042);
        c.putArray("placements").add(Json.object().put("hired_in_this_placement", true));

        ObjectNode p = CandidateFormats.FORMAT_RECRUITEE_CANDIDATE.apply(c);

        assertThat(p.path("reference").asText()).isEqualTo("40000042");
        String name = c.path("name").asText();
        assertThat(p.path("info").path("first_name").asText() + " " + p.path("info").path("last_name").asText())
                .isEqualTo(name);
        assertThat(p.path("info").path("urls")).extracting(u -> u.path("type").asText())
                .containsExactly("linkedin", "from_resume");
        assertThat(p.path("info").path("gender").asText()).isIn("female", "male");
        assertThat(p.path("skills")).hasSize(2);
        assertThat(p.path("experiences").get(0).path("date_end").isNull()).isTrue();
        assertThat(p.path("attachments").get(0).path("public_url").asText()).startsWith("https://files.example/");
        assertThat(p.path("tags")).allMatch(t -> t.path("value").isTextual())
                .noneMatch(t -> t.path("name").asText().matches("skills|gender|education|experience"))
                .anyMatch(t -> t.path("name").asText().equals("is_hired") && t.path("value").asText().equals("true"))
                .anyMatch(t -> t.path("name").asText().equals("candidate_tag"));
    }

    @Test
    void aBareCandidateIsFormattedToo() throws Exception {
        ObjectNode c = Json.object().put("id", 7).put("name", "Madonna");
        c.putArray("fields").add(Json.object().put("kind", "education").set("values",
                Json.array().add(Json.object().put("school", "MIT"))));

        ObjectNode p = CandidateFormats.FORMAT_RECRUITEE_CANDIDATE.apply(c);

        assertThat(p.path("info").path("first_name").asText()).isEqualTo("Madonna");
        assertThat(p.path("info").path("email").isNull()).isTrue();
        assertThat(p.path("educations").get(0).path("school").asText()).isEqualTo("MIT");
        assertThat(p.path("attachments")).isEmpty();
        assertThat(CandidateFormats.FORMAT_ARCHIVE_IN_HRFLOW.apply(c)).isEqualTo(Json.object().put("reference", "7"));
    }

    @Test
    void offerToJobSurvivesMissingSectionsAndNullSalary() throws Exception {
        ObjectNode o = Json.object().put("id", 1100001).put("title", "Designer").put("remote", false)
                .put("description", "<p>Design</p>").putNull("salary").put("status", "published");
        o.putArray("offer_tags").add("design");

        ObjectNode job = JobFormats.FORMAT_JOB.apply(o);

        assertThat(job.path("reference").asText()).isEqualTo("1100001");
        assertThat(job.path("sections")).extracting(s -> s.path("name").asText()).containsExactly("job_description");
        assertThat(job.path("ranges_float")).isEmpty();
        assertThat(job.path("tags")).anyMatch(t -> t.path("name").asText().equals("remote"))
                .anyMatch(t -> t.path("name").asText().equals("offer_tag") && t.path("value").asText().equals("design"))
                .noneMatch(t -> t.path("name").asText().equals("remote_option"));
    }

    @Test
    void everyGeneratedOfferFormats() throws Exception {
        for (ObjectNode o : RecruiteeData.offers(12, 3)) {
            o.put("id", 1);
            assertThat(JobFormats.FORMAT_JOB.apply(o).path("name").asText()).isNotBlank();
        }
    }
}
