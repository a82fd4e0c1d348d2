package ai.hrflow.connectors.recruitee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.mapping.MappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The default formats on values as recruiters type them into Recruitee and HrFlow, both directions. */
class TypedValuesTest {

    private static ObjectNode candidate() throws Exception {
        return (ObjectNode) Json.MAPPER.readTree("""
                {"id": 40000077, "name": "  Mary \\t Ann  O'Neil ", "emails": ["", "mary@example.com"],
                 "social_links": ["linkedin.com/in/mary", "javascript:alert(1)", "https://github.com/mary"],
                 "links": ["data:text/html;base64,PHNjcmlwdD4=", "https://mary.dev", "not a link"],
                 "cover_letter": "<p onclick=\\"x()\\">Hello</p><script>steal()</script>",
                 "fields": [
                   {"kind": "experience", "values": [
                     {"company": "Acme", "title": "Lead", "start_date": "2019-05", "end_date": "Present"},
                     {"company": "Globex", "start_date": "Jan 2015", "end_date": "04/2019"},
                     {"company": "Initech", "start_date": "2012", "end_date": "yyyy-MM"}]},
                   {"kind": "date_of_birth", "values": [{"date": "17/05/1990"}]},
                   {"kind": "education", "values": [{"school": "MIT", "start_date": "Sept 2010",
                     "end_date": "2012-06-30"}]},
                   {"kind": "skills", "values": [{"text": "Java, SQL"}, {"text": "java"}, {"text": "• Docker\\n• K8s"},
                     {"text": null}]},
                   {"kind": "single_line", "name": "Visa", "values": [{"text": "Yes"}]},
                   {"kind": "single_line", "name": "Notes", "values": [{"text": null}]},
                   {"kind": "number", "name": "Notice", "values": [null]},
                   {"kind": "multi_line", "name": "Empty", "values": []}]}
                """);
    }

    @Test
    void datesBecomeIsoOrAnOpenEndNeverCopied() throws Exception {
        ObjectNode p = CandidateFormats.FORMAT_RECRUITEE_CANDIDATE.apply(candidate());

        JsonNode xp = p.path("experiences");
        assertThat(xp.get(0).path("date_start").asText()).isEqualTo("2019-05-01T00:00:00");
        assertThat(xp.get(0).path("date_end").isNull()).isTrue();
        assertThat(xp.get(1).path("date_start").asText()).isEqualTo("2015-01-01T00:00:00");
        assertThat(xp.get(1).path("date_end").asText()).isEqualTo("2019-04-01T00:00:00");
        assertThat(xp.get(2).path("date_start").asText()).isEqualTo("2012-01-01T00:00:00");
        assertThat(xp.get(2).path("date_end").isNull()).isTrue();
        assertThat(p.path("educations").get(0).path("date_start").asText()).isEqualTo("2010-09-01T00:00:00");
        assertThat(p.path("educations").get(0).path("date_end").asText()).isEqualTo("2012-06-30T00:00:00");
        assertThat(p.path("info").path("date_birth").asText()).isEqualTo("1990-05-17T00:00:00");
    }

    @Test
    void namesSkillsLinksCoverLetterAndEmptyCustomFields() throws Exception {
        ObjectNode p = CandidateFormats.FORMAT_RECRUITEE_CANDIDATE.apply(candidate());

        JsonNode info = p.path("info");
        assertThat(info.path("full_name").asText()).isEqualTo("Mary Ann O'Neil");
        assertThat(info.path("first_name").asText()).isEqualTo("Mary Ann");
        assertThat(info.path("last_name").asText()).isEqualTo("O'Neil");
        assertThat(info.path("urls").toString()).isEqualTo("[{\"type\":\"linkedin\",\"url\":\"https://linkedin.com/in/"
                + "mary\"},{\"type\":\"github\",\"url\":\"https://github.com/mary\"},{\"type\":\"from_resume\",\"url\":"
                + "\"https://mary.dev\"}]");
        assertThat(p.path("skills").findValuesAsText("name")).containsExactly("Java", "SQL", "Docker", "K8s");
        String tags = p.path("tags").toString();
        assertThat(tags).contains("{\"name\":\"cover_letter\",\"value\":\"<p>Hello</p>\"}",
                "{\"name\":\"Visa\",\"value\":\"[{\\\"text\\\":\\\"Yes\\\"}]\"}")
                .doesNotContain("Notes", "Notice", "Empty", "script", "onclick");
    }

    @Test
    void aNamelessCandidateTakesItsEmailOrFailsWithAReason() throws Exception {
        ObjectNode c = Json.object().put("id", 5).put("name", " \n ");
        c.putArray("emails").add("sam.k@example.com");
        assertThat(CandidateFormats.FORMAT_RECRUITEE_CANDIDATE.apply(c).path("info").path("full_name").asText())
                .isEqualTo("sam.k");
        c.remove("emails");
        assertThatThrownBy(() -> CandidateFormats.FORMAT_RECRUITEE_CANDIDATE.apply(c))
                .isInstanceOf(MappingException.class).hasMessageContaining("Recruitee candidate 5 has no name");
    }

    @Test
    void outboundNameAndLinksFromBothFormsOfUrls() throws Exception {
        ObjectNode p = Json.object().put("key", "k1");
        ObjectNode info = p.putObject("info").putNull("full_name").put("first_name", " Jean ")
                .put("last_name", " du  Pont ");
        info.putObject("urls").put("from_resume", "https://jean.dev").put("linkedin", "javascript:alert(1)")
                .put("github", "github.com/jean").putNull("twitter");

        ObjectNode c = ProfileFormats.FORMAT_HRFLOW_PROFILE.apply(p);

        assertThat(c.path("name").asText()).isEqualTo("Jean du Pont");
        assertThat(c.path("links").toString()).isEqualTo("[\"https://jean.dev\"]");
        assertThat(c.path("social_links").toString()).isEqualTo("[\"https://github.com/jean\"]");

        info.remove("urls");
        info.putArray("urls").add(Json.object().put("type", "from_resume").put("url", "vbscript:x"))
                .add(Json.object().put("type", "linkedin").put("url", "https://linkedin.com/in/jean"));
        ObjectNode again = ProfileFormats.FORMAT_HRFLOW_PROFILE.apply(p);
        assertThat(again.path("links")).isEmpty();
        assertThat(again.path("social_links").toString()).isEqualTo("[\"https://linkedin.com/in/jean\"]");
    }

    @Test
    void offerSalariesGivenAsTextAreKept() throws Exception {
        ObjectNode o = Json.object().put("id", 1).put("title", "Designer")
                .put("description", "<p style=\"x\">Design</p><script>x()</script>")
                .put("requirements", "<ul><li onclick=\"x()\">Figma</li></ul>");
        o.putObject("salary").put("min", "40000.0").put("max", "50000.0").put("currency", "EUR").put("period", "year");

        ObjectNode job = JobFormats.FORMAT_JOB.apply(o);

        JsonNode salary = job.path("ranges_float").get(0);
        assertThat(salary.path("name").asText()).isEqualTo("salary per year");
        assertThat(salary.path("value_min").decimalValue()).isEqualByComparingTo("40000");
        assertThat(salary.path("value_max").decimalValue()).isEqualByComparingTo("50000");
        assertThat(salary.path("unit").asText()).isEqualTo("EUR");
        assertThat(job.path("summary").asText()).isEqualTo("<p>Design</p>");
        assertThat(job.path("sections").toString()).doesNotContain("onclick", "<script").contains("<li>Figma</li>");

        o.putObject("salary").put("min", "€40k-50k").putNull("max").put("period", "month");
        salary = JobFormats.FORMAT_JOB.apply(o).path("ranges_float").get(0);
        assertThat(salary.path("value_min").decimalValue()).isEqualByComparingTo("40000");
        assertThat(salary.path("value_max").decimalValue()).isEqualByComparingTo("50000");
        assertThat(salary.path("unit").asText()).isEqualTo("EUR");

        o.putObject("salary").put("min", 35000);
        salary = JobFormats.FORMAT_JOB.apply(o).path("ranges_float").get(0);
        assertThat(salary.path("value_min").asInt()).isEqualTo(35000);
        assertThat(salary.path("value_max").isNull()).isTrue();

        o.putObject("salary").put("min", "Competitive").put("currency", "EUR");
        ObjectNode competitive = JobFormats.FORMAT_JOB.apply(o);
        assertThat(competitive.path("ranges_float")).isEmpty();
        assertThat(competitive.path("tags").toString()).contains("{\"name\":\"salary\",\"value\":\"Competitive EUR\"}");
    }
}
