package ai.hrflow.connectors.recruitee;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.docs.DocsCheck;
import ai.hrflow.connectors.docs.DocsGenerator;
import ai.hrflow.connectors.docs.SeedComparison;
import ai.hrflow.connectors.api.model.Connector;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed docs are what the generator makes of today's declarations, and {@code push_profile} shows seed
 * 004's tables row for row. Tests run in the module directory.
 */
class RecruiteeDocsTest {
    private static final Path MODULE = Path.of("");

    static {
        // `-Ddocs.write=true` regenerates them, as `hrflow-connectors docs` does at the repository root
        if (Boolean.getBoolean("docs.write")) {
            DocsGenerator.write(RecruiteeConnector.create(), MODULE);
        }
    }

    @Test
    void committedDocsAreUpToDate() {
        assertThat(DocsCheck.stale(RecruiteeConnector.create(), MODULE)).as(DocsCheck.FIX_HINT).isEmpty();
    }

    @Test
    void pushProfileShowsSeed004Tables() {
        Connector connector = RecruiteeConnector.create();
        String doc = DocsGenerator.render(connector, MODULE).get("docs/push_profile.md");

        // the one documented correction: the reference's "satging"
        String seed = SeedComparison.seed(SeedComparison.RECRUITEE_PUSH_PROFILE).replace("satging", "staging");
        SeedComparison.assertTablesMatch(seed, doc);
        assertThat(doc).doesNotContain("satging");
    }

    @Test
    void everyReferenceActionIsDocumented() {
        assertThat(DocsGenerator.render(RecruiteeConnector.create(), MODULE)).containsKeys(
                "docs/create_profiles_in_hrflow.md", "docs/update_profiles_in_hrflow.md",
                "docs/archive_profiles_in_hrflow.md", "docs/create_profiles_in_recruitee.md",
                "docs/update_profiles_in_recruitee.md", "docs/archive_profiles_in_recruitee.md",
                "docs/create_jobs_in_hrflow.md", "docs/update_jobs_in_hrflow.md", "docs/archive_jobs_in_hrflow.md",
                "docs/push_profile.md", "README.md");
    }
}
