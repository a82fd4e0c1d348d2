package ai.hrflow.connectors.zohorecruit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.mapping.MappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The default formats on values as recruiters type them into Zoho Recruit and HrFlow, both directions. */
class TypedValuesTest {

    private static ObjectNode candidate() {
        ObjectNode c = Json.object().put("id", "486812000000100002").put("First_Name", "  Mary   Ann ")
                .put("Last_Name", " O'Neil\t").put("Email", "mary@example.com");
        c.withArray("Experience_Details")
                .add(experience("Acme", "05-2019", "Present", false))
                .add(experience("Globex", "Jan 2015", "April 2019", false))
                .add(experience("Initech", "2012", "yyyy-MM", false))
                .add(experience("Umbrella", "2020-03", "06/2021", true));
        c.withArray("Educational_Details").add(Json.object().put("Institute_School", "MIT").put("Degree", "MSc")
                .put("Currently_pursuing", true).set("Duration", Json.object().put("from", "09-2021").put("to", "2023")));
        return c;
    }

    private static ObjectNode experience(String company, String from, String to, boolean current) {
        ObjectNode row = Json.object().put("Company", company).put("I_currently_work_here", current);
        row.putObject("Work_Duration").put("from", from).put("to", to);
        return row;
    }

    @Test
    void subformDatesBecomeHrFlowIsoDatesOrAnOpenEnd() throws Exception {
        JsonNode xp = CandidateFormats.ZOHO_CANDIDATE_TO_HRFLOW.apply(candidate()).path("experiences");

        assertThat(xp.get(0).path("date_start").asText()).isEqualTo("2019-05-01T00:00:00");
        assertThat(xp.get(0).path("date_end").isNull()).isTrue(); // "Present"
        assertThat(xp.get(1).path("date_start").asText()).isEqualTo("2015-01-01T00:00:00");
        assertThat(xp.get(1).path("date_end").asText()).isEqualTo("2019-04-01T00:00:00");
        assertThat(xp.get(2).path("date_start").asText()).isEqualTo("2012-01-01T00:00:00");
        assertThat(xp.get(2).path("date_end").isNull()).isTrue(); // unreadable: never copied
        assertThat(xp.get(3).path("date_start").asText()).isEqualTo("2020-03-01T00:00:00");
        assertThat(xp.get(3).path("date_end").isNull()).isTrue(); // I_currently_work_here wins over a stale end
    }

    @Test
    void currentlyPursuingLeavesTheEducationOpen() throws Exception {
        JsonNode edu = CandidateFormats.ZOHO_CANDIDATE_TO_HRFLOW.apply(candidate()).path("educations").get(0);

        assertThat(edu.path("date_start").asText()).isEqualTo("2021-09-01T00:00:00");
        assertThat(edu.path("date_end").isNull()).isTrue();
    }

    @Test
    void namesAreCollapsedAndABlankNameFallsBackToTheEmail() throws Exception {
        JsonNode info = CandidateFormats.ZOHO_CANDIDATE_TO_HRFLOW.apply(candidate()).path("info");
        assertThat(info.path("full_name").asText()).isEqualTo("Mary Ann O'Neil");
        assertThat(info.path("first_name").asText()).isEqualTo("Mary Ann");

        ObjectNode nameless = Json.object().put("id", "9").put("Last_Name", "  ").put("Email", "j.doe@example.com");
        assertThat(CandidateFormats.ZOHO_CANDIDATE_TO_HRFLOW.apply(nameless).path("info").path("full_name").asText())
                .isEqualTo("j.doe");
        assertThatThrownBy(() -> CandidateFormats.ZOHO_CANDIDATE_TO_HRFLOW.apply(Json.object().put("id", "9")))
                .isInstanceOf(MappingException.class).hasMessageContaining("Zoho candidate 9 has no name");
    }

    @Test
    void skillSetIsSplitAndDeduplicated() throws Exception {
        ObjectNode c = candidate().put("Skill_Set", "Java; SQL | java\n• Docker\n• Kubernetes / Helm, Café, cafe");

        JsonNode skills = CandidateFormats.ZOHO_CANDIDATE_TO_HRFLOW.apply(c).path("skills");

        assertThat(skills.findValuesAsText("name"))
                .containsExactly("Java", "SQL", "Docker", "Kubernetes", "Helm", "Café");
    }

    @Test
    void onlyWebLinksAndAssociatedTagsAreMapped() throws Exception {
        ObjectNode c = candidate().put("LinkedIn__s", "linkedin.com/in/mary").put("Facebook__s", "javascript:alert(1)")
                .put("Twitter", "data:text/html,x").put("Website", "https://mary.dev");
        c.putArray("Associated_Tags").add("Hot lead").add(Json.object().put("name", "Java").put("id", "1"))
                .addNull();

        ObjectNode profile = CandidateFormats.ZOHO_CANDIDATE_TO_HRFLOW.apply(c);

        assertThat(profile.path("info").path("urls").toString()).isEqualTo("[{\"type\":\"linkedin\",\"url\":"
                + "\"https://linkedin.com/in/mary\"},{\"type\":\"from_resume\",\"url\":\"https://mary.dev\"}]");
        assertThat(profile.path("tags").toString()).contains("{\"name\":\"Associated_Tags\",\"value\":\"Hot lead\"}",
                "{\"name\":\"Associated_Tags\",\"value\":\"Java\"}").doesNotContain("null");
    }

    @Test
    void outboundDatesSkillsNamesAndLinksAreCleaned() throws Exception {
        ObjectNode profile = Json.object().put("key", "k1");
        ObjectNode info = profile.putObject("info").put("full_name", "  Jean \n Dupont ").put("email", "jd@x.io");
        info.putArray("urls").add(Json.object().put("type", "linkedin").put("url", "javascript:alert(1)"))
                .add(Json.object().put("type", "linkedin").put("url", "https://linkedin.com/in/jd"))
                .add(Json.object().put("type", "twitter").put("url", "vbscript:x"))
                .add(Json.object().put("type", "from_resume").put("url", "jd.dev"));
        profile.putArray("skills").add(Json.object().put("name", "Python, SQL")).add(Json.object().put("name", "sql"))
                .add(Json.object().put("name", " "));
        profile.putArray("experiences")
                .add(Json.object().put("company", "Acme").put("date_start", "2019-05-01T00:00:00").putNull("date_end"))
                .add(Json.object().put("company", "Old").put("date_start", "2010-01-15T00:00:00+0000")
                        .put("date_end", "2014-06-30T00:00:00"))
                .add(Json.object().put("company", "Now").put("date_start", "2021").put("date_end", "Present"));

        ObjectNode c = CandidateFormats.HRFLOW_PROFILE_TO_ZOHO.apply(profile);

        assertThat(c.path("First_Name").asText()).isEqualTo("Jean");
        assertThat(c.path("Last_Name").asText()).isEqualTo("Dupont");
        assertThat(c.path("Skill_Set").asText()).isEqualTo("Python, SQL");
        assertThat(c.path("LinkedIn__s").asText()).isEqualTo("https://linkedin.com/in/jd");
        assertThat(c.has("Twitter")).isFalse();
        assertThat(c.path("Website").asText()).isEqualTo("https://jd.dev");
        JsonNode rows = c.path("Experience_Details");
        assertThat(rows.get(0).path("Work_Duration").toString()).isEqualTo("{\"from\":\"05-2019\"}");
        assertThat(rows.get(0).path("I_currently_work_here").asBoolean()).isTrue();
        assertThat(rows.get(1).path("Work_Duration").toString()).isEqualTo("{\"from\":\"01-2010\",\"to\":\"06-2014\"}");
        assertThat(rows.get(1).path("I_currently_work_here").asBoolean()).isFalse();
        assertThat(rows.get(2).path("Work_Duration").toString()).isEqualTo("{\"from\":\"01-2021\"}");
        assertThat(rows.get(2).path("I_currently_work_here").asBoolean()).isTrue();
    }

    @Test
    void outboundOneWordNameIsTheMandatoryLastNameAndNoNameIsAFailure() throws Exception {
        ObjectNode profile = Json.object().put("key", "k2");
        profile.putObject("info").put("full_name", " Madonna ");
        ObjectNode c = CandidateFormats.HRFLOW_PROFILE_TO_ZOHO.apply(profile);
        assertThat(c.path("Last_Name").asText()).isEqualTo("Madonna");
        assertThat(c.has("First_Name")).isFalse();

        ObjectNode blank = Json.object().put("key", "k3");
        blank.putObject("info").put("full_name", " ").put("first_name", "");
        assertThatThrownBy(() -> CandidateFormats.HRFLOW_PROFILE_TO_ZOHO.apply(blank))
                .isInstanceOf(MappingException.class).hasMessageContaining("HrFlow profile k3 has no name");
    }

    @Test
    void jobDescriptionsLoseActiveContentAndKeepTheirStructure() throws Exception {
        ObjectNode opening = Json.object().put("id", "5").put("Job_Opening_Name", "Backend engineer")
                .put("Job_Description", "<p onclick=\"x()\" style=\"color:red\">Build <b>APIs</b></p>"
                        + "<script>steal()</script><a href=\"javascript:alert(1)\">Apply</a>")
                .put("Required_Skills", "Java, Spring | java; Kafka");
        opening.putArray("Associated_Tags").add("Urgent");

        ObjectNode job = JobOpeningFormats.ZOHO_JOB_OPENING_TO_HRFLOW.apply(opening);

        assertThat(job.path("summary").asText()).isEqualTo("<p>Build <b>APIs</b></p><a>Apply</a>");
        assertThat(job.path("sections").get(0).path("description").asText()).doesNotContain("script", "onclick");
        assertThat(job.path("skills").findValuesAsText("name")).containsExactly("Java", "Spring", "Kafka");
        assertThat(job.path("tags").toString()).contains("{\"name\":\"Associated_Tags\",\"value\":\"Urgent\"}");
    }
}
