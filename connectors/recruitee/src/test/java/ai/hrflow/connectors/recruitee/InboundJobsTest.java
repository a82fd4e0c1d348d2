package ai.hrflow.connectors.recruitee;

import static ai.hrflow.connectors.recruitee.RecruiteeTestEnv.COMPANY;
import static ai.hrflow.connectors.recruitee.RecruiteeTestEnv.T0;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The v2 flows Recruitee offers → HrFlow jobs: create, update, archive, with incremental re-runs. */
class InboundJobsTest {
    private static final String OFFERS = "/c/{company}/offers";
    private final RecruiteeTestEnv env = new RecruiteeTestEnv();

    @AfterEach
    void close() {
        env.close();
    }

    private RunResult run(String action, String workflow, Map<String, ?> pull, boolean incremental) {
        return env.run(action, ActionRequest.builder(workflow).connectorAuth(env.auth()).hrflowAuth(env.hrflowAuth())
                .pullParameters(pull).pushParameters(Map.of("board_key", env.board)).incremental(incremental)
                .build());
    }

    private long offer(String title, String status, long createdMinutes, long editedAfter) {
        ObjectNode o = Json.object().put("title", title).put("status", status)
                .put("created_at", T0.plus(Duration.ofMinutes(createdMinutes)).toString())
                .put("updated_at", T0.plus(Duration.ofMinutes(createdMinutes + editedAfter)).toString());
        return env.rec.addOffer(COMPANY, o).path("id").asLong();
    }

    @Test
    void createJobsFormatsOffersWithoutFetchingEachOne() {
        long id = env.rec.addOffer(COMPANY, Json.object().put("title", "Data analyst").put("remote", true)
                .put("requirements", "<p>SQL</p>").put("highlight_html", "<p>Remote</p>")
                .put("min_hours", 30).put("max_hours", 40).set("salary", Json.object().put("min", 40000)
                        .put("max", 50000).put("currency", "EUR").put("period", "year"))).path("id").asLong();

        RunResult result = run("create_jobs_in_hrflow", "jobs", Map.of(), false);

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(3);
        assertThat(env.rec.requests().count("GET", "/c/{company}/offers/{id}")).isZero();
        JsonNode job = env.hrflow.job(env.board, Long.toString(id)).orElseThrow();
        assertThat(job.path("name").asText()).isEqualTo("Data analyst");
        assertThat(job.path("sections")).extracting(s -> s.path("name").asText())
                .containsExactly("job_requirements", "job_highlights");
        assertThat(job.path("tags")).anyMatch(t -> t.path("name").asText().equals("remote")
                && t.path("value").asText().equals("true"));
        assertThat(job.path("ranges_float")).extracting(r -> r.path("name").asText())
                .containsExactly("working hours", "salary per year");
        var sent = env.rec.requests().last("GET", OFFERS).orElseThrow().query();
        assertThat(sent.first("kind")).isEqualTo("job");
        assertThat(sent.first("scope")).isEqualTo("active");
        assertThat(sent.first("view_mode")).isEqualTo("default");
    }

    @Test
    void briefViewFetchesEachOfferForItsDates() {
        RunResult result = run("create_jobs_in_hrflow", "brief", Map.of("view_mode", "brief"), false);

        assertThat(result.count(Event.WRITE_SUCCESS)).isEqualTo(2);
        assertThat(env.rec.requests().count("GET", "/c/{company}/offers/{id}")).isEqualTo(2);
        assertThat(env.hrflow.job(env.board, Long.toString(env.offerA)).orElseThrow().path("created_at").asText())
                .isNotBlank();
    }

    @Test
    void incrementalCreateCommitsOfferByOfferAndReadsOnlyNewOnes() {
        RunResult first = run("create_jobs_in_hrflow", "inc-jobs", Map.of(), true);
        long later = offer("Later job", "published", 60, 0);
        RunResult second = run("create_jobs_in_hrflow", "inc-jobs", Map.of(), true);
        RunResult third = run("create_jobs_in_hrflow", "inc-jobs", Map.of(), true);

        assertThat(first.count(Event.READ_SUCCESS)).isEqualTo(2);
        assertThat(second.count(Event.READ_SUCCESS)).isEqualTo(1);
        assertThat(second.incrementalToken()).isEqualTo("v1;by=created;at=2024-03-01T10%3A00%3A00Z;id=" + later);
        assertThat(third.count(Event.READ_SUCCESS)).isZero();
        assertThat(env.hrflow.jobCount(env.board)).isEqualTo(3);
    }

    @Test
    void aFailedOfferDoesNotLetTheTokenPassIt() {
        long early = offer("", "published", -60, 0); // no title: the job format refuses it
        long late = offer("Late", "published", -30, 0);

        RunResult first = run("create_jobs_in_hrflow", "fail-jobs", Map.of(), true);
        env.rec.editOffer(COMPANY, early, Json.object().put("title", "Early, fixed"));
        RunResult second = run("create_jobs_in_hrflow", "fail-jobs", Map.of(), true);

        assertThat(first.count(Event.FORMAT_FAILURE)).isEqualTo(1);
        assertThat(first.incrementalToken()).isNull(); // the oldest offer failed: nothing committed past it
        assertThat(env.hrflow.job(env.board, Long.toString(late))).isPresent();
        assertThat(second.count(Event.READ_SUCCESS)).isEqualTo(4);
        assertThat(env.hrflow.job(env.board, Long.toString(early))).isPresent();
        assertThat(second.incrementalToken()).startsWith("v1;by=").endsWith(";id=" + env.offerB);
    }

    @Test
    void updateTakesOffersEditedAfterCreation() {
        offer("Fresh", "published", -60, 1);
        long edited = offer("Edited", "published", -600, 120);

        RunResult result = run("update_jobs_in_hrflow", "upd-jobs", Map.of(), false);

        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(1);
        assertThat(env.rec.requests().count("GET", OFFERS)).isEqualTo(1);
        assertThat(result.count(Event.WRITE_FAILURE)).isEqualTo(1); // HrFlow has no such job yet: reported
        assertThat(String.join("\n", result.errors())).contains(Long.toString(edited));
    }

    @Test
    void archiveTakesArchivedOffersOnlyWhateverTheScope() {
        long archived = offer("Closed for good", "archived", -600, 60);
        env.hrflow.seedJob(env.board, Json.object().put("reference", Long.toString(archived)).put("name", "x"));
        env.hrflow.seedJob(env.board, Json.object().put("reference", Long.toString(env.offerA)).put("name", "y"));

        RunResult result = run("archive_jobs_in_hrflow", "arch-jobs", Map.of("scope", "active"), false);

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(1);
        assertThat(env.rec.requests().last("GET", OFFERS).orElseThrow().query().first("scope")).isEqualTo("archived");
        assertThat(env.hrflow.job(env.board, Long.toString(archived)).orElseThrow().path("archived_at").isNull())
                .isFalse();
        assertThat(env.hrflow.job(env.board, Long.toString(env.offerA)).orElseThrow().path("archived_at").isNull())
                .isTrue();
    }

    @Test
    void anUnknownScopeIsRefusedBeforeAnyCall() {
        RunResult result = run("create_jobs_in_hrflow", "scope", Map.of("scope", "everything"), false);

        assertThat(result.status()).isEqualTo(Status.FATAL);
        assertThat(String.join("\n", result.errors())).contains("pull_parameters.scope");
        assertThat(env.rec.requests().total()).isZero();
    }
}
