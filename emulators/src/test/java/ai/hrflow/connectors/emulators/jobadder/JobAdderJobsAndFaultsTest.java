package ai.hrflow.connectors.emulators.jobadder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.emulators.TestHttp;
import ai.hrflow.connectors.emulators.server.Fault;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobAdderJobsAndFaultsTest {
    private final JobAdderFixture f = new JobAdderFixture();
    private final TestHttp api = f.api();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void jobsListAndGetWithTheActiveFilter() {
        f.emu.seedJobs(JobAdderData.jobs(10, 3));
        long closed = f.emu.jobs().get(0).path("jobId").asLong();
        f.emu.setJobStatus(closed, 3);

        JsonNode all = TestHttp.body(api.get("/jobs"));
        JsonNode inactive = TestHttp.body(api.get("/jobs?active=false"));

        assertThat(all.path("totalCount").asInt()).isEqualTo(10);
        assertThat(inactive.path("items").findValuesAsText("jobId")).contains(String.valueOf(closed));
        inactive.path("items").forEach(j -> assertThat(j.path("status").path("active").asBoolean()).isFalse());
        JsonNode one = TestHttp.body(api.get("/jobs/" + closed));
        assertThat(one.path("status").path("name").asText()).isEqualTo("Closed");
        assertThat(one.path("jobTitle").asText()).isNotBlank();
        assertThat(api.get("/jobs/1").statusCode()).isEqualTo(404);
    }

    @Test
    void jobsPageByOffsetAndLimitWithLinksNextAndFilterByUpdatedAt() {
        f.emu.seedJobs(JobAdderData.jobs(8, 4));
        String after = f.emu.jobs().get(4).path("updatedAt").asText();

        java.util.List<String> seen = new java.util.ArrayList<>();
        JsonNode page = TestHttp.body(api.get("/jobs?limit=3&sort=updatedAt"));
        int pages = 1;
        page.path("items").forEach(j -> seen.add(j.path("jobId").asText()));
        while (page.path("links").has("next")) {
            String next = page.path("links").path("next").asText();
            assertThat(next).startsWith(f.emu.apiUrl() + "/jobs?").contains("offset=" + 3 * pages);
            page = TestHttp.body(api.get(next.substring(f.emu.apiUrl().length())));
            page.path("items").forEach(j -> seen.add(j.path("jobId").asText()));
            pages++;
        }
        JsonNode newer = TestHttp.body(api.get("/jobs?updatedAt=" + TestHttp.enc(">" + after)));

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(8).doesNotHaveDuplicates();
        assertThat(page.path("totalCount").asInt()).isEqualTo(8);
        newer.path("items").forEach(j -> assertThat(j.path("updatedAt").asText()).isGreaterThan(after));
        assertThat(newer.path("totalCount").asInt()).isBetween(1, 7);
    }

    @Test
    void rateLimitFaultsCarryRetryAfterInTheApiErrorShape() {
        f.emu.faults().next(1, "GET", "/v2/candidates", Fault.status(429).withRetryAfter(2));

        HttpResponse<String> limited = api.get("/candidates");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(TestHttp.body(limited).path("message").asText()).contains("429");
        assertThat(api.get("/candidates").statusCode()).isEqualTo(200);
    }

    @Test
    void aCreateDroppedAfterProcessingStillExists() {
        f.emu.faults().next(1, "POST", "/v2/candidates", Fault.dropAfterProcessing());

        assertThatThrownBy(() -> api.json("POST", "/candidates", JobAdderFixture.candidate("Ada", "L", "a@example.com")))
                .hasRootCauseInstanceOf(java.io.IOException.class);

        assertThat(f.emu.candidatesWithEmail("a@example.com")).hasSize(1);
        assertThat(f.emu.requests().filter("POST", "/v2/candidates")).singleElement()
                .satisfies(r -> assertThat(r.dropped()).isTrue());
    }

    @Test
    void malformedJsonAndServerErrorsAreInjectable() {
        f.emu.faults().next(1, "GET", "/v2/jobs", Fault.malformedJson());
        f.emu.faults().next(1, "GET", "/v2/jobs", Fault.status(500));

        HttpResponse<String> broken = api.get("/jobs");
        HttpResponse<String> failed = api.get("/jobs");

        assertThat(broken.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> TestHttp.body(broken)).isInstanceOf(java.io.UncheckedIOException.class);
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(f.emu.requests().count("GET", "/v2/jobs")).isEqualTo(2);
    }

    @Test
    void tokenEndpointFaultsAreSeparate() {
        f.emu.idFaults().next(1, "POST", "/connect/token", Fault.status(503));

        HttpResponse<String> r = f.exchange(f.emu.issueCode(JobAdderFixture.CLIENT, JobAdderFixture.REDIRECT));

        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(TestHttp.body(r).path("error").asText()).isEqualTo("server_error");
        assertThat(f.emu.idRequests().count("POST", "/connect/token")).isEqualTo(2); // the fixture's grant + this
    }

    @Test
    void generatedDataIsDeterministicWithUniqueEmails() {
        List<com.fasterxml.jackson.databind.node.ObjectNode> a = JobAdderData.candidates(200, 9);
        List<com.fasterxml.jackson.databind.node.ObjectNode> b = JobAdderData.candidates(200, 9);

        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(JobAdderData.candidates(200, 10));
        assertThat(a.stream().map(c -> c.path("email").asText()).distinct()).hasSize(200);
        assertThat(JobAdderData.jobs(50, 9)).isEqualTo(JobAdderData.jobs(50, 9));
        assertThat(JobAdderData.jobs(50, 9).stream().filter(j -> j.path("statusId").asInt() == 3)).isNotEmpty();
        f.emu.seedCandidates(a);
        assertThat(f.emu.candidates().get(0).path("updatedAt").asText()).isEqualTo(a.get(0).path("updatedAt").asText()
                .replace(".000", ""));
    }
}
