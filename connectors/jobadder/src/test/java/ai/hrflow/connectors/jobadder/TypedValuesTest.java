package ai.hrflow.connectors.jobadder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.mapping.MappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The default formats on values as recruiters type them into JobAdder and HrFlow, both directions. */
class TypedValuesTest {

    private static ObjectNode candidate() throws Exception {
        return (ObjectNode) Json.MAPPER.readTree("""
                {"candidateId": 77, "firstName": "  Mary  ", "lastName": "Ann \\t O'Neil", "email": "mary@example.com",
                 "social": {"linkedin": "linkedin.com/in/mary", "twitter": "javascript:alert(1)",
                            "facebook": "data:text/html,x", "other": "https://mary.dev"},
                 "employment": {"current": {"employer": "Acme", "position": "Lead"},
                   "history": [
                     {"employer": "acme", "position": "Lead", "start": "05/2019", "end": "Present"},
                     {"employer": "Globex", "position": "Dev", "start": "Jan 2015", "end": "2019-04"},
                     {"employer": "Initech", "position": "Intern", "start": "2012", "end": "Summer 2013"},
                     {"employer": "Umbrella", "start": "2020-03-01", "end": "2021-06-30", "current": true}]},
                 "education": [{"institution": "MIT", "course": "MSc", "date": "2014"},
                               {"institution": "ENS", "course": "BSc", "date": "June 2011"}],
                 "skillTags": ["Java, SQL", "java", "• Docker\\n• Kubernetes", "Café", "cafe"],
                 "custom": [{"fieldId": 1, "name": "Visa", "value": "Yes"}, {"fieldId": 2, "name": "Notes",
                            "value": null}, {"fieldId": 3, "name": "Sectors", "value": [null, null]}]}
                """);
    }

    @Test
    void employmentAndEducationDatesAreIsoOrAnOpenEndNeverDropped() throws Exception {
        ObjectNode p = JobAdderFormats.CANDIDATE_TO_HRFLOW.apply(candidate());

        JsonNode xp = p.path("experiences");
        assertThat(xp).hasSize(4); // the current employer is the first history entry, not added twice
        assertThat(xp.get(0).path("date_start").asText()).isEqualTo("2019-05-01T00:00:00");
        assertThat(xp.get(0).path("date_end").isNull()).isTrue();
        assertThat(xp.get(1).path("date_start").asText()).isEqualTo("2015-01-01T00:00:00");
        assertThat(xp.get(1).path("date_end").asText()).isEqualTo("2019-04-01T00:00:00");
        assertThat(xp.get(2).path("date_start").asText()).isEqualTo("2012-01-01T00:00:00");
        assertThat(xp.get(2).path("date_end").asText()).isEqualTo("2013-01-01T00:00:00");
        assertThat(xp.get(3).path("date_end").isNull()).isTrue(); // flagged current
        assertThat(p.path("educations").get(0).path("date_end").asText()).isEqualTo("2014-01-01T00:00:00");
        assertThat(p.path("educations").get(1).path("date_end").asText()).isEqualTo("2011-06-01T00:00:00");
    }

    @Test
    void skillsNamesLinksAndCustomFieldsAreCleaned() throws Exception {
        ObjectNode p = JobAdderFormats.CANDIDATE_TO_HRFLOW.apply(candidate());

        assertThat(p.path("skills").findValuesAsText("name"))
                .containsExactly("Java", "SQL", "Docker", "Kubernetes", "Café");
        assertThat(p.path("info").path("full_name").asText()).isEqualTo("Mary Ann O'Neil");
        assertThat(p.path("info").path("last_name").asText()).isEqualTo("Ann O'Neil");
        assertThat(p.path("info").path("urls").toString()).isEqualTo("[{\"type\":\"linkedin\",\"url\":"
                + "\"https://linkedin.com/in/mary\"},{\"type\":\"other\",\"url\":\"https://mary.dev\"}]");
        assertThat(p.path("tags").toString()).contains("{\"name\":\"jobadder_custom_Visa\",\"value\":\"Yes\"}")
                .doesNotContain("Notes", "Sectors");
    }

    @Test
    void aNamelessCandidateTakesItsEmailOrFailsWithAReason() throws Exception {
        ObjectNode c = Json.object().put("candidateId", 5).put("firstName", " ").put("email", "jo.k@example.com");
        assertThat(JobAdderFormats.CANDIDATE_TO_HRFLOW.apply(c).path("info").path("full_name").asText())
                .isEqualTo("jo.k");
        c.remove("email");
        assertThatThrownBy(() -> JobAdderFormats.CANDIDATE_TO_HRFLOW.apply(c))
                .isInstanceOf(MappingException.class).hasMessageContaining("JobAdder candidate 5 has no name");
    }

    @Test
    void outboundDatesSkillsNamesAndLinks() throws Exception {
        ObjectNode profile = (ObjectNode) Json.MAPPER.readTree("""
                {"key": "k1", "info": {"full_name": " Jean \\n  Dupont ", "email": "jd@x.io",
                  "urls": [{"type": "linkedin", "url": "javascript:alert(1)"},
                           {"type": "linkedin", "url": "https://linkedin.com/in/jd"},
                           {"type": "twitter", "url": "file:///etc/passwd"}]},
                 "skills": [{"name": "Python; SQL"}, {"name": "sql"}, {"name": " "}, {"name": "Pyth\\u00f6n"}],
                 "experiences": [
                   {"company": "Acme", "title": "Lead", "date_start": "2019-05", "date_end": "Present"},
                   {"company": "Old", "date_start": "March 2010", "date_end": "2014-06-30T00:00:00+0000"}],
                 "educations": [{"school": "MIT", "date_start": "2008", "date_end": "yyyy-MMT00:00:00"}]}
                """);

        ObjectNode c = JobAdderFormats.PROFILE_TO_JOBADDER.apply(profile);

        assertThat(c.path("firstName").asText()).isEqualTo("Jean");
        assertThat(c.path("lastName").asText()).isEqualTo("Dupont");
        assertThat(c.path("skillTags").toString()).isEqualTo("[\"Python\",\"SQL\"]");
        assertThat(c.path("social").toString()).isEqualTo("{\"linkedin\":\"https://linkedin.com/in/jd\"}");
        assertThat(c.path("employment").toString()).isEqualTo("{\"current\":{\"employer\":\"Acme\",\"position\":"
                + "\"Lead\"},\"history\":[{\"employer\":\"Acme\",\"position\":\"Lead\",\"start\":\"2019-05-01\"},"
                + "{\"employer\":\"Old\",\"start\":\"2010-03-01\",\"end\":\"2014-06-30\"}]}");
        assertThat(c.path("education").get(0).path("date").asText()).isEqualTo("2008-01-01");
    }

    @Test
    void outboundNeedsAFirstAndALastName() {
        ObjectNode oneWord = Json.object().put("key", "k2");
        oneWord.putObject("info").put("full_name", "Madonna").put("email", "m@x.io");
        assertThatThrownBy(() -> JobAdderFormats.PROFILE_TO_JOBADDER.apply(oneWord))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("HrFlow profile k2 has no last name (its name is \"Madonna\")");
        ObjectNode none = Json.object().put("key", "k3");
        none.putObject("info").put("full_name", " ");
        assertThatThrownBy(() -> JobAdderFormats.PROFILE_TO_JOBADDER.apply(none))
                .isInstanceOf(MappingException.class).hasMessageContaining("has no name");
    }

    @Test
    void jobsKeepTextSalariesAndLoseActiveContent() throws Exception {
        ObjectNode job = (ObjectNode) Json.MAPPER.readTree("""
                {"jobId": 9, "jobTitle": "Engineer", "summary": "<b onmouseover=\\"x()\\">Great</b> team",
                 "description": "<p style=\\"x\\">Build</p><script>steal()</script><a href=\\"vbscript:x\\">go</a>",
                 "salary": {"rateLow": "80,000", "rateHigh": "95k", "ratePer": "Year", "currency": "AUD"},
                 "skillTags": {"matchAll": false, "tags": ["Java/Kotlin", "kotlin", "CI/CD"]}}
                """);

        ObjectNode h = JobAdderFormats.JOB_TO_HRFLOW.apply(job);

        assertThat(h.path("summary").asText()).isEqualTo("<b>Great</b> team");
        assertThat(h.path("sections").get(0).path("description").asText()).isEqualTo("<p>Build</p><a>go</a>");
        assertThat(h.path("ranges_float").get(0).path("value_min").decimalValue()).isEqualByComparingTo("80000");
        assertThat(h.path("ranges_float").get(0).path("value_max").decimalValue()).isEqualByComparingTo("95000");
        assertThat(h.path("ranges_float").get(0).path("unit").asText()).isEqualTo("AUD per Year");
        assertThat(h.path("skills").findValuesAsText("name")).containsExactly("Java", "Kotlin", "CI/CD");
    }
}
