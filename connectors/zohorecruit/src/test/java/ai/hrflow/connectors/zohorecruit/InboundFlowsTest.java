package ai.hrflow.connectors.zohorecruit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import ai.hrflow.connectors.api.spi.Logic;
import ai.hrflow.connectors.emulators.server.Fault;
import ai.hrflow.connectors.emulators.server.FaultRule;
import ai.hrflow.connectors.emulators.zoho.RecruitModule;
import ai.hrflow.connectors.emulators.zoho.RecruitOperation;
import ai.hrflow.connectors.emulators.zoho.ZohoData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The five Zoho → HrFlow flows, run through the engine against both emulators. */
class InboundFlowsTest {
    private final SyncSandbox sandbox = new SyncSandbox();

    @AfterEach
    void close() {
        sandbox.close();
    }

    private RunResult createProfiles(boolean incremental) {
        return sandbox.run("create_profiles_in_hrflow", sandbox.flow("zoho-create")
                .pushParameters(Map.of("source_key", sandbox.source)).incremental(incremental));
    }

    @Test
    void createProfilesSendsEveryCandidateWithTheZohoIdAsReferenceFromListPagesOnly() {
        List<String> ids = sandbox.zoho.zoho.candidates().seed(ZohoData.candidates(450, 11));

        RunResult result = createProfiles(true);

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(450);
        assertThat(sandbox.hrflow.profileCount(sandbox.source)).isEqualTo(450);
        ObjectNode zohoRecord = sandbox.zoho.zoho.candidates().get(ids.get(7)).orElseThrow();
        ObjectNode profile = sandbox.hrflow.profile(sandbox.source, ids.get(7)).orElseThrow();
        assertThat(profile.path("info").path("email").asText()).isEqualTo(zohoRecord.path("Email").asText());
        assertThat(profile.path("skills")).isNotEmpty();
        assertThat(profile.path("experiences")).hasSize(zohoRecord.path("Experience_Details").size());
        // a few list pages (a crowded second costs one extra page per step) and not one GET per record (the
        // reference made 1 + N calls per page)
        assertThat(sandbox.zoho.zoho.calls().count(RecruitModule.CANDIDATES, RecruitOperation.GET)).isZero();
        assertThat(sandbox.zoho.zoho.calls().count(RecruitModule.CANDIDATES, RecruitOperation.LIST))
                .isLessThanOrEqualTo(8);
    }

    @Test
    void twoRunsFromTheSameSpentCodeExchangeItOnceAndTheSecondReadsNothingNew() {
        sandbox.zoho.zoho.candidates().seed(ZohoData.candidates(20, 11));
        RunResult first = createProfiles(true);
        sandbox.zoho.advance(Duration.ofHours(3)); // the saved access token is dead too: a refresh, not a code

        RunResult second = createProfiles(true);

        assertThat(first.status()).isEqualTo(Status.SUCCESS);
        assertThat(second.status()).isEqualTo(Status.SUCCESS);
        assertThat(second.count(Event.READ_SUCCESS)).isZero();
        assertThat(second.incrementalToken()).isEqualTo(first.incrementalToken());
        assertThat(sandbox.zoho.zoho.codeExchanges()).isEqualTo(1);
        assertThat(sandbox.zoho.zoho.refreshes()).isEqualTo(1);
        String since = sandbox.zoho.zoho.recruitRequests().last("GET", "/recruit/v2/Candidates").orElseThrow()
                .header("If-Modified-Since");
        assertThat(since).isNotNull();
    }

    @Test
    void anUpdateScanThatFindsNothingToSendStillMovesItsPosition() {
        sandbox.zoho.zoho.candidates().seed(ZohoData.candidates(30, 13));

        // never-modified candidates are not wanted by an update flow: no item, yet the scan covered them all
        RunResult quiet = sandbox.run("update_profiles_in_hrflow", sandbox.flow("zoho-quiet-update")
                .pushParameters(Map.of("source_key", sandbox.source)).incremental(true));

        assertThat(quiet.status()).as(String.valueOf(quiet.errors()) + quiet.reason()).isEqualTo(Status.SUCCESS);
        assertThat(quiet.count(Event.READ_SUCCESS)).isZero();
        assertThat(quiet.incrementalToken()).as("the next run starts after the records already scanned")
                .startsWith("v1;by=modified;");
    }

    @Test
    void incrementalUpdatePicksUpOnlyTheCandidatesModifiedSinceTheLastRun() {
        List<String> ids = sandbox.zoho.zoho.candidates().seed(ZohoData.candidates(60, 5));
        assertThat(createProfiles(true).status()).isEqualTo(Status.SUCCESS);
        sandbox.zoho.advance(Duration.ofMinutes(5));
        for (int i : new int[] {3, 17, 42}) {
            sandbox.zoho.zoho.candidates().modify(ids.get(i), Json.object().put("City", "Lyon " + i));
        }

        RunResult update = sandbox.run("update_profiles_in_hrflow", sandbox.flow("zoho-update")
                .pushParameters(Map.of("source_key", sandbox.source)).incremental(true));
        sandbox.zoho.advance(Duration.ofMinutes(5));
        sandbox.zoho.zoho.candidates().modify(ids.get(5), Json.object().put("City", "Brest"));
        RunResult again = sandbox.run("update_profiles_in_hrflow", sandbox.flow("zoho-update")
                .pushParameters(Map.of("source_key", sandbox.source)).incremental(true));

        assertThat(update.status()).isEqualTo(Status.SUCCESS);
        assertThat(update.count(Event.READ_SUCCESS)).isEqualTo(3);
        assertThat(sandbox.hrflow.profile(sandbox.source, ids.get(17)).orElseThrow()
                .path("info").path("location").path("fields").path("city").asText()).isEqualTo("Lyon 17");
        assertThat(again.count(Event.READ_SUCCESS)).isEqualTo(1);
        assertThat(sandbox.hrflow.profile(sandbox.source, ids.get(5)).orElseThrow()
                .path("info").path("location").path("fields").path("city").asText()).isEqualTo("Brest");
    }

    @Test
    void aCandidateWhoseWriteFailedIsReadAgainByTheNextIncrementalRun() {
        List<String> ids = sandbox.zoho.zoho.candidates().seed(ZohoData.candidates(10, 5));
        createProfiles(true);
        sandbox.zoho.advance(Duration.ofSeconds(30));
        String late = sandbox.zoho.zoho.candidates().seed(ZohoData.candidate(50, 5)); // not in HrFlow yet
        sandbox.zoho.advance(Duration.ofMinutes(1));
        sandbox.zoho.zoho.candidates().modify(ids.get(2), Json.object().put("City", "Lille"));
        sandbox.zoho.advance(Duration.ofSeconds(1));
        sandbox.zoho.zoho.candidates().modify(late, Json.object().put("City", "Metz"));
        sandbox.zoho.advance(Duration.ofSeconds(1));
        sandbox.zoho.zoho.candidates().modify(ids.get(6), Json.object().put("City", "Nice"));
        ai.hrflow.connectors.api.model.ActionRequest.Builder update = sandbox.flow("zoho-update")
                .pushParameters(Map.of("source_key", sandbox.source)).incremental(true);

        RunResult failed = sandbox.run("update_profiles_in_hrflow", update);
        RunResult created = createProfiles(true);
        RunResult retried = sandbox.run("update_profiles_in_hrflow", update);

        assertThat(failed.status()).isEqualTo(Status.SUCCESS_WITH_FAILURES);
        assertThat(failed.count(Event.WRITE_FAILURE)).isEqualTo(1);
        assertThat(created.count(Event.READ_SUCCESS)).isEqualTo(1); // only the late candidate is new
        assertThat(retried.status()).isEqualTo(Status.SUCCESS);
        assertThat(retried.count(Event.READ_SUCCESS)).isEqualTo(2); // the failed one, and the one after it
        assertThat(sandbox.hrflow.profile(sandbox.source, late).orElseThrow()
                .path("info").path("location").path("fields").path("city").asText()).isEqualTo("Metz");
        assertThat(retried.incrementalToken()).isNotEqualTo(failed.incrementalToken());
    }

    @Test
    void archiveProfilesArchivesTheDeletedCandidatesReferences() {
        List<String> ids = sandbox.zoho.zoho.candidates().seed(ZohoData.candidates(10, 5));
        createProfiles(false);
        sandbox.zoho.advance(Duration.ofMinutes(1));
        sandbox.zoho.zoho.candidates().delete(ids.get(1));
        sandbox.zoho.zoho.candidates().delete(ids.get(8));

        RunResult result = sandbox.run("archive_profiles_in_hrflow", sandbox.flow("zoho-archive")
                .pushParameters(Map.of("source_key", sandbox.source)).incremental(true));

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(2);
        assertThat(sandbox.hrflow.profile(sandbox.source, ids.get(1)).orElseThrow().path("archived_at").isNull())
                .isFalse();
        assertThat(sandbox.hrflow.profile(sandbox.source, ids.get(2)).orElseThrow().path("archived_at").isNull())
                .isTrue();
        assertThat(result.incrementalToken()).startsWith("v1;by=deleted;");
    }

    @Test
    void jobOpeningsAreCreatedUpdatedAndArchivedInTheBoard() {
        List<String> ids = sandbox.zoho.zoho.jobOpenings().seed(ZohoData.jobOpenings(12, 5));
        Map<String, Object> push = Map.of("board_key", sandbox.board);

        RunResult created = sandbox.run("create_jobs_in_hrflow", sandbox.flow("jobs-create").pushParameters(push)
                .incremental(true));
        sandbox.zoho.advance(Duration.ofMinutes(1));
        sandbox.zoho.zoho.jobOpenings().modify(ids.get(4), Json.object().put("Job_Opening_Name", "Head chef"));
        RunResult updated = sandbox.run("update_jobs_in_hrflow", sandbox.flow("jobs-update").pushParameters(push)
                .incremental(true));
        sandbox.zoho.zoho.jobOpenings().delete(ids.get(9));
        RunResult archived = sandbox.run("archive_jobs_in_hrflow", sandbox.flow("jobs-archive").pushParameters(push));

        assertThat(List.of(created.status(), updated.status(), archived.status())).containsOnly(Status.SUCCESS);
        assertThat(sandbox.hrflow.jobCount(sandbox.board)).isEqualTo(12);
        ObjectNode job = sandbox.hrflow.job(sandbox.board, ids.get(4)).orElseThrow();
        assertThat(job.path("name").asText()).isEqualTo("Head chef");
        assertThat(job.path("tags").toString()).contains("Job_Type").doesNotContain("JobType");
        assertThat(updated.count(Event.READ_SUCCESS)).isEqualTo(1);
        assertThat(sandbox.hrflow.job(sandbox.board, ids.get(9)).orElseThrow().path("archived_at").isNull())
                .isFalse();
        assertThat(sandbox.zoho.zoho.calls().count(RecruitModule.JOB_OPENINGS, RecruitOperation.GET)).isZero();
    }

    @Test
    void anAccessTokenExpiringMidRunIsRefreshedWithoutLosingAnItem() {
        sandbox.zoho.zoho.candidates().seed(ZohoData.candidates(450, 3));
        AtomicInteger seen = new AtomicInteger();
        Logic expireAfterFirstPage = item -> {
            if (seen.incrementAndGet() == 150) {
                sandbox.zoho.advance(Duration.ofHours(2)); // Zoho's token dies while the run goes on
            }
            return item;
        };

        RunResult result = sandbox.run("create_profiles_in_hrflow", sandbox.flow("expiring")
                .pushParameters(Map.of("source_key", sandbox.source)).logics(List.of(expireAfterFirstPage)));

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(sandbox.hrflow.profileCount(sandbox.source)).isEqualTo(450);
        assertThat(sandbox.zoho.zoho.refreshes()).isEqualTo(1);
        assertThat(sandbox.zoho.zoho.recruitRequests().count(r -> r.status() == 401)).isEqualTo(1);
    }

    @Test
    void burstsOfTooManyRequestsWithoutRetryAfterAreRiddenOut() {
        sandbox.zoho.zoho.candidates().seed(ZohoData.candidates(450, 3));
        sandbox.zoho.zoho.recruitFaults().add(FaultRule.on("GET", "/recruit/v2/Candidates").times(3)
                .then(Fault.status(429)));
        // a second burst in the middle of the scan (rules are tried in order: this one counts from the 4th call)
        sandbox.zoho.zoho.recruitFaults().add(FaultRule.on("GET", "/recruit/v2/Candidates").skip(1).times(2)
                .then(Fault.status(429)));

        RunResult result = createProfiles(true);

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(sandbox.hrflow.profileCount(sandbox.source)).isEqualTo(450);
        assertThat(sandbox.zoho.zoho.recruitRequests().count(r -> r.status() == 429)).isEqualTo(5);
    }

    @Test
    void aDryRunReadsAndFormatsButWritesAndSavesNothing() {
        sandbox.zoho.zoho.candidates().seed(ZohoData.candidates(30, 3));

        RunResult result = sandbox.run("create_profiles_in_hrflow", sandbox.flow("dry")
                .pushParameters(Map.of("source_key", sandbox.source)).persist(false));

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(30);
        assertThat(sandbox.hrflow.profileCount(sandbox.source)).isZero();
        assertThat(sandbox.hrflow.requests().count("POST", "*")).isZero();
        assertThat(sandbox.zoho.store.lastRun("dry")).isEmpty();
        // the code is spent either way: its refresh token is kept, or the next run could not authenticate
        assertThat(sandbox.zoho.store.loadCredentials("zohorecruit:eu:" + sandbox.zoho.client.clientId()))
                .isPresent();
    }
}
