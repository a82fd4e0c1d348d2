package ai.hrflow.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.hrflow.HrFlowEmulator;
import ai.hrflow.connectors.emulators.jobadder.JobAdderEmulator;
import ai.hrflow.connectors.emulators.server.MutableClock;
import ai.hrflow.connectors.jobadder.JobAdderWarehouse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command killed ({@code kill -9}) part-way through a 20,000-profile incremental HrFlow → JobAdder create (a
 * target with no idempotency key), against emulators with latency, then run again: every profile is a JobAdder
 * candidate exactly once, and what the rerun sent again (JobAdder already had it: counted skipped) is within the
 * engine's in-flight bound.
 */
class KillAndResumeJobAdderTest {
    private static final int PROFILES = 20_000;
    private static final String CLIENT = "kill-test";
    private static final String SECRET = "kill-test-secret-0123";
    private static final String REDIRECT = "https://example.com/callback";
    private static final String ID_URL = "https://id.jobadder.com";
    /** Re-sent at most 2 x (2 x concurrency + 1) x batch: JobAdder takes 1 candidate a call, 4 at a time. */
    private static final long RESEND_BOUND = 2L * (2 * JobAdderWarehouse.WRITE_CONCURRENCY + 1);

    @TempDir
    Path tmp;

    private final MutableClock clock = MutableClock.fixed(Instant.parse("2026-10-01T08:00:00Z"));
    private HrFlowEmulator hrflow;
    private JobAdderEmulator jobadder;
    private String apiKey;
    private String source;
    private String code;

    @BeforeEach
    void start() {
        hrflow = HrFlowEmulator.builder().clock(clock).threads(8).logCapacity(100).start();
        apiKey = hrflow.newApiKey("ask_", "ops@example.com");
        source = hrflow.addSource("Profiles", false);
        for (int i = 1; i <= PROFILES; i++) {
            ObjectNode p = Json.object().put("reference", "cand-" + i).put("text_language", "en")
                    .put("text", "Engineer number " + i);
            p.putObject("info").put("first_name", "Ada" + i).put("last_name", "Lovelace")
                    .put("email", "ada" + i + "@example.com");
            hrflow.seedProfile(source, p);
            clock.advance(Duration.ofSeconds(1));
        }
        jobadder = JobAdderEmulator.builder().threads(8).logCapacity(100).start();
        jobadder.addClient(CLIENT, SECRET, REDIRECT);
        code = jobadder.issueCode(CLIENT, REDIRECT);
        jobadder.faults().latency(Duration.ofMillis(2));
        hrflow.faults().latency(Duration.ofMillis(2));
    }

    @AfterEach
    void stop() {
        hrflow.close();
        jobadder.close();
    }

    private CliProcess push() throws Exception {
        Path config = tmp.resolve("to-jobadder.yaml");
        Files.writeString(config, "workflow_id: to-jobadder\n"
                + "connector_auth:\n  authorization_url: " + ID_URL + "/connect/token\n  client_id: " + CLIENT
                + "\n  client_secret: " + SECRET + "\n  authorization_code: " + code + "\n  redirect_uri: "
                + REDIRECT + "\n"
                + "hrflow_auth:\n  api_secret: " + apiKey + "\n  api_user: ops@example.com\n"
                + "pull_parameters:\n  source_key: " + source + "\n"
                + "incremental: true\n");
        Map<String, String> env = Map.of(
                "HRFLOW_CONNECTORS_ENDPOINTS", "https://api.hrflow.ai/v1=" + hrflow.baseUrl() + "," + ID_URL + "="
                        + jobadder.idUrl(),
                "HRFLOW_CONNECTORS_STATE_DIR", tmp.resolve("state").toString(),
                "HRFLOW_CONNECTORS_FAILURES_DIR", tmp.resolve("failures").toString());
        return new CliProcess(tmp, env, "run", "jobadder", "create_profiles_in_jobadder", "--config",
                config.toString(), "-q");
    }

    @Test
    void aKilledCreateIsResumedWithEveryCandidateExactlyOnce() throws Exception {
        int atKill;
        try (CliProcess first = push()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (jobadder.candidateCount() < PROFILES / 3 && first.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(first.isAlive()).as("still running at the kill point; stderr: %s", first.stderr()).isTrue();
            first.kill();
            atKill = jobadder.candidateCount();
        }
        assertThat(atKill).isBetween(PROFILES / 3, PROFILES - 1);

        try (CliProcess rest = push()) {
            assertThat(rest.waitForExit()).as("stderr: %s", rest.stderr()).isZero();
            JsonNode result = Json.MAPPER.readTree(rest.stdout());
            assertThat(result.path("status").asText()).isEqualTo("success");
            long resent = result.at("/events/write_skipped").asLong();
            long created = result.at("/events/write_success").asLong();
            assertThat(created).as("the rerun creates exactly what was missing").isEqualTo(PROFILES - atKill);
            assertThat(resent).as("items the rerun sent again (JobAdder had them)").isBetween(0L, RESEND_BOUND);
        }
        assertThat(jobadder.candidateCount()).isEqualTo(PROFILES);
        Set<String> emails = new HashSet<>();
        jobadder.candidates().forEach(c -> emails.add(c.path("email").asText()));
        assertThat(emails).as("distinct candidates").hasSize(PROFILES);
    }
}
