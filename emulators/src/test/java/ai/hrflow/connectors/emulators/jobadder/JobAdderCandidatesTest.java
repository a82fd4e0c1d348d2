package ai.hrflow.connectors.emulators.jobadder;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.TestHttp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobAdderCandidatesTest {
    private final JobAdderFixture f = new JobAdderFixture();
    private final TestHttp api = f.api();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void createAnswers201WithTheCandidateAndItsLocation() {
        HttpResponse<String> r = api.json("POST", "/candidates", JobAdderFixture.candidate("Ada", "Lovelace",
                "ada@example.com").put("statusId", 2));

        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode c = TestHttp.body(r);
        long id = c.path("candidateId").asLong();
        assertThat(id).isPositive();
        assertThat(r.headers().firstValue("Location")).hasValue(f.emu.apiUrl() + "/candidates/" + id);
        assertThat(c.path("status").path("name").asText()).isEqualTo("Placed");
        assertThat(c.path("createdAt").asText()).isEqualTo("2024-03-01T10:00:00Z").isEqualTo(c.path("updatedAt").asText());
        assertThat(TestHttp.body(api.get("/candidates/" + id)).path("email").asText()).isEqualTo("ada@example.com");
    }

    @Test
    void missingNamesAreFieldErrorsAnswered422AsTheSpecSaysOr400AsConfigured() {
        HttpResponse<String> r = api.json("POST", "/candidates", Json.object().put("email", "x@example.com"));

        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode errors = TestHttp.body(r).path("errors");
        assertThat(errors.findValuesAsText("field")).containsExactly("firstName", "lastName");
        assertThat(errors.get(0).path("fields").get(0).asText()).isEqualTo("firstName");

        f.emu.settings().validationStatus(400);
        assertThat(api.json("POST", "/candidates", Json.object().put("firstName", "A")).statusCode()).isEqualTo(400);
        assertThat(f.emu.candidateCount()).isZero();
    }

    @Test
    void aDuplicateIsA409NamingTheFirstWithAnOverrideCodeThatAloneLetsTheSameCreateThrough() {
        long first = TestHttp.body(api.json("POST", "/candidates", JobAdderFixture.candidate("Ada", "L",
                "ada@example.com"))).path("candidateId").asLong();

        HttpResponse<String> dup = api.json("POST", "/candidates", JobAdderFixture.candidate("Ada", "L2", "ADA@example.com"));
        String code = dup.headers().firstValue("X-Allow-Duplicates").orElseThrow();
        HttpResponse<String> trueHeader = api.withHeader("X-Allow-Duplicates", "true").json("POST", "/candidates",
                JobAdderFixture.candidate("Ada", "L3", "ada@example.com"));
        HttpResponse<String> wrongCode = api.withHeader("X-Allow-Duplicates", "0123abcd").json("POST", "/candidates",
                JobAdderFixture.candidate("Ada", "L3", "ada@example.com"));
        HttpResponse<String> withCode = api.withHeader("X-Allow-Duplicates", code).json("POST", "/candidates",
                JobAdderFixture.candidate("Ada", "L4", "ada@example.com"));
        HttpResponse<String> codeReused = api.withHeader("X-Allow-Duplicates", code).json("POST", "/candidates",
                JobAdderFixture.candidate("Ada", "L5", "ada@example.com"));

        assertThat(dup.statusCode()).isEqualTo(409);
        assertThat(TestHttp.body(dup).path("candidateId").asLong()).isEqualTo(first);
        assertThat(TestHttp.body(dup).path("message").asText()).contains(String.valueOf(first));
        assertThat(code).isNotBlank().isNotEqualTo("true");
        assertThat(trueHeader.statusCode()).isEqualTo(409);
        assertThat(wrongCode.statusCode()).isEqualTo(409);
        assertThat(trueHeader.headers().firstValue("X-Allow-Duplicates")).isPresent().get().isNotEqualTo(code);
        assertThat(withCode.statusCode()).isEqualTo(201);
        assertThat(codeReused.statusCode()).as("a code is single use").isEqualTo(409);
        assertThat(f.emu.candidatesWithEmail("ada@example.com")).hasSize(2);
    }

    @Test
    void anOverrideCodeIsBoundToTheEmailItWasIssuedFor() {
        api.json("POST", "/candidates", JobAdderFixture.candidate("Ada", "L", "ada@example.com"));
        api.json("POST", "/candidates", JobAdderFixture.candidate("Bob", "K", "bob@example.com"));
        String adaCode = api.json("POST", "/candidates", JobAdderFixture.candidate("Ada", "L", "ada@example.com"))
                .headers().firstValue("X-Allow-Duplicates").orElseThrow();

        HttpResponse<String> bob = api.withHeader("X-Allow-Duplicates", adaCode).json("POST", "/candidates",
                JobAdderFixture.candidate("Bob", "K", "bob@example.com"));
        HttpResponse<String> fresh = api.withHeader("X-Allow-Duplicates", "anything").json("POST", "/candidates",
                JobAdderFixture.candidate("Cy", "M", "cy@example.com"));

        assertThat(bob.statusCode()).isEqualTo(409);
        assertThat(fresh.statusCode()).as("no duplicate: the header does not matter").isEqualTo(201);
    }

    @Test
    void updateOverlaysTheGivenFieldsAnswersAnEmptyBodyAndMovesUpdatedAt() {
        long id = TestHttp.body(api.json("POST", "/candidates", JobAdderFixture.candidate("Ada", "L", "a@example.com")
                .put("summary", "old"))).path("candidateId").asLong();
        f.tick(Duration.ofSeconds(30));

        HttpResponse<String> r = api.json("PUT", "/candidates/" + id, Json.object().put("summary", "new"));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        ObjectNode stored = f.emu.candidate(id).orElseThrow();
        assertThat(stored.path("summary").asText()).isEqualTo("new");
        assertThat(stored.path("firstName").asText()).isEqualTo("Ada");
        assertThat(stored.path("status").path("statusId").asInt()).isEqualTo(1);
        assertThat(stored.path("updatedAt").asText()).isEqualTo("2024-03-01T10:00:30Z");
        assertThat(api.json("PUT", "/candidates/99999", Json.object().put("summary", "x")).statusCode()).isEqualTo(404);
        assertThat(api.json("PUT", "/candidates/" + id, Json.object().put("firstName", "")).statusCode()).isEqualTo(422);
    }

    @Test
    void unknownCandidatesAre404() {
        assertThat(api.get("/candidates/424242").statusCode()).isEqualTo(404);
        assertThat(api.get("/candidates/abc").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownKeysAreIgnoredUnlessRejectionIsSwitchedOn() {
        ObjectNode body = JobAdderFixture.candidate("Ada", "L", null);
        body.putArray("educations").addObject().put("school", "X");
        HttpResponse<String> ignored = api.json("POST", "/candidates", body);
        f.emu.settings().rejectUnknownFields(true);
        HttpResponse<String> refused = api.json("POST", "/candidates", body);

        assertThat(ignored.statusCode()).isEqualTo(201);
        assertThat(TestHttp.body(ignored).has("educations")).isFalse();
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(TestHttp.body(refused).path("errors").findValuesAsText("field")).containsExactly("educations");
    }

    @Test
    void listsPageWithOffsetLimitAndLinksNext() {
        f.emu.seedCandidates(JobAdderData.candidates(5, 1));

        JsonNode first = TestHttp.body(api.get("/candidates?limit=2"));
        JsonNode last = TestHttp.body(api.get("/candidates?limit=2&offset=4"));

        assertThat(first.path("totalCount").asInt()).isEqualTo(5);
        assertThat(first.path("items")).hasSize(2);
        assertThat(first.path("links").path("next").asText()).isEqualTo(f.emu.apiUrl() + "/candidates?offset=2&limit=2");
        JsonNode second = TestHttp.body(new TestHttp("").withHeader("Authorization", authorization())
                .get(first.path("links").path("next").asText()));
        assertThat(second.path("items").get(0).path("candidateId").asLong())
                .isEqualTo(first.path("items").get(1).path("candidateId").asLong() + 1);
        assertThat(last.path("items")).hasSize(1);
        assertThat(last.path("links").has("next")).isFalse();
        assertThat(api.get("/candidates?limit=1001").statusCode()).isEqualTo(400);
    }

    @Test
    void dateFiltersAreStrictByDefaultAndInclusiveWhenSwitched() {
        seedAt("2024-01-01T00:00:00Z");
        seedAt("2024-01-01T00:00:05Z");
        seedAt("2024-01-01T00:00:05Z");
        seedAt("2024-01-02T00:00:00Z");

        assertThat(count("updatedAt=%3E2024-01-01T00:00:05Z")).isEqualTo(1);
        assertThat(count("updatedAt=%3E%3D2024-01-01T00:00:05Z")).isEqualTo(3);
        assertThat(count("updatedAt=%3E2024-01-01T00:00:00Z&updatedAt=%3C2024-01-02T00:00:00Z")).isEqualTo(2);
        assertThat(count("updatedAt=2024-01-01")).isEqualTo(3);
        f.emu.settings().inclusiveComparisons(true);
        assertThat(count("updatedAt=%3E2024-01-01T00:00:05Z")).isEqualTo(3);
        assertThat(api.get("/candidates?updatedAt=%3Eyesterday").statusCode()).isEqualTo(400);
    }

    @Test
    void sortTakesSeveralFieldsAndBreaksTiesById() {
        long a = seedAt("2024-01-01T00:00:05Z");
        long b = seedAt("2024-01-01T00:00:00Z");
        long c = seedAt("2024-01-01T00:00:05Z");

        assertThat(ids("sort=updatedAt")).containsExactly(b, a, c);
        assertThat(ids("sort=-updatedAt")).containsExactly(a, c, b);
        assertThat(ids("sort=updatedAt,-candidateId")).containsExactly(b, c, a);
        assertThat(api.get("/candidates?sort=shoeSize").statusCode()).isEqualTo(400);
    }

    @Test
    void emailFilterIgnoresCase() {
        f.emu.seedCandidate(JobAdderFixture.candidate("Ada", "L", "Ada@Example.com"));
        f.emu.seedCandidate(JobAdderFixture.candidate("Bob", "L", "bob@example.com"));

        assertThat(count("email=ada%40example.com")).isEqualTo(1);
    }

    private long seedAt(String updatedAt) {
        return f.emu.seedCandidate(JobAdderFixture.candidate("A", "B", null).put("createdAt", "2023-12-31T00:00:00Z")
                .put("updatedAt", updatedAt)).path("candidateId").asLong();
    }

    private int count(String query) {
        HttpResponse<String> r = api.get("/candidates?" + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return TestHttp.body(r).path("totalCount").asInt();
    }

    private java.util.List<Long> ids(String query) {
        java.util.List<Long> out = new java.util.ArrayList<>();
        TestHttp.body(api.get("/candidates?" + query)).path("items").forEach(i -> out.add(i.path("candidateId").asLong()));
        return out;
    }

    private String authorization() {
        return "Bearer " + f.grant().path("access_token").asText();
    }
}
