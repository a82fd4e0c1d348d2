package ai.hrflow.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The {@code hrflow-connectors} command in a JVM of its own, so a test can kill it or send it a signal. */
final class CliProcess implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 120;

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    CliProcess(Path work, Map<String, String> env, String... args) throws IOException {
        stdout = Files.createTempFile(work, "cli", ".out");
        stderr = Files.createTempFile(work, "cli", ".err");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("HRFLOW_CONNECTORS_"));
        builder.environment().putAll(env);
        process = builder.start();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** {@code kill -9}: the process gets no chance to save anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("killed").isTrue();
    }

    /** SIGTERM, as a scheduler stopping the job. */
    void terminate() {
        process.destroy();
    }

    int waitForExit() throws Exception {
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("ended; stderr: %s", stderr()).isTrue();
        return process.exitValue();
    }

    String stdout() throws IOException {
        return Files.readString(stdout);
    }

    String stderr() throws IOException {
        return Files.readString(stderr);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }
}
