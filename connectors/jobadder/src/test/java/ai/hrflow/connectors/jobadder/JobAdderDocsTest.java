package ai.hrflow.connectors.jobadder;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.docs.DocsAssertions;
import ai.hrflow.connectors.docs.DocsGenerator;
import ai.hrflow.connectors.docs.SeedComparison;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.Connectors;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed docs are what the generator makes of the connector (regenerate them with
 * {@code ./hrflow-connectors docs}), and seed 003's tables are ours.
 */
class JobAdderDocsTest {
    private final Connector connector = JobAdderConnector.create();

    @Test
    void pushProfileShowsSeed003TablesRowForRow() {
        String ours = DocsGenerator.render(connector, Path.of("")).get("docs/push_profile.md");

        SeedComparison.assertTablesMatch(SeedComparison.seed(SeedComparison.JOBADDER_PUSH_PROFILE), ours);
    }

    @Test
    void committedDocsAreUpToDate() {
        DocsAssertions.assertDocsUpToDate(connector, Path.of(""));
    }

    @Test
    void theConnectorIsDiscoverable() {
        assertThat(Connectors.discover().find("jobadder")).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("Jobadder");
            assertThat(c.actions()).extracting(a -> a.name()).contains("push_profile", "pull_profile_list",
                    "pull_job_list", "create_profiles_in_hrflow", "update_profiles_in_jobadder", "archive_jobs_in_hrflow");
        });
    }
}
