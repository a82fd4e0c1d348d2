package ai.hrflow.connectors.jobadder;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import ai.hrflow.connectors.api.spi.Logic;
import ai.hrflow.connectors.emulators.jobadder.JobAdderData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** JobAdder → HrFlow: the v2 create/update/archive flows of candidates and jobs, and the v1 pulls. */
class InboundFlowsTest {
    private final JobAdderTestEnv env = new JobAdderTestEnv();
    private final String code = env.newCode();

    @AfterEach
    void close() {
        env.close();
    }

    private RunResult flow(String action, String workflow, Map<String, ?> pull, Map<String, ?> push,
            boolean incremental, List<Logic> logics) {
        return env.run(action, ActionRequest.builder(workflow).connectorAuth(env.connectorAuth(code))
                .pullParameters(pull).hrflowAuth(env.hrflowAuth()).pushParameters(push).incremental(incremental)
                .logics(logics).build());
    }

    private RunResult profiles(String action, boolean incremental, List<Logic> logics) {
        return flow(action, action, Map.of("limit", 2), Map.of("source_key", env.source), incremental, logics);
    }

    private RunResult jobs(String action) {
        return flow(action, action, Map.of("limit", 3), Map.of("board_key", env.board), true, null);
    }

    @Test
    void createProfilesInHrflowThenIncrementalRunsReadOnlyNewCandidates() {
        env.ja.seedCandidates(JobAdderData.candidates(5, 7));

        RunResult first = profiles("create_profiles_in_hrflow", true, null);
        RunResult again = profiles("create_profiles_in_hrflow", true, null);
        env.ja.seedCandidates(JobAdderData.candidates(7, 7).subList(5, 7));
        RunResult more = profiles("create_profiles_in_hrflow", true, null);

        assertThat(first.status()).as(first.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(first.count(Event.READ_SUCCESS)).isEqualTo(5);
        assertThat(first.incrementalToken()).startsWith("v1;by=created;at=2024-01-02T");
        assertThat(again.count(Event.READ_SUCCESS)).isZero();
        assertThat(more.count(Event.READ_SUCCESS)).isEqualTo(2);
        assertThat(env.hrflow.profileCount(env.source)).isEqualTo(7);
        ObjectNode candidate = env.ja.candidates().get(0);
        ObjectNode profile = env.hrflow.profile(env.source, candidate.path("candidateId").asText()).orElseThrow();
        assertThat(profile.path("info").path("email").asText()).isEqualTo(candidate.path("email").asText());
        assertThat(profile.path("info").path("location").path("fields").path("city").asText())
                .isEqualTo(candidate.path("address").path("city").asText());
        assertThat(profile.path("skills").get(0).path("name").asText())
                .isEqualTo(candidate.path("skillTags").get(0).asText());
        assertThat(profile.path("educations").get(0).path("school").asText())
                .isEqualTo(candidate.path("education").get(0).path("institution").asText());
        // the list has whole records: no per-candidate GET (the reference's N+1)
        assertThat(env.ja.requests().count("GET", "/v2/candidates/{id}")).isZero();
    }

    @Test
    void updateProfilesInHrflowSendsEditedCandidatesOnlyOnce() {
        List<Long> ids = seedSameSecond(3, false);
        profiles("create_profiles_in_hrflow", false, null);
        env.ja.editCandidate(ids.get(1), Json.object().put("summary", "Edited in JobAdder"));

        RunResult update = profiles("update_profiles_in_hrflow", true, null);
        RunResult again = profiles("update_profiles_in_hrflow", true, null);

        assertThat(update.status()).as(update.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(update.count(Event.READ_SUCCESS)).isEqualTo(1);
        assertThat(env.hrflow.profile(env.source, String.valueOf(ids.get(1))).orElseThrow().path("info")
                .path("summary").asText()).isEqualTo("Edited in JobAdder");
        assertThat(again.count(Event.READ_SUCCESS)).isZero();
    }

    @Test
    void archiveProfilesInHrflowArchivesCandidatesMovedToAnInactiveStatus() {
        List<Long> ids = seedSameSecond(3, false);
        profiles("create_profiles_in_hrflow", false, null);
        env.ja.setCandidateStatus(ids.get(2), 4);

        RunResult archive = profiles("archive_profiles_in_hrflow", true, null);

        assertThat(archive.status()).as(archive.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(archive.count(Event.READ_SUCCESS)).isEqualTo(1);
        assertThat(env.hrflow.profile(env.source, String.valueOf(ids.get(2))).orElseThrow().path("archived_at")
                .isNull()).isFalse();
        assertThat(env.hrflow.profile(env.source, String.valueOf(ids.get(0))).orElseThrow().path("archived_at")
                .isNull()).isTrue();
    }

    @Test
    void tiesAcrossPagesAndEditsDuringTheScanLoseNothing() {
        List<Long> ids = seedSameSecond(7, true);
        profiles("create_profiles_in_hrflow", false, null);
        Map<Long, String> createdAt = new HashMap<>();
        ids.forEach(id -> createdAt.put(id, env.hrflow.profile(env.source, String.valueOf(id)).orElseThrow()
                .path("updated_at").asText()));
        env.hrflow.clock().advance(java.time.Duration.ofMinutes(1));
        long editedMidScan = ids.get(0);
        Logic editTwoWhileReading = new Logic() {
            private int seen;

            @Override
            public ObjectNode apply(ObjectNode item) {
                if (++seen == 3) {
                    // the group of 7 candidates sharing one second slides back by two: a scan by position would
                    // skip the candidates crossing the page boundary
                    env.ja.editCandidate(editedMidScan, Json.object().put("summary", "edited during the scan"));
                    env.ja.editCandidate(ids.get(1), Json.object().put("summary", "edited too"));
                }
                return item;
            }
        };

        RunResult result = profiles("update_profiles_in_hrflow", true, List.of(editTwoWhileReading));

        assertThat(result.status()).as(result.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.WRITE_SUCCESS)).isEqualTo(9); // all 7, and the two edited ones again
        for (long id : ids.subList(2, 7)) {
            assertThat(env.hrflow.profile(env.source, String.valueOf(id)).orElseThrow().path("updated_at").asText())
                    .as("candidate %d updated in HrFlow", id).isNotEqualTo(createdAt.get(id));
        }
        assertThat(env.ja.requests().filter("GET", "/v2/candidates").stream().map(r -> r.query().first("offset"))
                .distinct().count()).as("walked by position inside the crowded second").isGreaterThan(2);
        for (long id : ids) {
            assertThat(env.hrflow.profile(env.source, String.valueOf(id))).isPresent();
        }
        assertThat(env.hrflow.profile(env.source, String.valueOf(editedMidScan)).orElseThrow().path("info")
                .path("summary").asText()).isEqualTo("edited during the scan");
        assertThat(result.incrementalToken()).startsWith("v1;by=updated;at=" + JobAdderTestEnv.T0.toString()
                .replace(":", "%3A"));
    }

    @Test
    void jobsIntoHrflowCreateUpdateAndArchive() {
        env.ja.seedJobs(JobAdderData.jobs(4, 3));
        long first = env.ja.jobs().get(0).path("jobId").asLong();

        RunResult created = jobs("create_jobs_in_hrflow");
        env.ja.editJob(first, Json.object().put("jobTitle", "Principal Engineer"));
        RunResult updated = jobs("update_jobs_in_hrflow");
        env.ja.setJobStatus(first, 4);
        RunResult archived = jobs("archive_jobs_in_hrflow");

        assertThat(created.status()).as(created.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(env.hrflow.jobCount(env.board)).isEqualTo(4);
        ObjectNode job = env.hrflow.job(env.board, String.valueOf(first)).orElseThrow();
        assertThat(job.path("name").asText()).isEqualTo("Principal Engineer");
        assertThat(job.path("sections").get(0).path("description").asText()).contains("We are looking for");
        assertThat(updated.status()).as(updated.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(archived.count(Event.READ_SUCCESS)).isGreaterThanOrEqualTo(1);
        assertThat(job.path("archived_at").isNull()).isFalse();
    }

    @Test
    void pullProfileListAndPullJobListV1() {
        env.ja.seedCandidates(JobAdderData.candidates(3, 11));
        env.ja.seedJobs(JobAdderData.jobs(2, 11));
        Map<String, Object> origin = v1Origin();
        RunResult profiles = env.run("pull_profile_list", ActionRequest.builder("v1-profiles")
                .originParameters(origin).incremental(true)
                .targetParameters(Map.of("api_secret", env.apiKey, "api_user", JobAdderTestEnv.HRFLOW_EMAIL,
                        "source_key", env.source)).build());
        RunResult again = env.run("pull_profile_list", ActionRequest.builder("v1-profiles")
                .originParameters(origin).incremental(true)
                .targetParameters(Map.of("api_secret", env.apiKey, "api_user", JobAdderTestEnv.HRFLOW_EMAIL,
                        "source_key", env.source)).build());
        RunResult jobs = env.run("pull_job_list", ActionRequest.builder("v1-jobs").originParameters(origin)
                .targetParameters(Map.of("api_secret", env.apiKey, "api_user", JobAdderTestEnv.HRFLOW_EMAIL,
                        "board_key", env.board)).build());

        assertThat(profiles.status()).as(profiles.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(env.hrflow.profileCount(env.source)).isEqualTo(3);
        assertThat(again.count(Event.READ_SUCCESS)).isZero();
        assertThat(jobs.status()).as(jobs.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(env.hrflow.jobCount(env.board)).isEqualTo(2);
    }

    private Map<String, Object> v1Origin() {
        Map<String, Object> origin = new HashMap<>(env.connectorAuth(code));
        origin.put("authorization_url", "https://id.jobadder.com/connect/authorize");
        origin.put("limit", 2);
        return origin;
    }

    /** {@code n} candidates updated in one second; created a day earlier when {@code edited}, else at that second. */
    private List<Long> seedSameSecond(int n, boolean edited) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(env.ja.seedCandidate(Json.object().put("firstName", "C" + i).put("lastName", "Same")
                    .put("email", "c" + i + "@example.com")
                    .put("createdAt", edited ? "2024-02-01T09:00:00Z" : "2024-02-02T09:00:00Z")
                    .put("updatedAt", "2024-02-02T09:00:00Z")).path("candidateId").asLong());
        }
        return ids;
    }
}
