package ai.hrflow.connectors.jobadder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.jobadder.JobAdderData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The default formats, and the reference's format bugs they fix ({@code api/jobadder.md} §5). */
class FormatsTest {

    private static ObjectNode profile() throws Exception {
        return (ObjectNode) Json.MAPPER.readTree("""
                {"reference": "1234", "info": {"full_name": "Grace Brewster Hopper", "email": "grace@example.com",
                  "phone": "+1 555 0100", "date_birth": "1906-12-09T00:00:00", "summary": "Admiral",
                  "first_name": null, "last_name": null,
                  "location": {"text": "1 Navy Way, Arlington", "fields": {"house_number": "1", "road": "Navy Way",
                    "city": "Arlington", "state": "VA", "postcode": "22202", "country": "USA"}},
                  "urls": [{"type": "linkedin", "url": "https://linkedin.com/in/grace"}, {"type": "from_resume"}]},
                 "skills": [{"name": "COBOL", "type": "hard"}, {"name": "COBOL", "type": "soft"}, {"name": null}],
                 "experiences": [
                   {"company": "US Navy", "title": "Rear Admiral", "date_start": "1983-11-08T00:00:00+0000",
                    "date_end": null, "description": "Computers"},
                   {"company": "Harvard", "title": "Research Fellow", "date_start": "1946-01-01",
                    "date_end": "1949-01-01", "description": null}],
                 "educations": [{"school": "Yale", "title": "PhD Mathematics", "date_start": "1930-01-01",
                   "date_end": "1934-06-01T00:00:00"}]}
                """);
    }

    @Test
    void profileToCandidateUsesTheModelsKeysAndSendsNoNull() throws Exception {
        ObjectNode c = JobAdderFormats.PROFILE_TO_JOBADDER.apply(profile());

        assertThat(c.path("candidateId").asLong()).isEqualTo(1234);
        assertThat(c.path("firstName").asText()).isEqualTo("Grace Brewster");
        assertThat(c.path("lastName").asText()).isEqualTo("Hopper");
        assertThat(c.path("dateOfBirth").asText()).isEqualTo("1906-12-09");
        assertThat(c.path("address").toString())
                .isEqualTo("{\"street\":[\"1 Navy Way\"],\"city\":\"Arlington\",\"state\":\"VA\",\"postalCode\":\"22202\","
                        + "\"country\":\"USA\"}");
        assertThat(c.path("social").path("linkedin").asText()).isEqualTo("https://linkedin.com/in/grace");
        assertThat(c.path("skillTags").toString()).isEqualTo("[\"COBOL\"]");
        JsonNode history = c.path("employment").path("history");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("start").asText()).isEqualTo("1983-11-08");
        assertThat(history.get(0).has("end")).isFalse();
        assertThat(c.path("employment").path("current").path("employer").asText()).isEqualTo("US Navy");
        assertThat(c.path("education").get(0).toString())
                .isEqualTo("{\"institution\":\"Yale\",\"course\":\"PhD Mathematics\",\"date\":\"1934-06-01\"}");
        assertThat(c.has("educations")).isFalse();
        assertThat(c.has("employments")).isFalse();
        assertThat(c.toString()).doesNotContain("null");
    }

    @Test
    void aNonNumericReferenceIsNotACandidateId() throws Exception {
        ObjectNode p = profile().put("reference", "crm-77");

        assertThat(JobAdderFormats.PROFILE_TO_JOBADDER.apply(p).has("candidateId")).isFalse();
    }

    @Test
    void candidateToProfileKeepsTheIdAsReferenceAndMapsEverySection() throws Exception {
        ObjectNode candidate = JobAdderData.candidates(1, 3).get(0).put("candidateId", 1001);
        candidate.putObject("status").put("name", "Available").put("active", true);

        ObjectNode p = JobAdderFormats.CANDIDATE_TO_HRFLOW.apply(candidate);

        assertThat(p.path("reference").asText()).isEqualTo("1001");
        assertThat(p.path("info").path("first_name").asText()).isEqualTo(candidate.path("firstName").asText());
        assertThat(p.path("info").path("phone").asText()).isEqualTo(candidate.path("mobile").asText());
        assertThat(p.path("info").path("date_birth").asText()).endsWith("T00:00:00");
        assertThat(p.path("info").path("location").path("fields").path("postcode").asText())
                .isEqualTo(candidate.path("address").path("postalCode").asText());
        assertThat(p.path("info").path("urls").get(0).path("type").asText()).isEqualTo("linkedin");
        assertThat(p.path("skills")).hasSize(candidate.path("skillTags").size());
        assertThat(p.path("experiences").get(0).path("company").asText())
                .isEqualTo(candidate.path("employment").path("current").path("employer").asText());
        assertThat(p.path("experiences")).hasSize(1 + candidate.path("employment").path("history").size());
        assertThat(p.path("educations").get(0).path("school").asText())
                .isEqualTo(candidate.path("education").get(0).path("institution").asText());
        assertThat(p.path("tags").get(0).toString()).isEqualTo("{\"name\":\"jobadder_status\",\"value\":\"Available\"}");
        assertThat(p.path("text").asText()).contains(candidate.path("lastName").asText());
        assertThat(p.path("created_at").asText()).isEqualTo(candidate.path("createdAt").asText());
    }

    @Test
    void aRoundTripKeepsTheCoreFields() throws Exception {
        ObjectNode candidate = JobAdderData.candidates(1, 9).get(0).put("candidateId", 42);

        ObjectNode back = JobAdderFormats.PROFILE_TO_JOBADDER.apply(JobAdderFormats.CANDIDATE_TO_HRFLOW.apply(candidate));

        for (String field : new String[] {"firstName", "lastName", "email", "dateOfBirth", "summary", "skillTags",
            "education"}) {
            assertThat(back.get(field)).as(field).isEqualTo(candidate.get(field));
        }
        assertThat(back.path("candidateId").asLong()).isEqualTo(42);
        assertThat(back.path("address").path("city")).isEqualTo(candidate.path("address").path("city"));
    }

    @Test
    void jobToHrflowJob() throws Exception {
        ObjectNode job = JobAdderData.jobs(1, 5).get(0).put("jobId", 5001);
        job.putObject("start").put("date", "2024-05-01");

        ObjectNode h = JobAdderFormats.JOB_TO_HRFLOW.apply(job);

        assertThat(h.path("reference").asText()).isEqualTo("5001");
        assertThat(h.path("name").asText()).isEqualTo(job.path("jobTitle").asText());
        assertThat(h.path("sections").get(0).path("description").asText()).isEqualTo(job.path("jobDescription").asText());
        assertThat(h.path("location").path("fields").path("city").asText())
                .isEqualTo(job.path("workplaceAddress").path("city").asText());
        assertThat(h.path("skills").get(0).path("name").asText())
                .isEqualTo(job.path("skillTags").path("tags").get(0).asText());
        assertThat(h.path("ranges_float").get(0).path("value_min").asInt()).isEqualTo(job.path("salary").path("rateLow").asInt());
        assertThat(h.path("ranges_float").get(0).path("unit").asText()).isEqualTo("AUD per Year");
        assertThat(h.path("ranges_date").get(0).path("value_min").asText()).isEqualTo("2024-05-01T00:00:00");
        assertThatThrownBy(() -> JobAdderFormats.JOB_TO_HRFLOW.apply(Json.object().put("jobId", 1)))
                .hasMessageContaining("jobTitle");
    }
}
