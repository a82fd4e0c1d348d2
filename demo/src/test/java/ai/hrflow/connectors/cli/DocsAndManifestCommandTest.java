package ai.hrflow.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.cli.testing.MemoryConnectors;
import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.Connectors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The commands over the core's generators; what the generated files say is the generators' own tests' job. */
class DocsAndManifestCommandTest extends CliTestBase {
    {
        extraCommands = DevMain.COMMANDS;
    }

    private void documentable() {
        context.connectors(() -> Connectors.of(List.of(MemoryConnectors.documentable())));
    }

    @Test
    void docsWritesEachConnectorsDocsAndTheManifestThenFindsThemUpToDate() throws IOException {
        documentable();

        Result first = run("docs", "--root", dir.toString());
        Result second = run("docs", "--root", dir.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out().lines()).containsExactlyInAnyOrder(
                "connectors/memoryats/docs/update_profiles_in_hrflow.md",
                "connectors/memoryats/docs/create_profiles_in_memoryats.md",
                "connectors/memoryats/README.md",
                "manifest.json");
        assertThat(first.err()).contains("4 file(s) created, changed or deleted under " + dir);
        assertThat(dir.resolve("connectors/memoryats/docs/update_profiles_in_hrflow.md")).content()
                .contains("Memory ATS");
        assertThat(Json.MAPPER.readTree(dir.resolve("manifest.json").toFile()).toString()).contains("memoryats");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).isEmpty();
        assertThat(second.err()).contains("documentation is up to date under " + dir);
    }

    @Test
    void manifestWritesTheGivenFileCreatingItsDirectory() throws IOException {
        documentable();
        Path output = dir.resolve("out/manifest.json");

        Result r = run("manifest", "--output", output.toString());
        Result again = run("manifest", "-o", output.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo(output.toString());
        assertThat(Files.readString(output)).contains("\"subtype\": \"memoryats\"");
        assertThat(again.err()).contains("manifest is up to date");
    }

    @Test
    void aDeclarationThatCannotBeDocumentedExits2WithTheGeneratorsReason() {
        context.connectors(() -> Connectors.of(List.of(MemoryConnectors.withSecretDefault())));

        Result docs = run("docs", "--root", dir.toString());
        Result manifest = run("manifest", "-o", dir.resolve("m.json").toString());

        assertThat(docs.exitCode()).isEqualTo(2);
        assertThat(docs.err()).startsWith("hrflow-connectors: cannot generate the documentation: ")
                .contains("signing_key").doesNotContain("dflt-signing-k3y").doesNotContain("\tat ");
        assertThat(manifest.exitCode()).isEqualTo(2);
        assertThat(manifest.err()).startsWith("hrflow-connectors: cannot generate the manifest: ");
    }

    @Test
    void aWriteFailureExits2WithTheCause() {
        context.manifest((connectors, file) -> {
            throw new IOException("disk full");
        });

        Result r = run("manifest");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("cannot write the manifest manifest.json: disk full");
    }

    @Test
    void docsHandsTheDiscoveredConnectorsToTheWriter() {
        context.docs((connectors, root) -> connectors.stream().map(c -> Path.of(c.subtype())).toList());

        Result r = run("docs", "--root", dir.toString());

        assertThat(r.out().lines()).contains("memoryats");
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

    @Test
    void anUnexpectedFailureIsReportedWithItsStackTraceAndExits2() {
        context.docs((connectors, root) -> {
            throw new IllegalStateException("generator bug");
        });

        Result r = run("docs", "--root", dir.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("hrflow-connectors: unexpected error (please report it): "
                + "java.lang.IllegalStateException: generator bug", "\tat ");
    }
}
