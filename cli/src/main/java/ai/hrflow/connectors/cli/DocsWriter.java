package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.core.model.Connector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes the generated documentation of connectors under a repository root ({@code docs} command). */
@FunctionalInterface
public interface DocsWriter {
    /** @return the files written or updated */
    List<Path> write(List<Connector> connectors, Path root) throws IOException;

    /** For builds without a docs generator: the command says so and fails. */
    static DocsWriter unavailable() {
        return (connectors, root) -> {
            throw new UnsupportedOperationException("documentation generation is not available in this build");
        };
    }
}
