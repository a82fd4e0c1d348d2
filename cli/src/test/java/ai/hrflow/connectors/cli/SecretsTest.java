package ai.hrflow.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.cli.testing.MemoryData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** No secret in any output: results, summaries, logs (at every level), configuration errors, crashes. */
class SecretsTest extends CliTestBase {
    private static final String REVOKED = "revoked-k3y-do-not-print";

    @Test
    void aSecretAConnectorLetsSlipIsMaskedInTheResultTheSummaryAndTheLogs() throws Exception {
        MemoryData.atsProfiles(1, 2);
        env.put("ATS_KEY", REVOKED);
        Path config = inboundConfig("leak", "");

        Result normal = run("run", "memoryats", "update_profiles_in_hrflow", "-c", config.toString());
        Result verbose = run("run", "memoryats", "update_profiles_in_hrflow", "-c", config.toString(), "-v");

        for (Result r : new Result[] {normal, verbose}) {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.all()).doesNotContain(REVOKED).doesNotContain(HRFLOW_SECRET)
                    .contains("the Memory ATS rejected API key " + Redactor.MASK);
        }
        assertThat(verbose.err()).contains("Opening the Memory ATS with api key " + Redactor.MASK);
        // the engine logs a failure's stack trace at DEBUG only: its message may quote a secret nobody declared
        assertThat(normal.err()).doesNotContain("\tat ");
        assertThat(verbose.err()).contains("\tat ");
        Result saved = run("state", "show", "leak");
        assertThat(saved.exitCode()).isZero();
        assertThat(saved.all()).doesNotContain(REVOKED).contains("rejected API key " + Redactor.MASK);
    }

    @Test
    void configurationErrorsNeverShowSecretValues() throws Exception {
        Path config = file("secrets.yaml", """
                workflow_id: cfg
                connector_auth: {api_key: [inline-s3cret-1], api_kye: inline-s3cret-2}
                hrflow_auth: {api_secret: {value: inline-s3cret-3}, api_user: robot@example.com}
                push_parameters: {source_key: s}
                """);

        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "-c", config.toString());

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err()).contains("connector_auth.api_key: expected a string, got a list",
                "connector_auth.api_kye: unknown parameter; did you mean 'api_key'?",
                "hrflow_auth.api_secret: expected a string, got an object");
        assertThat(r.all()).doesNotContain("inline-s3cret");
    }

    @Test
    void aSecretInAnUnreadableFileIsNotQuoted() throws Exception {
        Path config = file("broken.yaml", "workflow_id: x\nconnector_auth:\n  api_key: \"inline-s3cret\n  [\n");

        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "-c", config.toString());

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err()).contains("(file): not valid YAML at line");
        assertThat(r.all()).doesNotContain("inline-s3cret");
    }

    @Test
    void secretsAreForgottenAfterTheCommand() throws Exception {
        MemoryData.atsProfiles(1, 1);
        run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("forget", "").toString());

        assertThat(Redactor.redact("key " + ATS_KEY)).isEqualTo("key " + ATS_KEY);
    }
}
