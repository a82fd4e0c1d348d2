package ai.hrflow.connectors.recruitee;

import static ai.hrflow.connectors.recruitee.RecruiteeTestEnv.CANDIDATES;
import static ai.hrflow.connectors.recruitee.RecruiteeTestEnv.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.http.ApiClientSettings;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import ai.hrflow.connectors.emulators.recruitee.RecruiteeData;
import ai.hrflow.connectors.emulators.server.Fault;
import ai.hrflow.connectors.emulators.server.FaultRule;
import ai.hrflow.connectors.emulators.server.RecordedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reading candidate details: nothing listed is dropped silently, the next page is listed ahead, concurrency. */
class DetailReadTest {
    private static final String DETAIL = "/c/{company}/candidates/{id}";
    private final RecruiteeTestEnv env = new RecruiteeTestEnv();

    @AfterEach
    void close() {
        env.close();
    }

    private RunResult create(String workflow) {
        return env.run("create_profiles_in_hrflow", ActionRequest.builder(workflow).connectorAuth(env.auth())
                .hrflowAuth(env.hrflowAuth()).pushParameters(Map.of("source_key", env.source)).build());
    }

    @Test
    void aCandidateGoneBetweenListAndDetailIsAReadFailureInTheFailuresFile() throws IOException {
        env.seedCandidate("Ann Lee", -120, 0);
        long gone = env.seedCandidate("Bob Ray", -60, 0);
        env.rec.faults().add(FaultRule.on("GET", "/c/12345/candidates/" + gone).then(Fault.status(404)));

        RunResult result = create("gone");

        assertThat(result.status()).isEqualTo(Status.SUCCESS_WITH_FAILURES);
        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(1);
        assertThat(result.count(Event.READ_FAILURE)).isEqualTo(1);
        assertThat(Files.readString(Path.of(result.failuresFile())))
                .contains("Bob Ray").contains(Long.toString(gone)).contains("404");
    }

    @Test
    void aDetailThatKeepsFailingIsAReadFailureWithItsSummaryAndTheOthersGoOn() throws IOException {
        env.rec.seedCandidates(COMPANY, RecruiteeData.candidates(150, 9));
        long broken = env.rec.candidates(COMPANY).get(120).path("id").asLong();
        env.rec.faults().add(FaultRule.on("GET", "/c/12345/candidates/" + broken).then(Fault.status(500)));

        RunResult result = create("broken");

        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(149);
        assertThat(result.count(Event.READ_FAILURE)).isEqualTo(1);
        assertThat(env.hrflow.profileCount(env.source)).isEqualTo(149);
        assertThat(Files.readString(Path.of(result.failuresFile()))).contains(Long.toString(broken))
                .contains("failed");
    }

    @Test
    void theNextPageIsListedWhileTheDetailsOfThisOneAreFetched() {
        env.rec.seedCandidates(COMPANY, RecruiteeData.candidates(250, 4));
        env.rec.faults().latency(Duration.ofMillis(10));

        RunResult result = create("ahead");

        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(250);
        List<RecordedRequest> lists = env.rec.requests().filter("GET", CANDIDATES);
        List<RecordedRequest> details = env.rec.requests().filter("GET", DETAIL);
        assertThat(lists).hasSize(3);
        assertThat(details).hasSize(250);
        // the second list call went out before the first page's hundredth detail call
        assertThat(lists.get(1).sequence()).isLessThan(details.get(99).sequence());
    }

    @Test
    void detailConcurrencyFollowsTheClientSideRateLimit() {
        RecruiteeOptions defaults = RecruiteeOptions.defaults();
        assertThat(defaults.http().requestsPerSecond()).isEqualTo(RecruiteeOptions.DEFAULT_REQUESTS_PER_SECOND);
        assertThat(defaults.detailConcurrency()).isEqualTo(25);
        assertThat(defaults.withHttp(ApiClientSettings.builder().rateLimit(100, 1).build()).detailConcurrency())
                .isEqualTo(5);
        assertThat(defaults.withHttp(ApiClientSettings.builder().rateLimit(5000, 1).build()).detailConcurrency())
                .isEqualTo(RecruiteeOptions.MAX_CONCURRENCY);
        assertThat(defaults.withHttp(ApiClientSettings.builder().build()).detailConcurrency())
                .isEqualTo(RecruiteeOptions.UNLIMITED_CONCURRENCY);
        assertThat(defaults.withDetailConcurrency(3).detailConcurrency()).isEqualTo(3);
    }
}
