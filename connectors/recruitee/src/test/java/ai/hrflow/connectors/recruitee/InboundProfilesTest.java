package ai.hrflow.connectors.recruitee;

import static ai.hrflow.connectors.recruitee.RecruiteeTestEnv.CANDIDATES;
import static ai.hrflow.connectors.recruitee.RecruiteeTestEnv.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.Reason;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import ai.hrflow.connectors.api.spi.Logic;
import ai.hrflow.connectors.emulators.recruitee.RecruiteeData;
import ai.hrflow.connectors.emulators.server.Fault;
import ai.hrflow.connectors.emulators.server.FaultRule;
import ai.hrflow.connectors.emulators.server.RecordedRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The v2 flows Recruitee → HrFlow for candidates: create, update (both incremental) and archive. */
class InboundProfilesTest {
    private static final String DETAIL = "/c/{company}/candidates/{id}";
    private final RecruiteeTestEnv env = new RecruiteeTestEnv();

    @AfterEach
    void close() {
        env.close();
    }

    private ActionRequest.Builder request(String workflow, Map<String, ?> pull) {
        return ActionRequest.builder(workflow).connectorAuth(env.auth()).hrflowAuth(env.hrflowAuth())
                .pullParameters(pull).pushParameters(Map.of("source_key", env.source));
    }

    private RunResult run(String action, String workflow, boolean incremental) {
        return env.run(action, request(workflow, Map.of()).incremental(incremental).build());
    }

    @Test
    void createPagesThroughEveryCandidateAndFormatsThem() {
        env.rec.seedCandidates(COMPANY, RecruiteeData.candidates(230, 3));

        RunResult result = run("create_profiles_in_hrflow", "all", false);

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(230);
        assertThat(env.hrflow.profileCount(env.source)).isEqualTo(230);
        assertThat(env.rec.requests().filter("GET", CANDIDATES)).extracting(r -> r.query().first("offset"))
                .containsExactly("0", "95", "190");
        JsonNode newest = env.rec.candidates(COMPANY).get(229);
        JsonNode profile = env.hrflow.profile(env.source, newest.path("id").asText()).orElseThrow();
        assertThat(profile.path("info").path("email").asText()).isEqualTo(newest.path("emails").get(0).asText());
        assertThat(profile.path("skills")).hasSize(2);
        assertThat(profile.path("educations")).hasSize(1);
        assertThat(profile.path("tags")).noneMatch(t -> t.path("name").asText().matches("skills?|gender"))
                .anyMatch(t -> t.path("name").asText().equals("Notice period"));
    }

    @Test
    void incrementalCreateReadsOnlyCandidatesCreatedSinceTheLastRun() {
        env.seedCandidate("Ann Lee", -120, 0);
        env.seedCandidate("Bob Ray", -60, 0);

        RunResult first = run("create_profiles_in_hrflow", "inc", true);
        env.tick(Duration.ofHours(1));
        env.seedCandidate("Cid Moe", 30, 0);
        RunResult second = run("create_profiles_in_hrflow", "inc", true);
        RunResult third = run("create_profiles_in_hrflow", "inc", true);

        assertThat(first.count(Event.READ_SUCCESS)).isEqualTo(2);
        assertThat(first.incrementalToken()).startsWith("v1;by=created;at=2024-03-01T08%3A00%3A00Z;id=");
        assertThat(second.count(Event.READ_SUCCESS)).isEqualTo(1);
        assertThat(third.count(Event.READ_SUCCESS)).isZero();
        assertThat(env.hrflow.profileCount(env.source)).isEqualTo(3);
        RecordedRequest list = env.rec.requests().last("GET", CANDIDATES).orElseThrow();
        assertThat(list.query().first("created_after")).isEqualTo("2024-03-01T09:29:59");
        assertThat(env.rec.requests().count("GET", DETAIL)).isEqualTo(3); // no detail read twice
    }

    @Test
    void aCandidateThatFailedIsReadAgainByTheNextIncrementalRun() {
        env.seedCandidate("Ann Lee", -120, 0);
        long bob = env.seedCandidate("Bob Ray", -60, 0);
        env.seedCandidate("Cid Moe", -30, 0);
        env.rec.faults().add(FaultRule.on("GET", "/c/12345/candidates/" + bob).times(5).then(Fault.status(500)));

        RunResult first = run("create_profiles_in_hrflow", "retry", true);
        RunResult second = run("create_profiles_in_hrflow", "retry", true);

        assertThat(first.status()).isEqualTo(Status.SUCCESS_WITH_FAILURES);
        assertThat(first.count(Event.READ_FAILURE)).isEqualTo(1);
        assertThat(first.incrementalToken()).isNull();
        assertThat(second.status()).isEqualTo(Status.SUCCESS);
        assertThat(second.count(Event.READ_SUCCESS)).isEqualTo(3);
        assertThat(second.incrementalToken()).startsWith("v1;by=created;at=2024-03-01T08%3A30%3A00Z;id=");
        assertThat(env.hrflow.profile(env.source, Long.toString(bob))).isPresent();
        assertThat(env.hrflow.profileCount(env.source)).isEqualTo(3);
    }

    @Test
    void candidatesDeletedDuringTheSweepDoNotMakeItSkipOthers() {
        env.rec.seedCandidates(COMPANY, RecruiteeData.candidates(250, 5));
        List<ObjectNode> all = env.rec.candidates(COMPANY);
        AtomicBoolean deleted = new AtomicBoolean();
        // runs on the reading thread between two list pages: deletes three candidates already read
        Logic deleteNewest = item -> {
            if (deleted.compareAndSet(false, true)) {
                for (int i = 1; i <= 3; i++) {
                    env.rec.deleteCandidate(COMPANY, all.get(all.size() - i).path("id").asLong());
                }
            }
            return item;
        };

        RunResult result = env.run("create_profiles_in_hrflow", request("sweep", Map.of())
                .logics(List.of(deleteNewest)).build());

        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(250);
        assertThat(env.hrflow.profileCount(env.source)).isEqualTo(250);
    }

    @Test
    void limitAndOffsetBoundTheSweep() {
        env.rec.seedCandidates(COMPANY, RecruiteeData.candidates(30, 1));

        RunResult result = env.run("create_profiles_in_hrflow", request("bounded", Map.of("limit", 10, "offset", 5))
                .build());

        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(10);
        assertThat(env.rec.requests().last("GET", CANDIDATES).orElseThrow().query().first("offset")).isEqualTo("5");
    }

    @Test
    void updateTakesCandidatesEditedAfterCreationThenOnlyNewEdits() {
        long quick = env.seedCandidate("Ann Lee", -300, 1);
        long edited = env.seedCandidate("Bob Ray", -300, 120);
        env.hrflow.seedProfile(env.source, Json.object().put("reference", Long.toString(quick)));
        env.hrflow.seedProfile(env.source, Json.object().put("reference", Long.toString(edited)));

        RunResult first = run("update_profiles_in_hrflow", "upd", true);
        env.tick(Duration.ofHours(1));
        env.rec.editCandidate(COMPANY, quick, Json.object().put("name", "Ann Lee-Smith"));
        env.tick(Duration.ofMinutes(1));
        RunResult second = run("update_profiles_in_hrflow", "upd", true);

        assertThat(first.count(Event.READ_SUCCESS)).isEqualTo(1);
        assertThat(second.count(Event.READ_SUCCESS)).isEqualTo(1);
        assertThat(env.hrflow.profile(env.source, Long.toString(quick)).orElseThrow().path("info").path("full_name")
                .asText()).isEqualTo("Ann Lee-Smith");
        assertThat(env.hrflow.profile(env.source, Long.toString(edited)).orElseThrow().path("info").path("full_name")
                .asText()).isEqualTo("Bob Ray");
    }

    @Test
    void archiveArchivesOnlyTheGivenCandidatesRecruiteeNoLongerHas() {
        long a = env.seedCandidate("Ann Lee", -10, 0);
        long b = env.seedCandidate("Bob Ray", -9, 0);
        for (long id : List.of(a, b)) {
            env.hrflow.seedProfile(env.source, Json.object().put("reference", Long.toString(id)));
        }
        env.rec.deleteCandidate(COMPANY, b);

        RunResult result = env.run("archive_profiles_in_hrflow", request("arch", Map.of("ids", a + ", " + b)).build());

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(1);
        assertThat(env.hrflow.profile(env.source, Long.toString(b)).orElseThrow().path("archived_at").isNull())
                .isFalse();
        assertThat(env.hrflow.profile(env.source, Long.toString(a)).orElseThrow().path("archived_at").isNull())
                .isTrue();
    }

    @Test
    void archiveNeedsIdsAndSaysWhichOneIsWrong() {
        RunResult missing = env.run("archive_profiles_in_hrflow", request("arch", Map.of()).build());
        RunResult wrong = env.run("archive_profiles_in_hrflow", request("arch", Map.of("ids", "12,abc")).build());

        assertThat(missing.reason()).isEqualTo(Reason.BAD_ORIGIN_PARAMETERS);
        assertThat(String.join("\n", missing.errors())).contains("pull_parameters.ids");
        assertThat(wrong.reason()).isEqualTo(Reason.READ_FAILURE);
        assertThat(String.join("\n", wrong.errors())).contains("'abc' is not a Recruitee candidate id");
    }

    @Test
    void aRateLimitedPageIsRetried() {
        env.rec.seedCandidates(COMPANY, RecruiteeData.candidates(120, 2));
        env.rec.faults().add(FaultRule.on("GET", CANDIDATES).skip(1).times(2).then(Fault.status(429).withRetryAfter(2)));

        RunResult result = run("create_profiles_in_hrflow", "rl", false);

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(120);
        assertThat(env.waits).contains(Duration.ofSeconds(2));
    }

    @Test
    void aRejectedTokenStopsTheReadWithAClearReason() {
        env.seedCandidate("Ann Lee", -10, 0);

        RunResult result = env.run("create_profiles_in_hrflow", request("bad", Map.of())
                .connectorAuth(Map.of("company_id", "acme", "api_token", "bad-token-xyz")).build());

        assertThat(result.status()).isEqualTo(Status.FATAL);
        assertThat(result.reason()).isEqualTo(Reason.READ_FAILURE);
        assertThat(String.join("\n", result.errors())).contains("401").doesNotContain("bad-token-xyz");
        assertThat(env.hrflow.profileCount(env.source)).isZero();
    }
}
