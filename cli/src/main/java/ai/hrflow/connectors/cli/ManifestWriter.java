package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.core.model.Connector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes the manifest of connectors to a file ({@code manifest} command). */
@FunctionalInterface
public interface ManifestWriter {
    void write(List<Connector> connectors, Path output) throws IOException;

    /** For builds without a manifest generator: the command says so and fails. */
    static ManifestWriter unavailable() {
        return (connectors, output) -> {
            throw new UnsupportedOperationException("manifest generation is not available in this build");
        };
    }
}
