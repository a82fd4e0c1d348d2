package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.docs.DocsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code manifest [--output FILE]}: writes the manifest of every connector (what the HrFlow platform reads). */
@Command(name = "manifest", description = "Write the connectors' manifest (JSON).")
final class ManifestCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = GeneratedDocs.MANIFEST,
            description = "File to write (default: manifest.json in the current directory).")
    Path output;

    ManifestCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        boolean written;
        try {
            written = Objects.requireNonNullElseGet(context.manifest(), GeneratedDocs::manifest).write(context.connectors().all(), output);
        } catch (IOException | UncheckedIOException e) {
            throw new CliException(ExitCodes.FATAL, "cannot write the manifest " + output + ": " + e.getMessage());
        } catch (DocsException e) {
            throw new CliException(ExitCodes.FATAL, "cannot generate the manifest: " + e.getMessage());
        }
        context.out().println(output);
        context.err().println(written ? "manifest written" : "manifest is up to date");
        return ExitCodes.OK;
    }
}
