package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.api.model.Connector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the generated documentation of connectors under a repository root ({@code docs} command of the demo
 * and developer jar, which gives the docs tool's generators; tests and embedders may give another).
 */
@FunctionalInterface
public interface DocsWriter {
    /**
     * @return the files created, changed or deleted, relative to {@code root}; empty when all was up to date
     * @throws RuntimeException when a declaration cannot be documented
     */
    List<Path> write(List<Connector> connectors, Path root) throws IOException;
}
