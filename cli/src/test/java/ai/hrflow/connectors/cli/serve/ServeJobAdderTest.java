package ai.hrflow.connectors.cli.serve;

import static ai.hrflow.connectors.cli.serve.ServeFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Connectors;
import ai.hrflow.connectors.emulators.hrflow.HrFlowEmulator;
import ai.hrflow.connectors.emulators.hrflow.HrFlowWebhookSender;
import ai.hrflow.connectors.emulators.jobadder.JobAdderEmulator;
import ai.hrflow.connectors.hrflow.HrFlowClientOptions;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loop with JobAdder: a profile stored in HrFlow → signed event → serve → candidate in JobAdder. */
class ServeJobAdderTest {
    private static final String ID_URL = "https://id.jobadder.com";
    private static final String REDIRECT = "https://example.com/jobadder/callback";

    @TempDir
    Path dir;

    @Test
    void aSignedProfileEventCreatesTheJobAdderCandidate() throws Exception {
        try (HrFlowEmulator hrflow = HrFlowEmulator.builder().start();
                JobAdderEmulator jobadder = JobAdderEmulator.builder().start()) {
            jobadder.addClient("serve-test", "client-secret", REDIRECT);
            String code = jobadder.issueCode("serve-test", REDIRECT);
            String apiKey = hrflow.newApiKey("ask_", "bot@example.com");
            String source = hrflow.addSource("Applicants", false);
            ObjectNode config = Json.object().put("workflow_id", "cv-to-jobadder");
            config.putObject("origin_parameters").put("api_secret", apiKey).put("api_user", "bot@example.com");
            config.putObject("target_parameters").put("authorization_url", ID_URL + "/connect/token")
                    .put("client_id", "serve-test").put("client_secret", "client-secret")
                    .put("authorization_code", code).put("redirect_uri", REDIRECT).put("XAllowDuplicates", false);
            config.putObject("endpoints").put(ID_URL, jobadder.idUrl())
                    .put(HrFlowClientOptions.DEFAULT_BASE_URL, hrflow.baseUrl());
            Files.writeString(dir.resolve("jobadder-push.json"), config.toString());
            Path serveYaml = Files.writeString(dir.resolve("serve.yaml"), """
                    listen: {host: 127.0.0.1, port: 0}
                    state_dir: state
                    workflows:
                      - id: cv-to-jobadder
                        connector: jobadder
                        action: push_profile
                        config: jobadder-push.json
                        webhook: {path: /hooks/jobadder, secret: s3cret}
                    """);
            ObjectNode profile = Json.object().put("reference", "cv-7");
            profile.putObject("info").put("full_name", "Dana Ito").put("first_name", "Dana")
                    .put("last_name", "Ito").put("email", "dana@example.com");
            ObjectNode stored = hrflow.seedProfile(source, profile);

            try (ServeProcess serve = ServeProcess.start(ServeConfig.load(serveYaml, Map.of()),
                    Connectors.discover(), Map.of(), Clock.systemUTC(), Duration.ofSeconds(5))) {
                int status = new HrFlowWebhookSender("http://127.0.0.1:" + serve.port() + "/hooks/jobadder",
                        "s3cret").sendProfileEvent("profile.storing.success", source, stored);

                assertThat(status).isEqualTo(202);
                await("the JobAdder candidate", () -> !jobadder.candidatesWithEmail("dana@example.com").isEmpty());
                await("the spool to empty", () -> serve.queued() == 0);
            }
            assertThat(jobadder.candidatesWithEmail("dana@example.com")).hasSize(1);
        }
    }
}
