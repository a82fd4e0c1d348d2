package ai.hrflow.connectors.emulators.zoho;

import static ai.hrflow.connectors.emulators.zoho.ZohoRecruitAuthTest.assertZohoError;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.TestHttp;
import ai.hrflow.connectors.emulators.server.Fault;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ZohoLimitsTest {
    private final ZohoFixture f = new ZohoFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void exhaustedCreditsAre429WithoutRetryAfterByDefault() {
        f.zoho.settings().dailyCredits(3);
        f.recruit.get("/Candidates");
        f.recruit.get("/Candidates");
        f.recruit.get("/Candidates");

        HttpResponse<String> r = f.recruit.get("/Candidates");

        assertZohoError(r, 429, "TOO_MANY_REQUESTS");
        assertThat(r.headers().firstValue("Retry-After")).isEmpty();
        assertThat(f.zoho.creditsUsed()).isEqualTo(3);
    }

    @Test
    void retryAfterCanBeSwitchedOnAndCreditsComeBackAfter24Hours() {
        f.zoho.settings().dailyCredits(2).retryAfter(true).accessTokenLifetime(Duration.ofDays(2));
        TestHttp recruit = f.as(f.zoho.issueAccessToken(f.client.clientId()));
        recruit.get("/Candidates");
        f.tick(3600);
        recruit.get("/Candidates");

        HttpResponse<String> limited = recruit.get("/Candidates");
        f.tick(86_400 - 3600);
        int afterOldestExpired = recruit.get("/Candidates").statusCode();

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue(Long.toString(86_400 - 3600));
        assertThat(afterOldestExpired).isEqualTo(204);
    }

    @Test
    void callsCostWhatTheContractSays() {
        ArrayNode data = Json.array();
        for (int i = 0; i < 25; i++) {
            data.add(ZohoFixture.candidate("N" + i, "n" + i + "@example.com"));
        }

        f.recruit.json("POST", "/Candidates", Json.object().set("data", data));
        long insert = f.zoho.creditsUsed();
        f.recruit.get("/Candidates?cvid=1");
        long customView = f.zoho.creditsUsed() - insert;
        f.recruit.get("/Candidates/deleted");
        long deleted = f.zoho.creditsUsed() - insert - customView;
        f.recruit.get("/Candidates");
        long plain = f.zoho.creditsUsed() - insert - customView - deleted;

        assertThat(List.of(insert, customView, deleted, plain)).containsExactly(3L, 3L, 2L, 1L);
    }

    @Test
    void unauthenticatedCallsCostNothing() {
        f.zoho.settings().dailyCredits(1);

        f.as("1000.bad.token").get("/Candidates");

        assertThat(f.zoho.creditsUsed()).isZero();
        assertThat(f.recruit.get("/Candidates").statusCode()).isEqualTo(204);
    }

    @Test
    void concurrencyCapAnswers429() throws Exception {
        // Each admitted call holds its slot 1 s, so the 4 calls overlap even on a loaded machine.
        f.zoho.settings().concurrencyLimit(2).processingTime(Duration.ofSeconds(1));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Integer>> calls = java.util.stream.IntStream.range(0, 4)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> f.recruit.get("/Candidates").statusCode(), pool))
                    .toList();
            List<Integer> statuses = calls.stream().map(CompletableFuture::join).toList();

            assertThat(statuses).containsOnly(204, 429);
            assertThat(statuses).filteredOn(s -> s == 429).isNotEmpty();
            assertThat(statuses).filteredOn(s -> s == 204).hasSizeGreaterThanOrEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void baseRateLimitAndInjectedFaultsAnswerInZohoShape() {
        f.zoho.recruitFaults().next(1, "GET", "/recruit/v2/Candidates", Fault.status(500));
        assertZohoError(f.recruit.get("/Candidates"), 500, "INTERNAL_ERROR");
        assertThat(f.recruit.get("/Candidates").statusCode()).isEqualTo(204);

        f.zoho.recruitRateLimit().perSecond(0.01);
        f.recruit.get("/Candidates");
        HttpResponse<String> limited = f.recruit.get("/Candidates");

        assertZohoError(limited, 429, "TOO_MANY_REQUESTS");
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void accountsFaultsAreSeparateFromRecruitFaults() {
        f.zoho.accountsFaults().next(1, "POST", "/oauth/v2/token", Fault.status(503));

        HttpResponse<String> token = f.token(f.codeGrant(f.zoho.issueAuthorizationCode(f.client.clientId())));

        assertThat(token.statusCode()).isEqualTo(503);
        assertThat(f.recruit.get("/Candidates").statusCode()).isEqualTo(204);
        assertThat(f.zoho.accountsRequests().count("POST", "/oauth/v2/token")).isEqualTo(1);
        assertThat(f.zoho.recruitRequests().count("POST", "/oauth/v2/token")).isZero();
    }

    @Test
    void callCountersShowListsGetsAndBatchSizes() {
        List<String> ids = f.zoho.candidates().seed(ZohoData.candidates(5, 8));
        f.recruit.get("/Candidates");
        f.recruit.get("/Candidates/" + ids.get(0));
        f.recruit.get("/Candidates/" + ids.get(1));
        ArrayNode batch = Json.array();
        ZohoData.candidates(7, 9).forEach(batch::add);
        f.recruit.json("POST", "/Candidates", Json.object().set("data", batch));
        f.insert("Candidates", ZohoFixture.candidate("X", "x@example.com"));
        f.recruit.send("DELETE", "/Candidates?ids=" + ids.get(2) + "," + ids.get(3), null, null);
        f.as("1000.bad.token").get("/JobOpenings");

        ZohoCalls calls = f.zoho.calls();
        assertThat(calls.count(RecruitModule.CANDIDATES, RecruitOperation.LIST)).isEqualTo(1);
        assertThat(calls.count(RecruitModule.CANDIDATES, RecruitOperation.GET)).isEqualTo(2);
        assertThat(calls.recordsPerCall(RecruitModule.CANDIDATES, RecruitOperation.INSERT)).containsExactly(7, 1);
        assertThat(calls.maxRecordsPerCall(RecruitModule.CANDIDATES, RecruitOperation.INSERT)).isEqualTo(7);
        assertThat(calls.recordsPerCall(RecruitModule.CANDIDATES, RecruitOperation.DELETE)).containsExactly(2);
        assertThat(calls.count(RecruitModule.JOB_OPENINGS, RecruitOperation.LIST)).isEqualTo(1);
        assertThat(calls.count(RecruitModule.CANDIDATES)).isEqualTo(6);
        assertThat(f.zoho.recruitRequests().count("GET", "/recruit/v2/{module}/{id}")).isEqualTo(2);
        calls.reset();
        assertThat(calls.count(RecruitModule.CANDIDATES)).isZero();
    }
}
