package ai.hrflow.connectors.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code manifest [--output FILE]}: writes the manifest of every connector (what the HrFlow platform reads). */
@Command(name = "manifest",
        description = "Write the connectors' manifest (JSON).")
final class ManifestCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "manifest.json",
            description = "File to write (default: manifest.json in the current directory).")
    Path output;

    ManifestCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try {
            context.manifest().write(context.connectors().all(), output);
        } catch (IOException e) {
            throw new CliException(ExitCodes.FATAL, "cannot write the manifest " + output + ": " + e);
        } catch (UnsupportedOperationException e) {
            throw new CliException(ExitCodes.FATAL, e.getMessage());
        }
        context.out().println(output);
        return ExitCodes.OK;
    }
}
