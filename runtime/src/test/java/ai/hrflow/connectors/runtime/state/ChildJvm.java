package ai.hrflow.connectors.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link LockHolderMain} (or another main class of the test class path) running in its own JVM, i.e. another
 * process as far as locks go.
 */
final class ChildJvm implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 60;

    private final Process process;
    private final BufferedReader stdout;
    private final Path stderr;

    ChildJvm(Path stateDir, String workflowId, String mode) throws IOException {
        this(LockHolderMain.class, stateDir.toString(), workflowId, mode);
    }

    ChildJvm(Class<?> main, String... args) throws IOException {
        stderr = Files.createTempFile("lock-holder", ".stderr");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Quick start over peak speed: these children live for seconds.
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        process = new ProcessBuilder(command)
                .redirectError(stderr.toFile())
                .start();
        stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    long pid() {
        return process.pid();
    }

    /** The child's first line of output; fails with its stderr if none comes. */
    String firstLine() throws Exception {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return stdout.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            String first = line.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(first).as("child output; its stderr: %s", stderrText()).isNotNull();
            return first;
        } catch (TimeoutException e) {
            throw new AssertionError("child printed nothing in " + TIMEOUT_SECONDS + "s; stderr: " + stderrText(), e);
        }
    }

    /** Lets a {@code hold} child release its lock and end normally. */
    void closeStdinAndWait() throws Exception {
        process.getOutputStream().close();
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("child ended").isTrue();
        assertThat(process.exitValue()).as("child exit code; stderr: %s", stderrText()).isZero();
    }

    /** Ends the child without letting it release anything itself, as a crash would. */
    void kill() throws Exception {
        process.destroyForcibly();
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("child killed").isTrue();
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        stdout.close();
        Files.deleteIfExists(stderr);
    }

    private String stderrText() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
