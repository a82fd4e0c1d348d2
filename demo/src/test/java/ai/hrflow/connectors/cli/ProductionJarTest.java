package ai.hrflow.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The production command line ({@code cli/target/hrflow-connectors.jar}, built before this module in the
 * reactor) carries no emulator and no docs generator: those live in this module's jar only.
 */
class ProductionJarTest {
    private static final Path JAR = Path.of("..", "cli", "target", "hrflow-connectors.jar");

    @Test
    void productionJarHoldsNoEmulatorNorDocsTool() throws IOException {
        assertThat(JAR).as("the cli module's executable jar (built by mvn package)").exists();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> classes = jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).toList();
            assertThat(classes).as("the jar's classes").contains("ai/hrflow/connectors/cli/Main.class")
                    .contains("ai/hrflow/connectors/runtime/Engine.class");
            assertThat(classes).noneMatch(n -> n.startsWith("ai/hrflow/connectors/emulators/"))
                    .noneMatch(n -> n.startsWith("ai/hrflow/connectors/docs/"))
                    .noneMatch(n -> n.startsWith("ai/hrflow/connectors/cli/demo/"))
                    .doesNotContain("ai/hrflow/connectors/cli/DemoCommand.class",
                            "ai/hrflow/connectors/cli/EmulateCommand.class");
        }
    }

    @Test
    void demoJarAddsTheDeveloperCommands() throws IOException {
        Path demo = Path.of("target", "classes", "ai", "hrflow", "connectors", "cli");
        assertThat(Files.list(demo).map(p -> p.getFileName().toString()))
                .contains("DemoCommand.class", "EmulateCommand.class", "DocsCommand.class", "DevMain.class");
    }
}
