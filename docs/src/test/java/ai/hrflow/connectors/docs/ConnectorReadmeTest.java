package ai.hrflow.connectors.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.model.Connector;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorReadmeTest {
    private static final String TABLE = "| Action | Description |\n"
            + "| ------ | ----------- |\n"
            + "| [**Update profiles in hrflow**](docs/update_profiles_in_hrflow.md) "
            + "| Send **updated** 'profile(s)' _from_ Zoho Recruit _to_ HrFlow |\n"
            + "| [**Push profile list**](docs/push_profile_list.md) | Pushs Profiles from HrFlow to Zoho Recruit |\n";

    @TempDir
    Path module;

    private final Connector zoho = SeedConnectors.zohoRecruit();

    @BeforeEach
    void linkableFormats() throws Exception {
        SeedConnectors.copyFormatsSource(module);
    }

    private String readme() {
        return DocsGenerator.render(zoho, module).get(DocsGenerator.README);
    }

    @Test
    void createsTheReadmeFromTheTemplate() {
        assertThat(readme()).isEqualTo("# Zoho Recruit connector\n\n"
                + "Zoho Recruit is an applicant tracking system.\n\n"
                + "- **Type**: ATS\n"
                + "- **Subtype**: `zohorecruit`\n"
                + "- **Link**: https://www.zoho.com/recruit/\n\n"
                + "## Connector actions\n\n"
                + "<!-- actions:start -->\n" + TABLE + "<!-- actions:end -->\n\n"
                + "## Differences from the reference\n\n"
                + "<!-- Written by hand, kept when the docs are regenerated: what this connector does differently "
                + "from HrFlow.ai's Python connector. -->\n");
    }

    @Test
    void updatesOnlyTheTableBetweenTheMarkers() throws Exception {
        String handWritten = "# Zoho Recruit\n\nOur own intro, *kept*.\n\n<!-- actions:start -->\n"
                + "| old | table |\n| [**Gone**](docs/gone.md) | removed action |\n"
                + "<!-- actions:end -->\n\n## Differences from the reference\n\n- Bulk writes of 100 records.\n";
        Files.writeString(module.resolve("README.md"), handWritten);

        assertThat(readme()).isEqualTo("# Zoho Recruit\n\nOur own intro, *kept*.\n\n<!-- actions:start -->\n"
                + TABLE + "<!-- actions:end -->\n\n## Differences from the reference\n\n"
                + "- Bulk writes of 100 records.\n");
    }

    @Test
    void updateOfAnUpToDateReadmeChangesNothing() throws Exception {
        Files.writeString(module.resolve("README.md"), readme());

        assertThat(readme()).isEqualTo(Files.readString(module.resolve("README.md")));
    }

    @Test
    void readmeWithoutMarkersIsAnErrorNamingTheFile() throws Exception {
        Files.writeString(module.resolve("README.md"), "# Zoho Recruit\n\nHand-written, no markers.\n");

        assertThatThrownBy(this::readme).isInstanceOf(DocsException.class)
                .hasMessageContaining(module.resolve("README.md").toString())
                .hasMessageContaining("<!-- actions:start -->");
    }

    @Test
    void readmeWithOnlyTheEndMarkerNamesTheMissingOne() throws Exception {
        Files.writeString(module.resolve("README.md"), "x\n<!-- actions:end -->\n");

        assertThatThrownBy(this::readme).isInstanceOf(DocsException.class)
                .hasMessageContaining("no <!-- actions:start --> marker");
    }

    @Test
    void markersOutOfOrderOrRepeatedAreErrors() throws Exception {
        Files.writeString(module.resolve("README.md"), "<!-- actions:end -->\n<!-- actions:start -->\n");
        assertThatThrownBy(this::readme).isInstanceOf(DocsException.class).hasMessageContaining("once");

        Files.writeString(module.resolve("README.md"),
                "<!-- actions:start -->\n<!-- actions:end -->\n<!-- actions:start -->\n<!-- actions:end -->\n");
        assertThatThrownBy(this::readme).isInstanceOf(DocsException.class).hasMessageContaining("once");
    }
}
