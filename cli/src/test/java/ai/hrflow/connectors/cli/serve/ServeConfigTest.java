package ai.hrflow.connectors.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.hrflow.connectors.api.params.ParameterProblem;
import ai.hrflow.connectors.cli.CliContext;
import ai.hrflow.connectors.cli.HrFlowConnectorsCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeConfigTest {
    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        return Files.writeString(dir.resolve("serve.yaml"), yaml);
    }

    @Test
    void readsListenLimitsWebhooksAndSchedules() throws Exception {
        ServeConfig config = ServeConfig.load(write("""
                listen: {host: 0.0.0.0, port: 9090}
                state_dir: /var/lib/hrflow
                limits: {max_body_bytes: 4096, dedup_window_seconds: 60}
                workflows:
                  - id: push
                    connector: recruitee
                    action: push_profile
                    config: push.yaml
                    webhook: {path: /hooks/push, secret: "${SECRET}"}
                  - id: pull
                    connector: zohorecruit
                    action: pull_job_list
                    config: jobs.yaml
                    schedule: "*/15 * * * *"
                """), Map.of("SECRET", "s3cret"));

        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.stateDir()).isEqualTo(Path.of("/var/lib/hrflow"));
        assertThat(config.limits().maxBodyBytes()).isEqualTo(4096);
        assertThat(config.limits().dedupWindow()).isEqualTo(Duration.ofMinutes(1));
        ServeConfig.Webhook hook = config.workflows().get(0).webhook().orElseThrow();
        assertThat(hook.secret()).isEqualTo("s3cret");
        assertThat(hook.events()).contains("profile.parsing.success", "profile.storing.success");
        assertThat(hook.toString()).doesNotContain("s3cret");
        assertThat(config.workflows().get(0).config()).isEqualTo(dir.toAbsolutePath().resolve("push.yaml"));
        assertThat(config.workflows().get(1).schedule()).isPresent();
    }

    @Test
    void listsEveryProblemByKeyPath() throws Exception {
        Path file = write("""
                listen: {port: 70000}
                colour: blue
                limits: {max_queued_events: 0}
                workflows:
                  - id: a
                    connector: recruitee
                    action: push_profile
                    config: a.yaml
                    webhook: {path: hooks/a}
                  - id: a
                    connector: zohorecruit
                    action: pull_job_list
                    config: b.yaml
                    schedule: "every monday"
                  - id: c
                    connector: zohorecruit
                    action: pull_job_list
                    config: c.yaml
                """);

        ServeConfigException e = catchThrowableOfType(ServeConfigException.class,
                () -> ServeConfig.load(file, Map.of()));

        assertThat(e.problems()).extracting(ParameterProblem::path).contains("listen.port", "colour",
                "limits.max_queued_events", "workflows[0].webhook.secret", "workflows[0].webhook.path",
                "workflows[1].schedule", "workflows[2]", "workflows");
    }

    @Test
    void theCommandExits64WithTheProblems() throws Exception {
        Path file = write("workflows: []\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = CliContext.builder().err(new PrintStream(err, true, StandardCharsets.UTF_8))
                .out(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).build();

        int code = HrFlowConnectorsCli.execute(new String[] {"serve", "--config", file.toString()}, context);

        assertThat(code).isEqualTo(64);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("invalid serve configuration")
                .contains("workflows: expected a non-empty list of workflows");
    }
}
