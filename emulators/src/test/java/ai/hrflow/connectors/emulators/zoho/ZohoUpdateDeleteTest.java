package ai.hrflow.connectors.emulators.zoho;

import static ai.hrflow.connectors.emulators.zoho.ZohoRecruitAuthTest.assertZohoError;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ZohoUpdateDeleteTest {
    private final ZohoFixture f = new ZohoFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void bulkUpdateChangesOnlySentFieldsAndMovesModifiedTime() {
        String a = f.created(ZohoFixture.candidate("A", "a@example.com").put("City", "Paris"));
        String b = f.created(ZohoFixture.candidate("B", "b@example.com"));
        f.tick(90);
        ArrayNode data = Json.array().add(Json.object().put("id", a).put("City", "Lyon"))
                .add(Json.object().put("id", b).put("First_Name", "Bea"));

        HttpResponse<String> r = f.recruit.json("PUT", "/Candidates", Json.object().set("data", data));

        ObjectNode stored = f.zoho.candidates().get(a).orElseThrow();
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(ZohoFixture.body(r).at("/data/0/message").asText()).isEqualTo("record updated");
        assertThat(ZohoFixture.body(r).at("/data/0/details/Modified_Time").asText()).isEqualTo("2024-03-01T11:01:30+01:00");
        assertThat(stored.path("City").asText()).isEqualTo("Lyon");
        assertThat(stored.path("Last_Name").asText()).isEqualTo("A");
        assertThat(stored.path("Created_Time").asText()).isEqualTo(ZohoFixture.T0_TEXT);
        assertThat(stored.path("Updated_On").asText()).isEqualTo("2024-03-01T11:01:30+01:00");
        assertThat(f.zoho.candidates().get(b).orElseThrow().path("Full_Name").asText()).isEqualTo("Bea B");
    }

    @Test
    void updateByPathIdAndPerRecordErrors() {
        String a = f.created(ZohoFixture.candidate("A", "a@example.com"));
        f.created(ZohoFixture.candidate("B", "b@example.com"));

        HttpResponse<String> byPath = f.recruit.json("PUT", "/Candidates/" + a, "{\"data\":[{\"City\":\"Nice\"}]}");
        HttpResponse<String> mixed = f.recruit.json("PUT", "/Candidates", "{\"data\":[{\"City\":\"X\"},"
                + "{\"id\":\"486812000009999999\",\"City\":\"X\"},{\"id\":\"" + a + "\",\"Email\":\"B@example.com\"},"
                + "{\"id\":\"" + a + "\",\"Last_Name\":\"\"},{\"id\":\"" + a + "\",\"Mobile\":\"+1 555\"}]}");

        JsonNode data = ZohoFixture.body(mixed).path("data");
        assertThat(byPath.statusCode()).isEqualTo(200);
        assertThat(f.zoho.candidates().get(a).orElseThrow().path("City").asText()).isEqualTo("Nice");
        assertThat(mixed.statusCode()).isEqualTo(207);
        assertThat(data.get(0).path("code").asText()).isEqualTo("MANDATORY_NOT_FOUND");
        assertThat(data.get(0).at("/details/api_name").asText()).isEqualTo("id");
        assertThat(data.get(1).path("code").asText()).isEqualTo("INVALID_DATA");
        assertThat(data.get(2).path("code").asText()).isEqualTo("DUPLICATE_DATA");
        assertThat(data.get(3).path("code").asText()).isEqualTo("MANDATORY_NOT_FOUND");
        assertThat(data.get(4).path("code").asText()).isEqualTo("SUCCESS");
    }

    @Test
    void subformRowsAreEditedAddedAndRemoved() {
        String id = f.zoho.candidates().seed(ZohoData.candidate(3, 11).put("Email", "sub@example.com"));
        ObjectNode before = f.zoho.candidates().get(id).orElseThrow();
        JsonNode rows = before.path("Experience_Details");
        assertThat(rows.size()).isGreaterThanOrEqualTo(1);
        String keep = rows.get(0).path("id").asText();
        ObjectNode change = Json.object();
        change.putArray("Experience_Details").add(Json.object().put("id", keep).put("Company", "Renamed"))
                .add(Json.object().put("Company", "New Co").put("Occupation_Title", "Intern"));

        f.zoho.candidates().modify(id, change);
        JsonNode after = f.zoho.candidates().get(id).orElseThrow().path("Experience_Details");
        ObjectNode badRow = Json.object();
        badRow.putArray("Experience_Details").add(Json.object().put("id", "486812000009999999").put("Company", "X"));
        HttpResponse<String> unknownRow = f.recruit.json("PUT", "/Candidates/" + id, Json.object().set("data",
                Json.array().add(badRow)));

        assertThat(after).hasSize(2);
        assertThat(after.get(0).path("id").asText()).isEqualTo(keep);
        assertThat(after.get(0).path("Company").asText()).isEqualTo("Renamed");
        assertThat(after.get(0).path("Occupation_Title").asText()).isEqualTo(rows.get(0).path("Occupation_Title").asText());
        assertThat(after.get(1).path("id").asText()).matches("\\d{18}");
        assertThat(after.get(1).path("Company").asText()).isEqualTo("New Co");
        assertThat(ZohoFixture.body(unknownRow).at("/data/0/code").asText()).isEqualTo("INVALID_DATA");
    }

    @Test
    void upsertMatchesOnUniqueFields() {
        String existing = f.created(ZohoFixture.candidate("Old", "same@example.com"));
        f.tick(1);
        String body = "{\"data\":[{\"Last_Name\":\"New\",\"Email\":\"SAME@example.com\"},"
                + "{\"Last_Name\":\"Fresh\",\"Email\":\"fresh@example.com\"}],\"duplicate_check_fields\":[\"Email\"]}";

        HttpResponse<String> r = f.recruit.json("POST", "/Candidates/upsert", body);
        HttpResponse<String> notUnique = f.recruit.json("POST", "/Candidates/upsert",
                "{\"data\":[{\"Last_Name\":\"X\"}],\"duplicate_check_fields\":[\"City\"]}");

        JsonNode data = ZohoFixture.body(r).path("data");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(data.get(0).path("action").asText()).isEqualTo("update");
        assertThat(data.get(0).path("duplicate_field").asText()).isEqualTo("Email");
        assertThat(data.get(0).at("/details/id").asText()).isEqualTo(existing);
        assertThat(data.get(1).path("action").asText()).isEqualTo("insert");
        assertThat(data.get(1).path("message").asText()).isEqualTo("record added");
        assertThat(f.zoho.candidates().get(existing).orElseThrow().path("Last_Name").asText()).isEqualTo("New");
        assertThat(f.zoho.candidates().count()).isEqualTo(2);
        assertZohoError(notUnique, 400, "INVALID_DATA");
    }

    @Test
    void upsertWithoutCheckFieldsUsesTheModuleUniqueFields() {
        String existing = f.created(ZohoFixture.candidate("Old", "u@example.com"));

        JsonNode candidates = ZohoFixture.body(f.recruit.json("POST", "/Candidates/upsert",
                "{\"data\":[{\"Last_Name\":\"New\",\"Email\":\"u@example.com\"}]}"));
        JsonNode jobs = ZohoFixture.body(f.recruit.json("POST", "/JobOpenings/upsert",
                "{\"data\":[{\"Job_Opening_Name\":\"Dev\"},{\"Job_Opening_Name\":\"Dev\"}]}"));

        assertThat(candidates.at("/data/0/action").asText()).isEqualTo("update");
        assertThat(candidates.at("/data/0/details/id").asText()).isEqualTo(existing);
        assertThat(jobs.at("/data/1/action").asText()).isEqualTo("insert");
        assertThat(f.zoho.jobOpenings().count()).isEqualTo(2);
    }

    @Test
    void deleteMovesRecordsToTheRecycleBin() {
        String a = f.created(ZohoFixture.candidate("A", "a@example.com"));
        String b = f.created(ZohoFixture.candidate("B", "b@example.com"));
        f.tick(30);

        HttpResponse<String> r = f.recruit.send("DELETE", "/Candidates?ids=" + a + ",486812000009999999&wf_trigger=false", null, null);
        HttpResponse<String> single = f.recruit.send("DELETE", "/Candidates/" + b, null, null);

        JsonNode data = ZohoFixture.body(r).path("data");
        assertThat(r.statusCode()).isEqualTo(207);
        assertThat(data.get(0).path("message").asText()).isEqualTo("record deleted");
        assertThat(data.get(0).at("/details/id").asText()).isEqualTo(a);
        assertThat(data.get(1).path("code").asText()).isEqualTo("INVALID_DATA");
        assertThat(single.statusCode()).isEqualTo(200);
        assertThat(f.recruit.get("/Candidates/" + a).statusCode()).isEqualTo(204);
        assertThat(f.recruit.get("/Candidates").statusCode()).isEqualTo(204);
        JsonNode deleted = ZohoFixture.body(f.recruit.get("/Candidates/deleted")).path("data");
        assertThat(deleted).hasSize(2);
        assertThat(deleted.get(1).path("id").asText()).isEqualTo(a);
        assertThat(deleted.get(1).path("type").asText()).isEqualTo("recycle");
        assertThat(deleted.get(1).path("display_name").asText()).isEqualTo("Ada A");
        assertThat(deleted.get(1).path("deleted_time").asText()).isEqualTo("2024-03-01T11:00:30+01:00");
        // A deleted e-mail is free again.
        assertThat(f.insert("Candidates", ZohoFixture.candidate("A2", "a@example.com")).statusCode()).isEqualTo(201);
    }

    @Test
    void deleteChecksItsParameters() {
        StringJoiner ids = new StringJoiner(",");
        for (int i = 0; i < 101; i++) {
            ids.add(Long.toString(486812000000200000L + i));
        }

        assertZohoError(f.recruit.send("DELETE", "/Candidates", null, null), 400, "MANDATORY_NOT_FOUND");
        assertZohoError(f.recruit.send("DELETE", "/Candidates?ids=" + ids, null, null), 400, "LIMIT_EXCEEDED");
        assertZohoError(f.recruit.send("DELETE", "/Candidates?ids=1&wf_trigger=True", null, null), 400, "INVALID_DATA");
        assertThat(f.recruit.send("DELETE", "/Candidates?ids=1", null, null).statusCode()).isEqualTo(400);
    }
}
