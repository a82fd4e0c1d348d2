package ai.hrflow.connectors.emulators.zoho;

import static ai.hrflow.connectors.emulators.zoho.ZohoRecruitAuthTest.assertZohoError;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ZohoInsertTest {
    private final ZohoFixture f = new ZohoFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void insertAnswers201WithDetailsPerRecord() {
        HttpResponse<String> r = f.insert("Candidates", ZohoFixture.candidate("Lovelace", "ada@example.com"),
                ZohoFixture.candidate("Hopper", "grace@example.com"));

        JsonNode data = ZohoFixture.body(r).path("data");
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(data).hasSize(2);
        JsonNode first = data.get(0);
        assertThat(first.path("code").asText()).isEqualTo("SUCCESS");
        assertThat(first.path("status").asText()).isEqualTo("success");
        assertThat(first.path("message").asText()).isEqualTo("record added");
        assertThat(first.path("details").path("id").asText()).matches("\\d{18}");
        assertThat(first.path("details").path("Created_Time").asText()).isEqualTo(ZohoFixture.T0_TEXT);
        assertThat(first.path("details").path("Modified_Time").asText()).isEqualTo(ZohoFixture.T0_TEXT);
        assertThat(first.path("details").path("Created_By").path("id").asText()).isEqualTo(f.zoho.adminUserId());
        assertThat(f.zoho.candidates().get(data.get(1).path("details").path("id").asText()).orElseThrow()
                .path("Last_Name").asText()).isEqualTo("Hopper");
    }

    @Test
    void moreThan100RecordsIsARequestError() {
        ArrayNode data = Json.array();
        for (int i = 0; i < 101; i++) {
            data.add(ZohoFixture.candidate("N" + i, "n" + i + "@example.com"));
        }

        HttpResponse<String> r = f.recruit.json("POST", "/Candidates", Json.object().set("data", data));
        f.zoho.settings().batchLimitCode("INVALID_DATA");
        HttpResponse<String> switched = f.recruit.json("POST", "/Candidates", Json.object().set("data", data));
        data.remove(100);
        HttpResponse<String> hundred = f.recruit.json("POST", "/Candidates", Json.object().set("data", data));

        assertZohoError(r, 400, "LIMIT_EXCEEDED");
        assertThat(ZohoFixture.body(r).has("data")).isFalse();
        assertZohoError(switched, 400, "INVALID_DATA");
        assertThat(hundred.statusCode()).isEqualTo(201);
        assertThat(f.zoho.candidates().count()).isEqualTo(100);
    }

    @Test
    void mixedResultsAre207InInputOrderOr202() {
        f.created(ZohoFixture.candidate("Taken", "taken@example.com"));

        HttpResponse<String> r = f.insert("Candidates", ZohoFixture.candidate("Ok", "ok@example.com"),
                Json.object().put("First_Name", "NoLast"), ZohoFixture.candidate("Dup", "TAKEN@example.com"));
        f.zoho.settings().partialSuccessStatus(202);
        HttpResponse<String> switched = f.insert("Candidates", ZohoFixture.candidate("Ok2", "ok2@example.com"),
                Json.object().put("First_Name", "NoLast"));

        JsonNode data = ZohoFixture.body(r).path("data");
        assertThat(r.statusCode()).isEqualTo(207);
        assertThat(data.get(0).path("code").asText()).isEqualTo("SUCCESS");
        assertThat(data.get(1).path("code").asText()).isEqualTo("MANDATORY_NOT_FOUND");
        assertThat(data.get(1).path("details").path("api_name").asText()).isEqualTo("Last_Name");
        assertThat(data.get(1).path("status").asText()).isEqualTo("error");
        assertThat(data.get(2).path("code").asText()).isEqualTo("DUPLICATE_DATA");
        assertThat(data.get(2).path("details").path("api_name").asText()).isEqualTo("Email");
        assertThat(data.get(2).path("details").path("id").asText())
                .isEqualTo(f.zoho.candidates().findFirst("Last_Name", "Taken").orElseThrow().path("id").asText());
        assertThat(switched.statusCode()).isEqualTo(202);
    }

    @Test
    void allFailedIs400WithPerRecordData() {
        HttpResponse<String> r = f.insert("Candidates", Json.object().put("First_Name", "A"), Json.object().put("Email", "x@example.com"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(ZohoFixture.body(r).path("data")).hasSize(2);
        assertThat(ZohoFixture.body(r).at("/data/1/code").asText()).isEqualTo("MANDATORY_NOT_FOUND");
        assertThat(f.zoho.candidates().count()).isZero();
    }

    @Test
    void duplicatesInOneBatchAreCaughtToo() {
        HttpResponse<String> r = f.insert("Candidates", ZohoFixture.candidate("One", "same@example.com"),
                ZohoFixture.candidate("Two", "Same@Example.com"));

        JsonNode data = ZohoFixture.body(r).path("data");
        assertThat(data.get(1).path("code").asText()).isEqualTo("DUPLICATE_DATA");
        assertThat(data.get(1).at("/details/id").asText()).isEqualTo(data.get(0).at("/details/id").asText());
    }

    @Test
    void extraUniqueFieldsAreChecked() {
        f.zoho.candidates().uniqueFields("Email", "Phone");
        f.created(ZohoFixture.candidate("One", "one@example.com").put("Phone", "+33 6 00 00 00 01"));

        HttpResponse<String> r = f.insert("Candidates", ZohoFixture.candidate("Two", "two@example.com").put("Phone", "+33 6 00 00 00 01"));

        assertThat(ZohoFixture.body(r).at("/data/0/details/api_name").asText()).isEqualTo("Phone");
    }

    @Test
    void wrongTypesAndTooLongValuesAreInvalidData() {
        HttpResponse<String> r = f.insert("Candidates",
                ZohoFixture.candidate("A", "a@example.com").put("Experience_in_Years", "five"),
                ZohoFixture.candidate("B", "b@example.com").put("First_Name", "x".repeat(256)),
                ZohoFixture.candidate("C", "not-an-email"),
                ZohoFixture.candidate("D", "d@example.com").put("Candidate_Owner", "HrFlow"),
                ZohoFixture.candidate("E", "e@example.com").put("Phone", "1".repeat(31)),
                ZohoFixture.candidate("F", "f@example.com").put("Email_Opt_Out", "True"));

        JsonNode data = ZohoFixture.body(r).path("data");
        assertThat(r.statusCode()).isEqualTo(400);
        data.forEach(d -> assertThat(d.path("code").asText()).isEqualTo("INVALID_DATA"));
        assertThat(data.get(0).at("/details/api_name").asText()).isEqualTo("Experience_in_Years");
        assertThat(data.get(0).at("/details/expected_data_type").asText()).isEqualTo("double");
        assertThat(data.get(0).at("/details/json_path").asText()).isEqualTo("$.data[0].Experience_in_Years");
        assertThat(data.get(1).at("/details/maximum_length").asInt()).isEqualTo(255);
        assertThat(data.get(2).at("/details/expected_data_type").asText()).isEqualTo("email");
        assertThat(data.get(3).at("/details/api_name").asText()).isEqualTo("Candidate_Owner");
        assertThat(data.get(4).at("/details/maximum_length").asInt()).isEqualTo(30);
        assertThat(data.get(5).at("/details/expected_data_type").asText()).isEqualTo("boolean");
    }

    @Test
    void ownerLookupMustNameAUserOfTheOrg() {
        String recruiter = f.zoho.addUser("Jane Recruiter");
        ObjectNode owned = ZohoFixture.candidate("Owned", "o@example.com");
        owned.putObject("Candidate_Owner").put("id", recruiter);
        ObjectNode stranger = ZohoFixture.candidate("Stranger", "s@example.com");
        stranger.putObject("Candidate_Owner").put("id", "486812000000000001");

        JsonNode data = ZohoFixture.body(f.insert("Candidates", owned, stranger)).path("data");

        assertThat(data.get(0).path("code").asText()).isEqualTo("SUCCESS");
        assertThat(f.zoho.candidates().findFirst("Last_Name", "Owned").orElseThrow().at("/Candidate_Owner/name").asText())
                .isEqualTo("Jane Recruiter");
        assertThat(data.get(1).path("code").asText()).isEqualTo("INVALID_DATA");
    }

    @Test
    void readOnlyFieldsAreIgnoredOrRejected() {
        ObjectNode withSystem = ZohoFixture.candidate("Sys", "sys@example.com").put("Created_Time", "2001-01-01T00:00:00+00:00")
                .put("Full_Name", "Forged").put("Candidate_ID", "ZR_999_CAND");

        String id = f.created(withSystem);
        f.zoho.settings().readOnlyInput(ZohoSettings.ReadOnlyInput.REJECT);
        HttpResponse<String> rejected = f.insert("Candidates", withSystem.deepCopy().put("Email", "sys2@example.com"));

        ObjectNode stored = f.zoho.candidates().get(id).orElseThrow();
        assertThat(stored.path("Created_Time").asText()).isEqualTo(ZohoFixture.T0_TEXT);
        assertThat(stored.path("Full_Name").asText()).isEqualTo("Ada Sys");
        assertThat(stored.path("Candidate_ID").asText()).isEqualTo("ZR_1_CAND");
        assertThat(ZohoFixture.body(rejected).at("/data/0/code").asText()).isEqualTo("INVALID_DATA");
        assertThat(ZohoFixture.body(rejected).at("/data/0/details/api_name").asText()).isEqualTo("Created_Time");
    }

    @Test
    void unknownKeysAreDroppedKeptOrDeclaredAsCustomFields() {
        String dropped = f.created(ZohoFixture.candidate("A", "a@example.com").put("skillSet", "Java").put("HrFlow_Ref", "r1"));
        f.zoho.candidates().customField("HrFlow_Ref", FieldType.TEXT);
        String custom = f.created(ZohoFixture.candidate("B", "b@example.com").put("skillSet", "Java").put("HrFlow_Ref", "r2"));
        f.zoho.settings().unknownFields(ZohoSettings.UnknownFields.KEEP);
        String kept = f.created(ZohoFixture.candidate("C", "c@example.com").put("skillSet", "Java"));

        assertThat(f.zoho.candidates().get(dropped).orElseThrow().has("skillSet")).isFalse();
        // dropped at insert; once declared, the field reads null on the record, as any empty layout field does
        assertThat(f.zoho.candidates().get(dropped).orElseThrow().get("HrFlow_Ref").isNull()).isTrue();
        assertThat(f.zoho.candidates().get(custom).orElseThrow().path("HrFlow_Ref").asText()).isEqualTo("r2");
        assertThat(f.zoho.candidates().get(kept).orElseThrow().path("skillSet").asText()).isEqualTo("Java");
    }

    @Test
    void jobOpeningsNeedTheirNameField() {
        ObjectNode postingOnly = Json.object().put("Posting_Title", "Backend Developer");

        JsonNode byDefault = ZohoFixture.body(f.insert("JobOpenings", postingOnly));
        f.zoho.jobOpenings().mandatoryFields("Posting_Title");
        HttpResponse<String> switched = f.insert("JobOpenings", postingOnly);
        JsonNode nameOnly = ZohoFixture.body(f.insert("JobOpenings", Json.object().put("Job_Opening_Name", "X")));

        assertThat(byDefault.at("/data/0/code").asText()).isEqualTo("MANDATORY_NOT_FOUND");
        assertThat(byDefault.at("/data/0/details/api_name").asText()).isEqualTo("Job_Opening_Name");
        assertThat(switched.statusCode()).isEqualTo(201);
        assertThat(nameOnly.at("/data/0/details/api_name").asText()).isEqualTo("Posting_Title");
    }

    @Test
    void generatedRecordsAreValidInserts() {
        ArrayNode candidates = Json.array();
        ZohoData.candidates(100, 5).forEach(candidates::add);
        ArrayNode jobs = Json.array();
        ZohoData.jobOpenings(100, 5).forEach(jobs::add);

        HttpResponse<String> c = f.recruit.json("POST", "/Candidates", Json.object().set("data", candidates));
        HttpResponse<String> j = f.recruit.json("POST", "/Job_Openings", Json.object().set("data", jobs));

        assertThat(c.statusCode()).as(c.body()).isEqualTo(201);
        assertThat(j.statusCode()).as(j.body()).isEqualTo(201);
    }

    @Test
    void malformedBodiesAreRequestErrors() {
        assertZohoError(f.recruit.json("POST", "/Candidates", "{}"), 400, "MANDATORY_NOT_FOUND");
        assertZohoError(f.recruit.json("POST", "/Candidates", "{\"data\":[]}"), 400, "MANDATORY_NOT_FOUND");
        assertZohoError(f.recruit.json("POST", "/Candidates", "{\"data\":{}}"), 400, "INVALID_DATA");
        assertZohoError(f.recruit.json("POST", "/Candidates", "{\"data\":[{\"Last_Name\":\"X\"}],\"trigger\":\"workflow\"}"),
                400, "INVALID_DATA");
        assertZohoError(f.recruit.json("POST", "/Candidates", "{\"data\":["), 400, "INVALID_DATA");
        assertThat(f.recruit.json("POST", "/Candidates", "{\"data\":[{\"Last_Name\":\"X\"}],\"trigger\":[]}").statusCode())
                .isEqualTo(201);
    }
}
