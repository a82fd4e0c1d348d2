package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.cli.demo.Demo;
import ai.hrflow.connectors.cli.logging.LogLevels;
import ai.hrflow.connectors.cli.logging.LogLevels.Verbosity;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo}: real actions against in-process emulators of the external APIs, with generated data; prints one
 * line per run and the checks of what the emulators hold after it. Exit 0 when every run and check passed.
 */
@Command(name = "demo", description = "Run a full sync demo against embedded emulators of HrFlow.ai, Zoho Recruit, "
        + "JobAdder and Recruitee (no account or network needed): Zoho → HrFlow create, incremental update of edited "
        + "candidates, archive of deleted ones, HrFlow → Zoho pushes, HrFlow → JobAdder pushes with a refused and an "
        + "allowed duplicate, HrFlow → Recruitee pushes with offers, one of them with a lost answer that must not "
        + "duplicate the candidate.")
final class DemoCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--candidates", paramLabel = "N", defaultValue = "300",
            description = "Candidates generated in Zoho Recruit (default: ${DEFAULT-VALUE}).")
    int candidates;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "40",
            description = "Job openings generated in Zoho Recruit (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--keep", description = "Keep the demo's state and failures directory and print its path.")
    boolean keep;

    @Option(names = {"-v", "--verbose"}, description = "Show the runs' logs (INFO) instead of warnings only.")
    boolean verbose;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (candidates < 30 || jobs < 1) {
            throw CliException.usage("--candidates must be at least 30 and --jobs at least 1");
        }
        try (LogLevels.Scope levels = LogLevels.apply(verbose ? Verbosity.NORMAL : Verbosity.QUIET)) {
            Demo.Outcome outcome = new Demo(context.connectors(), context.out(), candidates, jobs, keep).run();
            return outcome.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FATAL;
        }
    }
}
