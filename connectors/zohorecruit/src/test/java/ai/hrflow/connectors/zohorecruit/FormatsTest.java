package ai.hrflow.connectors.zohorecruit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.zoho.ZohoData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The default formats, on the reference's known bugs (contract §6.1) and on sparse records. */
class FormatsTest {

    @Test
    void aCandidateWithOnlyItsIdAndNameIsFormattedNotFailed() throws Exception {
        ObjectNode sparse = Json.object().put("id", "486812000000100002").put("Last_Name", "Lee");

        ObjectNode profile = CandidateFormats.ZOHO_CANDIDATE_TO_HRFLOW.apply(sparse);

        assertThat(profile.path("reference").asText()).isEqualTo("486812000000100002");
        assertThat(profile.path("info").path("full_name").asText()).isEqualTo("Lee");
        assertThat(profile.path("info").has("email")).isTrue();
        assertThat(profile.path("skills")).isEmpty();
        assertThat(profile.path("experiences")).isEmpty();
        assertThat(profile.path("tags")).isEmpty();
    }

    @Test
    void experiencesComeFromTheSubformAndEducationDatesFromDuration() throws Exception {
        ObjectNode candidate = ZohoData.candidate(4, 9).put("id", "1");
        candidate.withArray("Educational_Details").add(Json.object().put("Institute_School", "Old school")
                .set("Education_Duration", Json.object().put("from", "1999-09-01")));

        ObjectNode profile = CandidateFormats.ZOHO_CANDIDATE_TO_HRFLOW.apply(candidate);

        int rows = candidate.path("Experience_Details").size();
        assertThat(profile.path("experiences")).hasSize(rows);
        assertThat(profile.path("experiences").get(0).path("company").asText())
                .isEqualTo(candidate.path("Experience_Details").get(0).path("Company").asText());
        assertThat(profile.path("educations").get(0).path("date_start").asText())
                .isEqualTo(candidate.path("Educational_Details").get(0).path("Duration").path("from").asText()
                        + "T00:00:00");
        assertThat(profile.path("educations").get(profile.path("educations").size() - 1)
                .path("date_start").asText()).isEqualTo("1999-09-01T00:00:00");
        assertThat(profile.path("skills").get(0).path("type").asText()).isEqualTo("hard");
        assertThat(profile.path("skills")).hasSize(candidate.path("Skill_Set").asText().split(", ").length);
    }

    @Test
    void outboundWritesSkillSetAndNoReadOnlyOrWholeLocationField() throws Exception {
        ObjectNode profile = Json.object().put("reference", "486812000000100002")
                .put("created_at", "2024-01-01T00:00:00+0000").put("updated_at", "2024-02-01T00:00:00+0000");
        ObjectNode info = profile.putObject("info").put("full_name", "Ann Marie Lee").put("email", "ann@example.com");
        info.putObject("location").put("text", "1 Main St, Springfield, USA").putArray("fields"); // server quirk
        info.putObject("urls").put("linkedin", "https://linkedin.com/in/ann"); // older object form
        profile.putArray("skills").add(Json.object().put("name", "Go")).add(Json.object().put("name", "SQL"));

        ObjectNode candidate = CandidateFormats.HRFLOW_PROFILE_TO_ZOHO.apply(profile);

        assertThat(candidate.path("Skill_Set").asText()).isEqualTo("Go, SQL");
        assertThat(candidate.has("skillSet")).isFalse();
        assertThat(candidate.path("Last_Name").asText()).isEqualTo("Lee");
        assertThat(candidate.path("First_Name").asText()).isEqualTo("Ann Marie");
        assertThat(candidate.path("LinkedIn__s").asText()).isEqualTo("https://linkedin.com/in/ann");
        assertThat(candidate.has("Street")).isFalse();
        assertThat(candidate.has("Full_Name")).isFalse();
        assertThat(candidate.has("Created_Time")).isFalse();
        assertThat(candidate.has("Updated_On")).isFalse();
        assertThat(candidate.path("id").isTextual()).isTrue();
    }

    @Test
    void jobTagsReadTheV2NamesAndLookupsBecomeTheirName() throws Exception {
        ObjectNode opening = ZohoData.jobOpening(2, 9).put("id", "77");
        opening.putObject("Account_Manager").put("name", "Jane Roe").put("id", "5");
        opening.putArray("Assigned_Recruiter").add(Json.object().put("name", "Sam").put("id", "6"));
        opening.putObject("Client_Name").put("name", "Acme").put("id", "7");

        ObjectNode job = JobOpeningFormats.ZOHO_JOB_OPENING_TO_HRFLOW.apply(opening);

        assertThat(job.path("reference").asText()).isEqualTo("77");
        assertThat(job.path("name").asText()).isEqualTo(opening.path("Job_Opening_Name").asText());
        String tags = job.path("tags").toString();
        assertThat(tags).contains("{\"name\":\"Account_Manager\",\"value\":\"Jane Roe\"}")
                .contains("{\"name\":\"Assigned_Recruiter\",\"value\":\"Sam\"}")
                .contains("{\"name\":\"Client_Name\",\"value\":\"Acme\"}")
                .contains("\"Job_Type\"").doesNotContain("JobType").doesNotContain("AccountManager");
        assertThat(job.path("skills")).isNotEmpty();
        assertThat(job.path("sections").get(0).path("name").asText()).isEqualTo("Job_Description");
        assertThat(JobOpeningFormats.ZOHO_JOB_OPENING_TO_HRFLOW.apply(Json.object().put("id", "1"))
                .path("sections")).isEmpty();
    }

    @Test
    void archiveFormatsCarryTheIdAndRefuseAnItemWithoutOne() throws Exception {
        assertThat(ArchiveFormats.ARCHIVE_IN_HRFLOW.apply(Json.object().put("id", "42")).toString())
                .isEqualTo("{\"reference\":\"42\"}");
        assertThat(ArchiveFormats.ARCHIVE_IN_ZOHO.apply(Json.object().put("reference", "42")).toString())
                .isEqualTo("{\"id\":\"42\"}");
        assertThatThrownBy(() -> ArchiveFormats.ARCHIVE_IN_ZOHO.apply(Json.object()))
                .hasMessageContaining("no reference");
    }

    @Test
    void theFormerZohoConnectorsFormatSendsTheLegacyFieldsUnderTheirV2Names() throws Exception {
        ObjectNode profile = Json.object().put("reference", "ref-1");
        profile.putObject("info").put("first_name", "Bo").put("last_name", "Ng").put("email", "bo@example.com")
                .put("phone", "123").put("summary", "Not a skill");
        profile.putArray("skills").add(Json.object().put("name", "Kotlin"));

        ObjectNode candidate = ZohoConnector.FORMAT_CANDIDATE.apply(profile);

        assertThat(candidate.toString()).isEqualTo("{\"First_Name\":\"Bo\",\"Last_Name\":\"Ng\","
                + "\"Email\":\"bo@example.com\",\"Phone\":\"123\",\"Skill_Set\":\"Kotlin\"}");
    }
}
