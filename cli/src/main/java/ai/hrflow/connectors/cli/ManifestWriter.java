package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.api.model.Connector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the manifest of connectors to a file ({@code manifest} command of the demo and developer jar, which
 * gives the generator of the docs tool; tests and embedders may give another).
 */
@FunctionalInterface
public interface ManifestWriter {
    /** @return whether the file was written (false: it already held this manifest) */
    boolean write(List<Connector> connectors, Path output) throws IOException;

}
