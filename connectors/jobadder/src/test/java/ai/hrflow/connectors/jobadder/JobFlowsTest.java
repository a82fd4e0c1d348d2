package ai.hrflow.connectors.jobadder;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import ai.hrflow.connectors.emulators.jobadder.JobAdderData;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * JobAdder jobs into HrFlow end to end, with more jobs than a page: {@code create_jobs_in_hrflow} and the v1
 * {@code pull_job_list} follow {@code links.next} and, incrementally, read only what is new.
 */
class JobFlowsTest {
    private final JobAdderTestEnv env = new JobAdderTestEnv();
    private final String code = env.newCode();

    @AfterEach
    void close() {
        env.close();
    }

    private RunResult createJobs() {
        return env.run("create_jobs_in_hrflow", ActionRequest.builder("ja-jobs").connectorAuth(env.connectorAuth(code))
                .hrflowAuth(env.hrflowAuth()).pullParameters(Map.of("limit", 3))
                .pushParameters(Map.of("board_key", env.board)).incremental(true).build());
    }

    @Test
    void createJobsInHrflowPagesThroughEveryJobAndThenReadsOnlyNewOnes() {
        env.ja.seedJobs(JobAdderData.jobs(8, 4));
        List<Long> ids = env.ja.jobs().stream().map(j -> j.path("jobId").asLong()).toList();
        RunResult first = createJobs();
        int listCalls = env.ja.requests().count("GET", "/v2/jobs");
        RunResult nothingNew = createJobs();
        env.ja.clock().advance(Duration.ofHours(1));
        env.ja.seedJob(Json.object().put("jobTitle", "Night Nurse")); // created now, an hour after the first run
        RunResult oneNew = createJobs();

        assertThat(first.status()).as(first.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(first.count(Event.READ_SUCCESS)).isEqualTo(8);
        assertThat(listCalls).as("8 jobs, 3 a page").isGreaterThanOrEqualTo(3);
        assertThat(env.ja.requests().filter("GET", "/v2/jobs")).allSatisfy(r ->
                assertThat(r.query().first("limit")).isEqualTo("3"));
        assertThat(env.hrflow.jobCount(env.board)).isEqualTo(9);
        for (long id : ids) {
            assertThat(env.hrflow.job(env.board, String.valueOf(id))).as("job %s", id).isPresent();
        }
        assertThat(nothingNew.status()).isEqualTo(Status.SUCCESS);
        assertThat(nothingNew.count(Event.READ_SUCCESS)).isZero();
        assertThat(oneNew.count(Event.READ_SUCCESS)).isEqualTo(1);
        assertThat(env.hrflow.jobs(env.board)).anySatisfy(j ->
                assertThat(j.path("name").asText()).isEqualTo("Night Nurse"));
    }

    @Test
    void pullJobListV1ReadsEveryPageAndIncrementallyNothingTwice() {
        env.ja.seedJobs(JobAdderData.jobs(5, 9));
        Map<String, Object> origin = new HashMap<>(env.connectorAuth(code));
        origin.put("authorization_url", "https://id.jobadder.com/connect/token");
        origin.put("limit", 2);
        ActionRequest request = ActionRequest.builder("v1-jobs").originParameters(origin).incremental(true)
                .targetParameters(Map.of("api_secret", env.apiKey, "api_user", JobAdderTestEnv.HRFLOW_EMAIL,
                        "board_key", env.board)).build();

        RunResult first = env.run("pull_job_list", request);
        RunResult second = env.run("pull_job_list", request);

        assertThat(first.status()).as(first.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(first.count(Event.READ_SUCCESS)).isEqualTo(5);
        assertThat(env.hrflow.jobCount(env.board)).isEqualTo(5);
        assertThat(env.ja.requests().count("GET", "/v2/jobs")).isGreaterThanOrEqualTo(3);
        assertThat(second.count(Event.READ_SUCCESS)).isZero();
    }
}
