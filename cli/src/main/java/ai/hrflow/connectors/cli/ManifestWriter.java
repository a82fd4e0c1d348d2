package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.core.docs.ManifestGenerator;
import ai.hrflow.connectors.core.model.Connector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the manifest of connectors to a file ({@code manifest} command); {@link #generated()} is the core's
 * {@link ManifestGenerator}, tests and embedders may give another.
 */
@FunctionalInterface
public interface ManifestWriter {
    /** @return whether the file was written (false: it already held this manifest) */
    boolean write(List<Connector> connectors, Path output) throws IOException;

    static ManifestWriter generated() {
        return (connectors, output) -> {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return ManifestGenerator.write(connectors, output);
        };
    }
}
