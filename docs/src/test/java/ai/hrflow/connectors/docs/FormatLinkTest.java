package ai.hrflow.connectors.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorType;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.Warehouse;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.spi.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatLinkTest {
    private static final String SOURCE = "src/main/java/ai/hrflow/connectors/docs/FormatLinkTest.java";

    @TempDir
    Path module;

    private void writeSource() throws Exception {
        Path file = module.resolve(SOURCE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n",
                "package ai.hrflow.connectors.docs;",
                "// format_profile turns an HrFlow profile into an Acme candidate",
                "    static final Format LONGER = Format.named(\"format_profile_v2\", SOURCE, Acme::v2);",
                "    static final Format PROFILE = Format.named(\"format_profile\", SOURCE, Acme::v1);",
                ""));
    }

    @Test
    void linksTheFirstLineHoldingTheQuotedName() throws Exception {
        writeSource();

        String cell = FormatLink.cell(Format.named("format_profile", FormatLinkTest.class, i -> i), module, module, "Acme push_profile");

        // Line 2 names it without quotes and line 3 holds a longer name: only line 4 declares it.
        assertThat(cell).isEqualTo("[`format_profile`](../" + SOURCE + "#L4)");
    }

    @Test
    void seedFixtureLinkPointsAtTheDeclaration() throws Exception {
        List<String> lines = Files.readAllLines(Path.of(SeedConnectors.SOURCE));
        int declaration = 1 + lines.indexOf(lines.stream()
                .filter(l -> l.contains("Format.named(\"format_hrflow_profile_to_zoho\"")).findFirst().orElseThrow());

        String doc = DocsGenerator.render(SeedConnectors.zohoRecruit(), Path.of("")).get("docs/push_profile_list.md");

        assertThat(doc).contains("[`format_hrflow_profile_to_zoho`](../" + SeedConnectors.SOURCE + "#L"
                + declaration + ")");
    }

    @Test
    void missingFileIsAClearError() {
        assertThatThrownBy(() -> FormatLink.cell(Format.named("format_profile", FormatLinkTest.class, i -> i), module, module, "Acme x"))
                .isInstanceOf(DocsException.class)
                .hasMessageContaining("Acme x").hasMessageContaining("format_profile").hasMessageContaining(SOURCE)
                .hasMessageContaining("does not exist");
    }

    @Test
    void missingDeclarationIsAClearError() throws Exception {
        writeSource();

        assertThatThrownBy(() -> FormatLink.cell(Format.named("format_job", FormatLinkTest.class, i -> i), module, module, "Acme x"))
                .isInstanceOf(DocsException.class).hasMessageContaining("\"format_job\"").hasMessageContaining(SOURCE);
    }

    @Test
    void formatWithoutSourceOrNameCannotBeLinked() {
        assertThatThrownBy(() -> FormatLink.cell(Format.named("format_profile", null, i -> i), module, module, "Acme x"))
                .isInstanceOf(DocsException.class).hasMessageContaining("no source file");
        assertThatThrownBy(() -> FormatLink.cell(item -> item, module, module, "Acme x"))
                .isInstanceOf(DocsException.class).hasMessageContaining("no name");
    }

    @Test
    void docsKeptApartFromTheModuleLinkBackIntoIt() throws Exception {
        writeSource();
        Path docs = Files.createDirectories(module.resolve("zoho"));
        String cell = FormatLink.cell(Format.named("format_profile", FormatLinkTest.class, i -> i), docs, module, "Acme x");
        assertThat(cell).isEqualTo("[`format_profile`](../../" + SOURCE + "#L4)");
    }

    @Test
    void noDefaultFormatShowsNone() {
        assertThat(FormatLink.cell(null, module, module, "Acme x")).isEqualTo("None");
    }

    @Test
    void generatorFailsRatherThanWriteABrokenLink() {
        Connector acme = Connector.builder().name("Acme").subtype("acme").type(ConnectorType.ATS)
                .warehouse(new Warehouse("Acme", ParameterSet.empty(), List.of())).hrflow(SeedConnectors.hrflow())
                .legacyAction(SeedConnectors.outboundProfile("push_profile", "Pushes a profile")
                        .target("Acme Profiles", SeedConnectors.writer(Mode.CREATE, ParameterSet.empty()))
                        .format(Format.named("format_profile", FormatLinkTest.class, i -> i)).build())
                .build();

        assertThatThrownBy(() -> DocsGenerator.render(acme, module))
                .isInstanceOf(DocsException.class).hasMessageContaining("Acme push_profile");
    }
}
