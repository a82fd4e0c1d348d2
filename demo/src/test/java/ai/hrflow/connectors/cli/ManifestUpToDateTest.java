package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.docs.DocsAssertions;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The committed manifest.json describes exactly the connectors the product ships. */
class ManifestUpToDateTest {
    @Test
    void committedManifestIsUpToDate() {
        // the CLI's own tests register in-memory connectors; the manifest lists the shipped ones
        List<Connector> shipped = new ArrayList<>();
        for (ConnectorProvider provider : ServiceLoader.load(ConnectorProvider.class)) {
            if (!provider.getClass().getName().startsWith("ai.hrflow.connectors.cli.")) {
                shipped.addAll(provider.connectors());
            }
        }
        DocsAssertions.assertManifestUpToDate(shipped, Path.of("..", "manifest.json"));
    }
}
