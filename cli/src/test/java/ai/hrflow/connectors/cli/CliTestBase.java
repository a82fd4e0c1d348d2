package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.cli.testing.MemoryData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command in-process against the Memory ATS, with state and failures in a temporary directory. */
abstract class CliTestBase {
    static final String ATS_KEY = "ats-k3y-0123456789";
    static final String HRFLOW_SECRET = "hrflow-s3cret-abcdef";

    @TempDir
    Path dir;

    Map<String, String> env;
    boolean terminal;
    CliContext.Builder context;
    /** Commands added to the production ones (the demo and developer jar's tests add theirs). */
    List<Class<?>> extraCommands = List.of();

    /** What one execution printed and returned. */
    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    @BeforeEach
    void freshWorld() {
        MemoryData.reset();
        env = new HashMap<>(Map.of(
                "HRFLOW_CONNECTORS_STATE_DIR", dir.resolve("state").toString(),
                "HRFLOW_CONNECTORS_FAILURES_DIR", dir.resolve("failures").toString(),
                "ATS_KEY", ATS_KEY,
                "HRFLOW_SECRET", HRFLOW_SECRET));
        terminal = false;
        context = CliContext.builder();
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext ctx = context.env(env).stderrIsTerminal(terminal)
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8)).build();
        int code = HrFlowConnectorsCli.execute(args, ctx, extraCommands);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    /** A valid configuration of update_profiles_in_hrflow, secrets from the environment, plus {@code extra}. */
    Path inboundConfig(String workflowId, String extra) throws IOException {
        return file(workflowId + ".yaml", """
                workflow_id: %s
                connector_auth:
                  api_key: ${ATS_KEY}
                hrflow_auth:
                  api_secret: ${HRFLOW_SECRET}
                  api_user: robot@example.com
                push_parameters:
                  source_key: src-1
                """.formatted(workflowId) + extra);
    }
}
