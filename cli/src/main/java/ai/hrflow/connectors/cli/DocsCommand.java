package ai.hrflow.connectors.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code docs [--root DIR]}: (re)generates every connector's documentation under the repository root. */
@Command(name = "docs",
        description = "Generate the connectors' documentation (README and one page per action).")
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
        List<Path> written;
        try {
            written = context.docs().write(context.connectors().all(), root);
        } catch (IOException e) {
            throw new CliException(ExitCodes.FATAL, "cannot write the documentation under " + root + ": " + e);
        } catch (UnsupportedOperationException e) {
            throw new CliException(ExitCodes.FATAL, e.getMessage());
        }
        written.forEach(file -> context.out().println(file));
        context.err().println(written.size() + " file(s) written under " + root.toAbsolutePath().normalize());
        return ExitCodes.OK;
    }
}
