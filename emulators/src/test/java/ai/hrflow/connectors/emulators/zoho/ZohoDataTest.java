package ai.hrflow.connectors.emulators.zoho;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ZohoDataTest {
    private final ZohoFixture f = new ZohoFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void sameSeedSameRecordsOtherSeedOtherRecords() {
        List<ObjectNode> a = ZohoData.candidates(50, 7);
        List<ObjectNode> b = ZohoData.candidates(50, 7);
        List<ObjectNode> c = ZohoData.candidates(50, 8);

        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
        assertThat(ZohoData.candidate(30, 7)).isEqualTo(a.get(30));
        assertThat(ZohoData.jobOpenings(20, 7)).isEqualTo(ZohoData.jobOpenings(20, 7)).isNotEqualTo(ZohoData.jobOpenings(20, 1));
    }

    @Test
    void candidatesHaveTheContractFieldsAndUniqueEmails() {
        List<ObjectNode> all = ZohoData.candidates(2_000, 3);
        Set<String> emails = new HashSet<>();
        all.forEach(c -> emails.add(c.path("Email").asText().toLowerCase()));

        assertThat(emails).hasSize(2_000);
        ObjectNode c = all.get(0);
        assertThat(c.fieldNames()).toIterable().contains("First_Name", "Last_Name", "Email", "Phone", "City", "Country",
                "Current_Employer", "Current_Job_Title", "Experience_in_Years", "Skill_Set", "Experience_Details",
                "Educational_Details");
        JsonNode job = c.path("Experience_Details").get(0);
        assertThat(job.path("I_currently_work_here").asBoolean()).isTrue();
        assertThat(job.path("Work_Duration").path("from").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(job.path("Work_Duration").path("to").isNull()).isTrue();
        assertThat(c.path("Educational_Details").get(0).path("Duration").path("to").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(all.stream().map(x -> x.path("Country").asText()).distinct().count()).isGreaterThan(5);
    }

    @Test
    void jobOpeningsHaveTheContractFields() {
        ObjectNode j = ZohoData.jobOpening(4, 2);

        assertThat(j.path("Job_Opening_Name").asText()).isNotBlank().isEqualTo(j.path("Posting_Title").asText());
        assertThat(j.path("Job_Description").asText()).startsWith("<p>").contains("<li>");
        assertThat(j.path("Date_Opened").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(j.path("Remote_Job").isBoolean()).isTrue();
        assertThat(j.path("Number_of_Positions").isTextual()).isTrue();
    }

    @Test
    void seedingKeepsGivenIdsAndTimesAndRejectsDuplicates() {
        ObjectNode c = ZohoFixture.candidate("Seeded", "seed@example.com").put("id", "486812000123456789")
                .put("Created_Time", "2023-01-02T03:04:05+01:00").put("Updated_On", "2023-06-01T00:00:00+02:00");

        String id = f.zoho.candidates().seed(c);
        ObjectNode stored = f.zoho.candidates().get(id).orElseThrow();
        String next = f.created(ZohoFixture.candidate("Next", "next@example.com"));

        assertThat(id).isEqualTo("486812000123456789");
        assertThat(stored.path("Created_Time").asText()).isEqualTo("2023-01-02T03:04:05+01:00");
        assertThat(stored.path("Modified_Time").asText()).isEqualTo("2023-06-01T00:00:00+02:00");
        assertThat(Long.parseLong(next)).isGreaterThan(Long.parseLong(id));
        assertThat(c.has("Full_Name")).as("caller's node untouched").isFalse();
        assertThatThrownBy(() -> f.zoho.candidates().seed(ZohoFixture.candidate("Dup", "SEED@example.com")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Email");
    }

    @Test
    void modifyActsLikeARecruiterAndRefusesInvalidChanges() {
        String id = f.zoho.candidates().seed(ZohoData.candidate(0, 1));
        f.tick(120);

        ObjectNode after = f.zoho.candidates().modify(id, Json.object().put("Current_Employer", "Initech"));

        assertThat(after.path("Current_Employer").asText()).isEqualTo("Initech");
        assertThat(after.path("Updated_On").asText()).isEqualTo("2024-03-01T11:02:00+01:00");
        assertThat(after.path("Created_Time").asText()).isEqualTo(ZohoFixture.T0_TEXT);
        assertThatThrownBy(() -> f.zoho.candidates().modify(id, Json.object().put("Rating", "high")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INVALID_DATA");
        assertThatThrownBy(() -> f.zoho.candidates().modify("486812000009999999", Json.object()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(f.zoho.calls().count(RecruitModule.CANDIDATES)).as("test hooks are not API calls").isZero();
    }

    @Test
    void uniqueFieldsCannotBeAddedOverExistingClashes() {
        f.zoho.candidates().seed(ZohoFixture.candidate("A", "a@example.com").put("Phone", "1"));
        f.zoho.candidates().seed(ZohoFixture.candidate("B", "b@example.com").put("Phone", "1"));

        assertThatThrownBy(() -> f.zoho.candidates().uniqueFields("Email", "Phone")).isInstanceOf(IllegalStateException.class);
        assertThat(f.zoho.candidates().uniqueFields()).containsExactly("Email");
    }

    @Test
    void manyCandidatesSeedAndServeQuickly() {
        long start = System.nanoTime();
        List<String> ids = f.zoho.candidates().seed(ZohoData.candidateStream(5_000, 1)::iterator);
        long seeded = System.nanoTime();
        String last = ids.get(ids.size() - 1);

        JsonNode one = ZohoFixture.body(f.recruit.get("/Candidates/" + last)).path("data").get(0);
        JsonNode page = ZohoFixture.body(f.recruit.get("/Candidates?page=25"));
        JsonNode sorted = ZohoFixture.body(f.recruit.get("/Candidates?sort_by=Last_Name&page=2"));
        JsonNode sortedAgain = ZohoFixture.body(f.recruit.get("/Candidates?sort_by=Last_Name&page=3"));

        assertThat(f.zoho.candidates().count()).isEqualTo(5_000);
        assertThat(one.path("id").asText()).isEqualTo(last);
        assertThat(page.at("/info/count").asInt()).isEqualTo(200);
        assertThat(page.at("/info/more_records").asBoolean()).isFalse();
        assertThat(sorted.at("/data/0/Last_Name").asText()).isLessThanOrEqualTo(sortedAgain.at("/data/0/Last_Name").asText());
        // Generous bound: this guards against an accidental O(n^2), not a benchmark.
        assertThat(Duration.ofNanos(seeded - start)).isLessThan(Duration.ofSeconds(10));
    }

    private static final class Duration {
        static java.time.Duration ofNanos(long n) {
            return java.time.Duration.ofNanos(n);
        }

        static java.time.Duration ofSeconds(long s) {
            return java.time.Duration.ofSeconds(s);
        }
    }
}
