package ai.hrflow.connectors.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release archive, unpacked in a temporary directory, runs the command with nothing else: no Maven, no clone. */
class DistributionArchiveTest {
    @TempDir
    static Path unpacked;

    static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = Path.of(System.getProperty("dist.archive"));
        assertThat(archive).isRegularFile();
        Result tar = run(List.of("tar", "-xzf", archive.toString(), "-C", unpacked.toString()), unpacked, Map.of());
        assertThat(tar.exit()).as(tar.err()).isZero();
        home = unpacked.resolve(System.getProperty("dist.directory"));
    }

    @Test
    void holdsTheJarTheLauncherAndTheDocs() {
        assertThat(home.resolve("lib/hrflow-connectors.jar")).isRegularFile();
        assertThat(home.resolve("bin/hrflow-connectors")).isExecutable();
        assertThat(home.resolve("README.md")).isRegularFile();
        assertThat(home.resolve("manifest.json")).isRegularFile();
        assertThat(home.resolve("docs/connectors/zohorecruit/README.md")).isRegularFile();
        assertThat(home.resolve("docs/connectors/jsonl/docs/create_profiles_in_hrflow.md")).isRegularFile();
    }

    @Test
    void listRunsFromAnyDirectory(@TempDir Path elsewhere) throws Exception {
        Result list = run(List.of(home.resolve("bin/hrflow-connectors").toString(), "list"), elsewhere, Map.of());

        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("zohorecruit", "jobadder", "recruitee", "jsonl");
    }

    @Test
    void runsThroughASymlinkAndTakesJavaOptions(@TempDir Path elsewhere) throws Exception {
        Path link = elsewhere.resolve("hrflow-connectors");
        Files.createSymbolicLink(link, home.resolve("bin/hrflow-connectors"));

        Result version = run(List.of(link.toString(), "--version"), elsewhere,
                Map.of("HRFLOW_CONNECTORS_JAVA_OPTS", "-Xmx64m"));

        assertThat(version.exit()).as(version.err()).isZero();
        assertThat(version.out()).isNotBlank();
    }

    @Test
    void extraClassPathRunsTheMainClass(@TempDir Path elsewhere) throws Exception {
        Result list = run(List.of(home.resolve("bin/hrflow-connectors").toString(), "list"), elsewhere,
                Map.of("HRFLOW_CONNECTORS_CLASSPATH", elsewhere.toString()));

        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("zohorecruit");
    }

    record Result(int exit, String out, String err) {
    }

    private static Result run(List<String> command, Path directory, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().remove("HRFLOW_CONNECTORS_CLASSPATH");
        builder.environment().remove("HRFLOW_CONNECTORS_JAVA_OPTS");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("HRFLOW_CONNECTORS_STORE_ENABLED", "false");
        builder.environment().putAll(env);
        Path out = Files.createTempFile(directory, "out", ".txt");
        Path err = Files.createTempFile(directory, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
