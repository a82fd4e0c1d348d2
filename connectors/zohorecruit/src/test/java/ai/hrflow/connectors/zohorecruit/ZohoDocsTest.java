package ai.hrflow.connectors.zohorecruit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.docs.DocsCheck;
import ai.hrflow.connectors.docs.DocsGenerator;
import ai.hrflow.connectors.docs.SeedComparison;
import ai.hrflow.connectors.api.model.Connector;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed docs are what the generator makes of today's declarations, and the three seed actions show the
 * reference's tables row for row. Tests run in the module directory; the Zoho connector's docs live in
 * {@code zoho/} (see {@link ZohoRecruitConnectorProvider}).
 */
class ZohoDocsTest {
    private static final Path ZOHO_RECRUIT_DOCS = Path.of("");
    private static final Path ZOHO_DOCS = Path.of("zoho");

    static {
        // `-Ddocs.write=true` regenerates them, as `hrflow-connectors docs` does at the repository root
        if (Boolean.getBoolean("docs.write")) {
            DocsGenerator.write(ZohoRecruitConnector.create(), ZOHO_RECRUIT_DOCS);
            DocsGenerator.write(ZohoConnector.create(), ZOHO_DOCS, ZOHO_RECRUIT_DOCS);
        }
    }

    @Test
    void committedDocsAreUpToDate() {
        assertThat(DocsCheck.stale(ZohoRecruitConnector.create(), ZOHO_RECRUIT_DOCS)).as(DocsCheck.FIX_HINT).isEmpty();
        assertThat(DocsCheck.stale(ZohoConnector.create(), ZOHO_DOCS, ZOHO_RECRUIT_DOCS)).as(DocsCheck.FIX_HINT).isEmpty();
    }

    @Test
    void pushProfileListShowsSeed000Tables() {
        assertSeed(ZohoRecruitConnector.create(), ZOHO_RECRUIT_DOCS, "push_profile_list",
                SeedComparison.ZOHORECRUIT_PUSH_PROFILE_LIST);
    }

    @Test
    void pushProfileShowsSeed001TablesWithZohoApiInsteadOfLeverApi() {
        Connector zoho = ZohoConnector.create();
        String doc = DocsGenerator.render(zoho, ZOHO_DOCS, ZOHO_RECRUIT_DOCS).get("docs/push_profile.md");
        String seed = SeedComparison.seed(SeedComparison.ZOHO_PUSH_PROFILE).replace("Lever API", "Zoho API");

        SeedComparison.assertTablesMatch(seed, doc);
        assertThat(doc).doesNotContain("Lever");
    }

    @Test
    void updateProfilesInHrflowShowsSeed002Tables() {
        assertSeed(ZohoRecruitConnector.create(), ZOHO_RECRUIT_DOCS, "update_profiles_in_hrflow",
                SeedComparison.ZOHORECRUIT_UPDATE_PROFILES_IN_HRFLOW);
    }

    private static void assertSeed(Connector connector, Path root, String action, String seedFile) {
        String doc = DocsGenerator.render(connector, root).get("docs/" + action + ".md");
        SeedComparison.assertTablesMatch(SeedComparison.seed(seedFile), doc);
    }
}
