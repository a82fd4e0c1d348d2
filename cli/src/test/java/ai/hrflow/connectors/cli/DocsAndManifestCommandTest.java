package ai.hrflow.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.core.model.Connector;
import ai.hrflow.connectors.core.model.Connectors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocsAndManifestCommandTest extends CliTestBase {
    @Test
    void withoutGeneratorsTheCommandsSaySoAndExit2() {
        Result docs = run("docs");
        Result manifest = run("manifest", "-o", dir.resolve("m.json").toString());

        assertThat(docs.exitCode()).isEqualTo(2);
        assertThat(docs.err()).contains("documentation generation is not available in this build");
        assertThat(manifest.exitCode()).isEqualTo(2);
        assertThat(manifest.err()).contains("manifest generation is not available in this build");
    }

    @Test
    void docsHandsTheConnectorsAndTheRootToTheGeneratorAndListsTheFiles() {
        List<String> seen = new ArrayList<>();
        context.docs((connectors, root) -> {
            connectors.forEach(c -> seen.add(c.subtype()));
            return List.of(root.resolve("connectors/memoryats/README.md"));
        });

        Result r = run("docs", "--root", dir.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(seen).contains("memoryats");
        assertThat(r.out()).contains(dir.resolve("connectors/memoryats/README.md").toString());
        assertThat(r.err()).contains("1 file(s) written under " + dir);
    }

    @Test
    void manifestWritesTheGivenFile() {
        Path output = dir.resolve("out/manifest.json");
        context.manifest((connectors, file) -> {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "{\"connectors\": " + connectors.size() + "}");
        });

        Result r = run("manifest", "--output", output.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out().strip()).isEqualTo(output.toString());
        assertThat(output).exists();
    }

    @Test
    void aWriteFailureExits2WithTheCause() {
        context.manifest((connectors, file) -> {
            throw new IOException("disk full");
        });

        Result r = run("manifest");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("cannot write the manifest manifest.json: java.io.IOException: disk full");
    }

    @Test
    void listSaysWhenNoConnectorIsInstalled() {
        context.connectors(() -> Connectors.of(List.<Connector>of()));

        Result r = run("list");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("no connector found on the class path");
        assertThat(run("describe", "memoryats").err()).contains("unknown connector 'memoryats'; no connector is "
                + "installed");
    }
}
