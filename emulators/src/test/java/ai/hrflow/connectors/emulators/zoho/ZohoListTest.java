package ai.hrflow.connectors.emulators.zoho;

import static ai.hrflow.connectors.emulators.zoho.ZohoRecruitAuthTest.assertZohoError;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ZohoListTest {
    private final ZohoFixture f = new ZohoFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void emptyModuleIs204WithEmptyBody() {
        HttpResponse<String> r = f.recruit.get("/Candidates");

        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.body()).isEmpty();
    }

    @Test
    void pagesFollowMoreRecordsWithDefaultAndMaximumPerPage() {
        f.zoho.candidates().seed(ZohoData.candidates(450, 1));

        JsonNode p1 = ZohoFixture.body(f.recruit.get("/Candidates"));
        JsonNode p3 = ZohoFixture.body(f.recruit.get("/Candidates?page=3"));
        HttpResponse<String> p4 = f.recruit.get("/Candidates?page=4");
        JsonNode clamped = ZohoFixture.body(f.recruit.get("/Candidates?per_page=500"));

        assertThat(p1.path("data")).hasSize(200);
        assertThat(p1.path("info").toString()).isEqualTo("{\"per_page\":200,\"count\":200,\"page\":1,\"more_records\":true}");
        assertThat(p3.path("data")).hasSize(50);
        assertThat(p3.path("info").path("more_records").asBoolean()).isFalse();
        assertThat(p4.statusCode()).isEqualTo(204);
        assertThat(clamped.path("info").path("per_page").asInt()).isEqualTo(200);
        f.zoho.settings().perPageOverflow(ZohoSettings.PerPageOverflow.REJECT);
        assertZohoError(f.recruit.get("/Candidates?per_page=201"), 400, "INVALID_DATA");
    }

    @Test
    void pagingWalksEveryRecordOnceInIdOrder() {
        List<String> seeded = f.zoho.candidates().seed(ZohoData.candidates(25, 2));
        List<String> seen = new ArrayList<>();
        int page = 1;
        boolean more = true;
        while (more) {
            JsonNode body = ZohoFixture.body(f.recruit.get("/Candidates?per_page=10&page=" + page++));
            body.path("data").forEach(r -> seen.add(r.path("id").asText()));
            more = body.path("info").path("more_records").asBoolean();
        }

        assertThat(seen).containsExactlyElementsOf(seeded);
    }

    @Test
    void recordsCarryStringIdsOf18DigitsAndOffsetTimes() {
        f.created(ZohoFixture.candidate("Lovelace", "ada@example.com"));

        JsonNode rec = ZohoFixture.body(f.recruit.get("/Candidates")).path("data").get(0);

        assertThat(rec.path("id").isTextual()).isTrue();
        assertThat(rec.path("id").asText()).matches("\\d{18}");
        assertThat(Long.parseLong(rec.path("id").asText())).isGreaterThan(1L << 53);
        assertThat(rec.path("Created_Time").asText()).isEqualTo(ZohoFixture.T0_TEXT);
        assertThat(rec.path("Updated_On").asText()).isEqualTo(ZohoFixture.T0_TEXT);
        assertThat(rec.path("Modified_Time").asText()).isEqualTo(ZohoFixture.T0_TEXT);
        assertThat(rec.path("Full_Name").asText()).isEqualTo("Ada Lovelace");
        assertThat(rec.path("Candidate_ID").asText()).isEqualTo("ZR_1_CAND");
        assertThat(rec.path("Candidate_Owner").path("id").asText()).isEqualTo(f.zoho.adminUserId());
        f.zoho.settings().candidatesModifiedTime(false).timeZone(java.time.ZoneOffset.UTC);
        JsonNode utc = ZohoFixture.body(f.recruit.get("/Candidates")).path("data").get(0);
        assertThat(utc.has("Modified_Time")).isFalse();
        assertThat(utc.path("Created_Time").asText()).isEqualTo("2024-03-01T10:00:00+00:00");
    }

    @Test
    void listGetAndSearchAnswerEveryLayoutFieldNullWhenEmpty() {
        f.zoho.candidates().customField("HrFlow_Ref", FieldType.TEXT);
        String id = f.created(Json.object().put("Last_Name", "Lovelace").put("Email", "ada@example.com"));

        JsonNode listed = ZohoFixture.body(f.recruit.get("/Candidates")).path("data").get(0);
        JsonNode one = ZohoFixture.body(f.recruit.get("/Candidates/" + id)).path("data").get(0);
        JsonNode found = ZohoFixture.body(f.recruit.get("/Candidates/search?email=ada@example.com")).path("data").get(0);
        JsonNode projected = ZohoFixture.body(f.recruit.get("/Candidates?fields=Last_Name,Facebook__s"))
                .path("data").get(0);

        for (JsonNode rec : new JsonNode[] {listed, one, found}) {
            for (String empty : new String[] {"First_Name", "Facebook__s", "LinkedIn__s", "Skill_Set", "Mobile",
                    "Current_Salary", "Highest_Qualification_Held", "Rating", "HrFlow_Ref"}) {
                assertThat(rec.has(empty)).as(empty).isTrue();
                assertThat(rec.get(empty).isNull()).as(empty).isTrue();
            }
            assertThat(rec.path("Last_Name").asText()).isEqualTo("Lovelace");
            assertThat(rec.path("Email_Opt_Out").isBoolean()).isTrue();
            assertThat(rec.path("Experience_Details").isArray()).isTrue();
        }
        assertThat(projected.get("Facebook__s").isNull()).isTrue();
        assertThat(projected.has("First_Name")).isFalse();
    }

    @Test
    void fieldsProjectionAlwaysKeepsId() {
        f.created(ZohoFixture.candidate("Lovelace", "ada@example.com"));

        JsonNode rec = ZohoFixture.body(f.recruit.get("/Candidates?fields=Last_Name,Email")).path("data").get(0);

        assertThat(rec.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactlyInAnyOrder("id", "Last_Name", "Email");
    }

    @Test
    void sortByFieldAndOrder() {
        f.created(ZohoFixture.candidate("Bravo", "b@example.com"));
        f.tick(10);
        f.created(ZohoFixture.candidate("alpha", "a@example.com"));
        f.tick(10);
        f.created(ZohoFixture.candidate("Charlie", "c@example.com"));

        assertThat(lastNames("/Candidates?sort_by=Last_Name")).containsExactly("alpha", "Bravo", "Charlie");
        assertThat(lastNames("/Candidates?sort_by=Last_Name&sort_order=desc")).containsExactly("Charlie", "Bravo", "alpha");
        assertThat(lastNames("/Candidates?sort_by=Modified_Time&sort_order=desc")).containsExactly("Charlie", "alpha", "Bravo");
        assertZohoError(f.recruit.get("/Candidates?sort_order=up"), 400, "INVALID_DATA");
    }

    @Test
    void convertedApprovedAndStateFilters() {
        f.zoho.candidates().seed(ZohoFixture.candidate("Plain", "p@example.com"));
        f.zoho.candidates().seed(ZohoFixture.candidate("Converted", "c@example.com").put("$converted", true));
        f.zoho.candidates().seed(ZohoFixture.candidate("Pending", "u@example.com").put("$approved", false));
        f.created(ZohoFixture.candidate("Draft", "d@example.com").put("$state", "draft"));

        assertThat(lastNames("/Candidates")).containsExactly("Plain");
        assertThat(lastNames("/Candidates?converted=true")).containsExactly("Converted");
        assertThat(lastNames("/Candidates?converted=both&approved=both")).containsExactly("Plain", "Converted", "Pending");
        assertThat(lastNames("/Candidates?approved=false")).containsExactly("Pending");
        assertThat(lastNames("/Candidates?$state=draft")).containsExactly("Draft");
        assertThat(lastNames("/Candidates?$state=save")).containsExactly("Plain");
        assertZohoError(f.recruit.get("/Candidates?converted=True"), 400, "INVALID_DATA");
    }

    @Test
    void ifModifiedSinceFiltersAndAnswers304WhenNothingChanged() {
        String old = f.created(ZohoFixture.candidate("Old", "o@example.com"));
        f.tick(60);
        String fresh = f.created(ZohoFixture.candidate("New", "n@example.com"));
        String freshTime = f.zoho.candidates().get(fresh).orElseThrow().path("Modified_Time").asText();

        HttpResponse<String> since = f.getWith("/Candidates", "If-Modified-Since", "2024-03-01T11:00:30+01:00");
        HttpResponse<String> utcForm = f.getWith("/Candidates", "If-Modified-Since", "2024-03-01T10:00:30Z");
        HttpResponse<String> httpDate = f.getWith("/Candidates", "If-Modified-Since", "Fri, 1 Mar 2024 10:00:30 GMT");
        HttpResponse<String> nothing = f.getWith("/Candidates", "If-Modified-Since", freshTime);
        f.tick(5);
        f.zoho.candidates().modify(old, Json.object().put("City", "Paris"));
        HttpResponse<String> afterEdit = f.getWith("/Candidates", "If-Modified-Since", freshTime);

        assertThat(ids(since)).containsExactly(fresh);
        assertThat(ids(utcForm)).containsExactly(fresh);
        assertThat(ids(httpDate)).containsExactly(fresh);
        assertThat(nothing.statusCode()).isEqualTo(304);
        assertThat(nothing.body()).isEmpty();
        assertThat(ids(afterEdit)).containsExactly(old);
        assertZohoError(f.getWith("/Candidates", "If-Modified-Since", "yesterday"), 400, "INVALID_DATA");
    }

    @Test
    void getOneReturnsFullRecordWithSubforms() {
        String id = f.zoho.candidates().seed(ZohoData.candidate(0, 9));

        JsonNode body = ZohoFixture.body(f.recruit.get("/Candidates/" + id));

        assertThat(body.path("data")).hasSize(1);
        JsonNode rec = body.path("data").get(0);
        assertThat(rec.path("id").asText()).isEqualTo(id);
        assertThat(rec.path("Experience_Details").get(0).path("id").asText()).matches("\\d{18}");
        assertThat(rec.path("Educational_Details").get(0).path("Institute_School").asText()).isNotEmpty();
        assertThat(body.has("info")).isFalse();
    }

    @Test
    void unknownIdIs204OrInvalidData() {
        assertThat(f.recruit.get("/Candidates/486812000009999999").statusCode()).isEqualTo(204);

        f.zoho.settings().unknownRecord(ZohoSettings.UnknownRecord.INVALID_DATA);

        assertZohoError(f.recruit.get("/Candidates/486812000009999999"), 400, "INVALID_DATA");
    }

    @Test
    void otherListParametersAreCheckedLikeZoho() {
        f.created(ZohoFixture.candidate("Lovelace", null));

        assertThat(f.recruit.get("/Candidates?cvid=123&territory_id=5&include_child=true").statusCode()).isEqualTo(200);
        assertZohoError(f.recruit.get("/Candidates?include_child=True"), 400, "INVALID_DATA");
        assertZohoError(f.recruit.get("/Candidates?cvid=abc"), 400, "INVALID_DATA");
        assertZohoError(f.recruit.get("/Candidates?page=0"), 400, "INVALID_DATA");
    }

    @Test
    void jobOpeningsUseModifiedTimeOnly() {
        f.zoho.jobOpenings().seed(ZohoData.jobOpening(0, 3));

        JsonNode rec = ZohoFixture.body(f.recruit.get("/JobOpenings")).path("data").get(0);

        assertThat(rec.path("Modified_Time").asText()).isEqualTo(ZohoFixture.T0_TEXT);
        assertThat(rec.has("Updated_On")).isFalse();
        assertThat(rec.path("Job_Opening_ID").asText()).isEqualTo("ZR_1_JOB");
    }

    private List<String> lastNames(String path) {
        List<String> out = new ArrayList<>();
        HttpResponse<String> r = f.recruit.get(path);
        if (r.statusCode() == 200) {
            ZohoFixture.body(r).path("data").forEach(x -> out.add(x.path("Last_Name").asText()));
        }
        return out;
    }

    private static List<String> ids(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        ZohoFixture.body(r).path("data").forEach(x -> out.add(x.path("id").asText()));
        return out;
    }
}
