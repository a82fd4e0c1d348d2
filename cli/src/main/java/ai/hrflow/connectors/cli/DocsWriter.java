package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.core.model.Connector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the generated documentation of connectors under a repository root ({@code docs} command). The
 * command uses the core's generators ({@link GeneratedDocs}); tests and embedders may give another.
 */
@FunctionalInterface
public interface DocsWriter {
    /**
     * @return the files created, changed or deleted, relative to {@code root}; empty when all was up to date
     * @throws ai.hrflow.connectors.core.docs.DocsException when a declaration cannot be documented
     */
    List<Path> write(List<Connector> connectors, Path root) throws IOException;
}
