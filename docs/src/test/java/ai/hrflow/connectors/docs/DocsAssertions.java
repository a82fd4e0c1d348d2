package ai.hrflow.connectors.docs;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.model.Connector;
import java.nio.file.Path;
import java.util.List;

/**
 * The check every connector module runs on its committed docs (published in the core test-jar):
 *
 * <pre>{@code
 * @Test
 * void docsAreUpToDate() {
 *     DocsAssertions.assertDocsUpToDate(ZohoRecruit.connector(), Path.of(""));
 * }
 * }</pre>
 */
public final class DocsAssertions {
    private DocsAssertions() {
    }

    /** Fails listing the stale files and saying to run {@code ./hrflow-connectors docs}. */
    public static void assertDocsUpToDate(Connector connector, Path moduleRoot) {
        assertThat(DocsCheck.stale(connector, moduleRoot)).as(connector.name() + ": " + DocsCheck.FIX_HINT)
                .isEmpty();
    }

    /** Fails when the committed manifest is not what the connectors generate now. */
    public static void assertManifestUpToDate(List<Connector> connectors, Path manifestFile) {
        assertThat(DocsCheck.staleManifest(connectors, manifestFile))
                .as("manifest: run `./hrflow-connectors manifest` at the repository root and commit the result")
                .isEmpty();
    }
}
