package ai.hrflow.connectors.docs;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.model.Aisle;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorType;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Flow;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.Warehouse;
import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterTableTest {
    /** An inbound flow and a legacy action, each with a visible and a hidden parameter on every side. */
    static Connector acme() {
        ParameterSet auth = ParameterSet.of("AcmeAuth",
                Parameter.string("api_key").required().secret().description("Acme key"),
                Parameter.string("tenant_hint").hiddenFromDocs().description("internal"));
        ParameterSet pull = ParameterSet.of("AcmePull",
                Parameter.string("status").nullable().allowedValues("open|closed", "draft").description("a|b"),
                Parameter.integer("page_size_override").hiddenFromDocs().description("internal"));
        ParameterSet write = ParameterSet.of("AcmeWrite",
                Parameter.string("owner").required().description("Owner"),
                Parameter.bool("legacy_mode").hiddenFromDocs().defaultValue(false).description("internal"));
        Warehouse warehouse = new Warehouse("Acme", auth, List.of(new Aisle(Entity.PROFILE,
                SeedConnectors.reader(Mode.CREATE, pull), SeedConnectors.writer(Mode.CREATE, write), null)));
        ParameterSet hrflowWrite = ParameterSet.of("HrFlowCreate",
                Parameter.string("source_key").required().description("HrFlow.ai source key"));
        Warehouse hrflow = new Warehouse("HrFlow", SeedConnectors.hrflow().auth(), List.of(new Aisle(Entity.PROFILE,
                SeedConnectors.reader(Mode.CREATE, SeedConnectors.hrflowV1Profile()),
                SeedConnectors.writer(Mode.CREATE, hrflowWrite), null)));
        return Connector.builder().name("Acme").subtype("acme").type(ConnectorType.ATS)
                .warehouse(warehouse).hrflow(hrflow)
                .flow(Flow.of(Mode.CREATE, Entity.PROFILE, Direction.INBOUND))
                .legacyAction(SeedConnectors.outboundProfile("push_profile", "Pushes a profile")
                        .target("Acme Profiles", SeedConnectors.writer(Mode.CREATE, write)).build())
                .build();
    }

    @Test
    void hiddenParametersAreLeftOutOfTablesAndExamples() {
        Map<String, String> files = DocsGenerator.render(acme(), Path.of(""));
        String flow = files.get("docs/create_profiles_in_hrflow.md");
        String legacy = files.get("docs/push_profile.md");

        assertThat(flow).contains("`api_key` :red_circle:", "`status`  |", "ACME_API_KEY")
                .doesNotContain("tenant_hint", "page_size_override");
        assertThat(legacy).contains("`owner` :red_circle:", "owner: your_owner").doesNotContain("legacy_mode");
    }

    @Test
    void pipesAreEscapedInTypeCellsOnly() {
        String flow = DocsGenerator.render(acme(), Path.of("")).get("docs/create_profiles_in_hrflow.md");

        // The description keeps its raw text, as the reference prints descriptions.
        assertThat(flow).contains("| `status`  | `Literal['draft','open\\|closed']\\|null` | None | a|b |");
        assertThat(flow).contains("| `format`  | `Callable\\|null` | None |");
    }

    @Test
    void rowsFollowTheReferenceSpacing() {
        assertThat(ParameterTable.row(new TableRow("a", true, "str", "None", "d")))
                .isEqualTo("| `a` :red_circle: | `str` | None | d |");
        assertThat(ParameterTable.row(new TableRow("a", false, "str", "None", "d")))
                .isEqualTo("| `a`  | `str` | None | d |");
    }

    @Test
    void runOptionsShowWhatTheTargetDeclares() {
        String doc = DocsGenerator.render(SeedConnectors.zohoRecruit(), Path.of(""))
                .get("docs/update_profiles_in_hrflow.md");

        assertThat(doc).contains("| `batch_size`  | `integer` | 1 |", "| `write_concurrency`  | `integer` | 1 |");
        assertThat(doc.indexOf("## Run options")).isGreaterThan(doc.indexOf(":red_circle: : *required*"))
                .isLessThan(doc.indexOf("## Example"));
    }

    @Test
    void titleCapitalisesOnlyTheFirstWord() {
        assertThat(DocNames.title("push_profile_list")).isEqualTo("Push profile list");
        assertThat(DocNames.javaClassName("update_profiles_in_hrflow")).isEqualTo("UpdateProfilesInHrflow");
    }
}
