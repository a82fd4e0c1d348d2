package ai.hrflow.connectors.cli.serve;

import static ai.hrflow.connectors.cli.serve.ServeFixture.HOOK;
import static ai.hrflow.connectors.cli.serve.ServeFixture.SECRET;
import static ai.hrflow.connectors.cli.serve.ServeFixture.WORKFLOW;
import static ai.hrflow.connectors.cli.serve.ServeFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.emulators.hrflow.HrFlowWebhookSender;
import ai.hrflow.connectors.runtime.state.WorkflowLock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} end to end: HrFlow emulator → signed webhook → serve → engine → Recruitee emulator. */
class ServeProcessTest {
    @TempDir
    Path dir;
    private ServeFixture fx;

    @BeforeEach
    void setUp() {
        fx = new ServeFixture(dir);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void aSignedProfileEventPushesTheProfileToRecruitee() {
        fx.start(fx.config("", ""));
        ObjectNode profile = fx.storeProfile("cv-1", "Ann Lee", "ann@example.com");

        int status = fx.sender(SECRET).sendProfileEvent("profile.parsing.success", fx.source, profile);

        assertThat(status).isEqualTo(202);
        await("the candidate in Recruitee", () -> fx.candidates().size() == 1);
        assertThat(fx.candidates().get(0).path("name").asText()).isEqualTo("Ann Lee");
        await("the spool to empty", () -> fx.process.queued() == 0);
    }

    @Test
    void metricsExposeRunsItemsQueueDepthAndLastSuccess() {
        fx.start(fx.config("", ""));
        ObjectNode profile = fx.storeProfile("cv-1", "Ann Lee", "ann@example.com");
        fx.sender(SECRET).sendProfileEvent("profile.parsing.success", fx.source, profile);
        await("the run to be counted", () -> fx.get("/metrics").body().contains("hrflow_connectors_runs_total"));

        String metrics = fx.get("/metrics").body();

        assertThat(metrics).contains("hrflow_connectors_runs_total{status=\"success\",workflow=\"" + WORKFLOW
                + "\"} 1.0");
        assertThat(metrics).contains("hrflow_connectors_items_total{outcome=\"written\",workflow=\"" + WORKFLOW
                + "\"} 1.0");
        assertThat(metrics).contains("hrflow_connectors_items_total{outcome=\"failed\",workflow=\"" + WORKFLOW
                + "\"} 0.0");
        assertThat(metrics).contains("hrflow_connectors_events_total{outcome=\"accepted\",workflow=\"" + WORKFLOW
                + "\"} 1.0");
        assertThat(metrics).contains("hrflow_connectors_queue_depth ");
        assertThat(metrics).containsPattern("hrflow_connectors_last_success_seconds\\{workflow=\"" + WORKFLOW
                + "\"} 1\\.[0-9]+E9");
        assertThat(fx.get("/health").statusCode()).isEqualTo(200);
        assertThat(fx.get("/health/ready").statusCode()).isEqualTo(200);
    }

    @Test
    void badInputIsRefusedWithAReasonAndNothingIsQueued() throws Exception {
        fx.start(fx.config("  max_body_bytes: 2000\n", ""));
        ObjectNode profile = fx.storeProfile("cv-1", "Ann Lee", "ann@example.com");
        byte[] body = HrFlowWebhookSender.profileEvent("profile.parsing.success", fx.source, profile);
        String signature = HrFlowSignature.sign(SECRET, body);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("cv-1", "cv-2")
                .getBytes(StandardCharsets.UTF_8);
        byte[] malformed = "{\"type\":\"profile.parsing.success\"}".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> unsigned = fx.post(HOOK, body, Map.of());
        HttpResponse<String> wrongSecret = fx.post(HOOK, body,
                Map.of(HrFlowSignature.HEADER, HrFlowSignature.sign("other", body)));
        HttpResponse<String> tamperedBody = fx.post(HOOK, tampered, Map.of(HrFlowSignature.HEADER, signature));
        HttpResponse<String> notAnEvent = fx.post(HOOK, malformed,
                Map.of(HrFlowSignature.HEADER, HrFlowSignature.sign(SECRET, malformed)));
        byte[] big = new byte[5000];
        HttpResponse<String> oversized = fx.post(HOOK, big,
                Map.of(HrFlowSignature.HEADER, HrFlowSignature.sign(SECRET, big)));
        HttpResponse<String> unknownPath = fx.post("/hooks/nothing", body, Map.of(HrFlowSignature.HEADER, signature));

        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(unsigned.body()).contains("missing HTTP-HRFLOW-SIGNATURE");
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(wrongSecret.body()).contains("bad signature").doesNotContain(SECRET);
        assertThat(tamperedBody.statusCode()).isEqualTo(401);
        assertThat(notAnEvent.statusCode()).isEqualTo(400);
        assertThat(notAnEvent.body()).contains("profile.key: missing");
        assertThat(oversized.statusCode()).isEqualTo(413);
        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertThat(fx.spooled()).isZero();
        Thread.sleep(300);
        assertThat(fx.candidates()).isEmpty();
    }

    @Test
    void aDuplicateDeliveryRunsOnce() {
        fx.start(fx.config("", ""));
        ObjectNode profile = fx.storeProfile("cv-1", "Ann Lee", "ann@example.com");
        HrFlowWebhookSender sender = fx.sender(SECRET);

        int first = sender.sendProfileEvent("profile.parsing.success", fx.source, profile);
        int again = sender.sendProfileEvent("profile.parsing.success", fx.source, profile);
        int stored = sender.sendProfileEvent("profile.storing.success", fx.source, profile);

        assertThat(first).isEqualTo(202);
        assertThat(again).isEqualTo(200);
        assertThat(stored).isEqualTo(200);
        await("the run", () -> fx.get("/metrics").body().contains("hrflow_connectors_runs_total"));
        await("the spool to empty", () -> fx.process.queued() == 0);
        assertThat(fx.candidates()).hasSize(1);
        assertThat(fx.get("/metrics").body())
                .contains("hrflow_connectors_runs_total{status=\"success\",workflow=\"" + WORKFLOW + "\"} 1.0")
                .contains("hrflow_connectors_events_total{outcome=\"duplicate\",workflow=\"" + WORKFLOW + "\"} 2.0");
    }

    @Test
    void anAcceptedEventSurvivesACrashAndRunsAfterTheRestart() throws Exception {
        ServeConfig config = fx.config("  initial_backoff_seconds: 600\n", "");
        ObjectNode profile = fx.storeProfile("cv-1", "Ann Lee", "ann@example.com");
        try (WorkflowLock otherRun = fx.holdLock(WORKFLOW)) {
            fx.start(config);
            // Accepted (on disk before the answer); its run finds the workflow locked and waits for a retry.
            assertThat(fx.sender(SECRET).sendProfileEvent("profile.parsing.success", fx.source, profile))
                    .isEqualTo(202);
            assertThat(fx.spooled()).isEqualTo(1);
            fx.process.close(); // the process goes away before the event could run
            fx.process = null;
        }
        assertThat(fx.spooled()).isEqualTo(1);
        assertThat(fx.candidates()).isEmpty();

        fx.start(config);

        await("the replayed event's candidate", () -> fx.candidates().size() == 1);
        await("the spool to empty", () -> fx.process.queued() == 0);
        assertThat(fx.spooled()).isZero();
    }

    @Test
    void aFullSpoolAnswers503WithRetryAfter() throws Exception {
        try (WorkflowLock otherRun = fx.holdLock(WORKFLOW)) {
            fx.start(fx.config("  max_queued_events: 1\n  initial_backoff_seconds: 600\n", ""));
            HrFlowWebhookSender sender = fx.sender(SECRET);
            sender.sendProfileEvent("profile.parsing.success", fx.source,
                    fx.storeProfile("cv-1", "Ann Lee", "ann@example.com"));
            byte[] second = HrFlowWebhookSender.profileEvent("profile.parsing.success", fx.source,
                    fx.storeProfile("cv-2", "Bo Chen", "bo@example.com"));

            HttpResponse<String> full = fx.post(HOOK, second,
                    Map.of(HrFlowSignature.HEADER, HrFlowSignature.sign(SECRET, second)));

            assertThat(full.statusCode()).isEqualTo(503);
            assertThat(full.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(fx.spooled()).isEqualTo(1);
        }
    }

    @Test
    void aScheduleFiresAndALockedRunIsRetriedNotDropped() throws Exception {
        String scheduled = "  - id: recruitee-scheduled\n    connector: recruitee\n    action: push_profile\n"
                + "    config: recruitee-scheduled.json\n    schedule: \"*/1 * * * * *\"\n";
        ObjectNode profile = fx.storeProfile("cv-9", "Cy Dupont", "cy@example.com");
        // The scheduled workflow pushes one fixed profile: its key is in the run configuration.
        String file = java.nio.file.Files.readString(dir.resolve("recruitee-scheduled.json"));
        java.nio.file.Files.writeString(dir.resolve("recruitee-scheduled.json"), file.replace("\"api_user\"",
                "\"profile_key\":\"" + profile.path("key").asText() + "\",\"source_key\":\"" + fx.source
                        + "\",\"api_user\""));
        ServeConfig config = fx.config("", scheduled);

        try (WorkflowLock otherRun = fx.holdLock("recruitee-scheduled")) {
            fx.start(config);
            await("a locked scheduled run", () -> fx.get("/metrics").body()
                    .contains("hrflow_connectors_runs_total{status=\"fatal\",workflow=\"recruitee-scheduled\"}"));
            assertThat(fx.candidates()).isEmpty();
        }

        await("the scheduled run once the lock is free", () -> fx.get("/metrics").body()
                .contains("hrflow_connectors_runs_total{status=\"success\",workflow=\"recruitee-scheduled\"}"));
        assertThat(fx.candidates()).extracting(c -> c.path("name").asText()).contains("Cy Dupont");
    }
}
