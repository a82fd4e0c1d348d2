package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.docs.DocsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code docs [--root DIR]}: regenerates every connector's documentation and {@code manifest.json} under the
 * repository root, printing the files it changed.
 */
@Command(name = "docs",
        description = "Regenerate the connectors' documentation (README.md, docs/<action>.md) and manifest.json.")
final class DocsCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "Repository root to write under (default: the current directory).")
    Path root;

    DocsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<Path> changed;
        try {
            changed = Objects.requireNonNullElseGet(context.docs(), GeneratedDocs::new).write(context.connectors().all(), root);
        } catch (IOException | UncheckedIOException e) {
            throw new CliException(ExitCodes.FATAL, "cannot write the documentation under " + root + ": "
                    + e.getMessage());
        } catch (DocsException e) {
            throw new CliException(ExitCodes.FATAL, "cannot generate the documentation: " + e.getMessage());
        }
        changed.forEach(file -> context.out().println(file));
        Path where = root.toAbsolutePath().normalize();
        context.err().println(changed.isEmpty() ? "documentation is up to date under " + where
                : changed.size() + " file(s) created, changed or deleted under " + where);
        return ExitCodes.OK;
    }
}
