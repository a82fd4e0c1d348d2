package ai.hrflow.connectors.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorType;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.Warehouse;
import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsCheckTest {
    @TempDir
    Path module;

    /** Recruitee's default format is linked from the module root, so copy its declaring file there. */
    private Connector recruitee() throws Exception {
        SeedConnectors.copyFormatsSource(module);
        return SeedConnectors.recruitee();
    }

    @Test
    void writtenDocsAreFreshAndRewritingChangesNothing() throws Exception {
        Connector recruitee = recruitee();

        assertThat(DocsGenerator.write(recruitee, module)).containsExactly("docs/push_profile.md", "README.md");
        assertThat(DocsCheck.stale(recruitee, module)).isEmpty();
        assertThat(DocsGenerator.write(recruitee, module)).isEmpty();
        assertThatCode(() -> DocsAssertions.assertDocsUpToDate(recruitee, module)).doesNotThrowAnyException();
    }

    @Test
    void changedMissingAndOrphanFilesAreStale() throws Exception {
        Connector recruitee = recruitee();
        DocsGenerator.write(recruitee, module);
        Files.writeString(module.resolve("docs/push_profile.md"), "edited by hand\n");
        Files.delete(module.resolve("README.md"));
        Files.writeString(module.resolve("docs/pull_profile_list.md"), "an action that no longer exists\n");

        assertThat(DocsCheck.stale(recruitee, module))
                .containsExactly("docs/push_profile.md", "README.md", "docs/pull_profile_list.md");

        assertThat(DocsGenerator.write(recruitee, module))
                .containsExactly("docs/push_profile.md", "README.md", "docs/pull_profile_list.md");
        assertThat(module.resolve("docs/pull_profile_list.md")).doesNotExist();
        assertThat(DocsCheck.stale(recruitee, module)).isEmpty();
    }

    @Test
    void staleDocsFailWithTheCommandToRun() throws Exception {
        Connector recruitee = recruitee();

        assertThatThrownBy(() -> DocsCheck.requireFresh(recruitee, module))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("./hrflow-connectors docs").hasMessageContaining("docs/push_profile.md");
        assertThatThrownBy(() -> DocsAssertions.assertDocsUpToDate(recruitee, module))
                .isInstanceOf(AssertionError.class).hasMessageContaining("./hrflow-connectors docs");
    }

    @Test
    void generatedFilesHoldNoMachinePathAndNoSecret() throws Exception {
        Connector recruitee = recruitee();
        String root = module.toAbsolutePath().toString();

        Map<String, String> files = DocsGenerator.render(recruitee, module.toAbsolutePath());

        assertThat(files.values()).allSatisfy(content -> assertThat(content)
                .doesNotContain(root).doesNotContain("\r"));
        assertThat(files.get("docs/push_profile.md"))
                .contains("api_token: ${RECRUITEE_API_TOKEN}", "\"api_token\", env(\"RECRUITEE_API_TOKEN\")")
                .doesNotContain("your_api_token", "your_api_secret");
    }

    @Test
    void aSecretWithADefaultIsRefused() {
        ParameterSet destination = ParameterSet.of("Leaky",
                Parameter.string("api_token").secret().defaultValue("sk-live-123").description("token"));
        Connector leaky = Connector.builder().name("Leaky").subtype("leaky").type(ConnectorType.ATS)
                .warehouse(new Warehouse("Leaky", ParameterSet.empty(), List.of())).hrflow(SeedConnectors.hrflow())
                .legacyAction(SeedConnectors.outboundProfile("push_profile", "Pushes")
                        .target("Leaky Profiles", SeedConnectors.writer(Mode.CREATE, destination)).build())
                .build();

        assertThatThrownBy(() -> DocsGenerator.render(leaky, module))
                .isInstanceOf(DocsException.class).hasMessageContaining("api_token").hasMessageNotContaining("sk-live");
        assertThatThrownBy(() -> ManifestGenerator.render(List.of(leaky)))
                .isInstanceOf(DocsException.class).hasMessageContaining("api_token");
    }

    @Test
    void manifestIsStaleUntilWritten() throws Exception {
        List<Connector> connectors = List.of(SeedConnectors.zohoRecruit(), SeedConnectors.jobadder());
        Path manifest = module.resolve("manifest.json");

        assertThat(DocsCheck.staleManifest(connectors, manifest)).containsExactly("manifest.json");
        assertThat(ManifestGenerator.write(connectors, manifest)).isTrue();
        assertThat(DocsCheck.staleManifest(connectors, manifest)).isEmpty();
        assertThat(ManifestGenerator.write(connectors, manifest)).isFalse();

        Files.writeString(manifest, Files.readString(manifest).replace("\"Jobadder\"", "\"JobAdder\""));
        assertThat(DocsCheck.staleManifest(connectors, manifest)).containsExactly("manifest.json");
        assertThatThrownBy(() -> DocsAssertions.assertManifestUpToDate(connectors, manifest))
                .isInstanceOf(AssertionError.class).hasMessageContaining("./hrflow-connectors manifest");
    }
}
