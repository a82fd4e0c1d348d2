package ai.hrflow.connectors.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code hrflow-connectors}: the commands. Without one, prints the usage and exits 64. */
@Command(name = HrFlowConnectorsCli.NAME, versionProvider = VersionProvider.class,
        description = "Sync candidate profiles and jobs between HrFlow.ai and recruiting systems.",
        subcommands = {ListCommand.class, DescribeCommand.class, CheckCommand.class, RunCommand.class,
            StateCommand.class, ServeCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0   success", "  1   success with failures (some items did not make it; see the failures file)",
            "  2   fatal: the run stopped, or the command could not do its job",
            "  3   not found: no saved state for the workflow (state show, state reset)",
            "  64  usage or configuration error (fix the command line or the file)",
            "", "Environment: HRFLOW_CONNECTORS_STATE_DIR, HRFLOW_CONNECTORS_STORE_ENABLED, "
                + "HRFLOW_CONNECTORS_FAILURES_DIR, HRFLOW_CONNECTORS_ENDPOINTS, and any variable a configuration "
                + "file references as $${NAME}.",
            "The launcher also reads JAVA_HOME, HRFLOW_CONNECTORS_JAVA_OPTS (JVM options) and "
                + "HRFLOW_CONNECTORS_CLASSPATH (jars or directories with your logics, format or callback classes).",
            "", "First steps: 'describe CONNECTOR ACTION' for the parameters, 'check CONNECTOR ACTION -c FILE' to "
                + "test the credentials, 'run ... --dry-run --limit 5' to see what a run would write."})
final class RootCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    // Inherited: every command takes -h, only the top takes -V.
    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT,
            description = "Show this help message and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print version information and exit.")
    boolean version;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println(HrFlowConnectorsCli.NAME + ": missing command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
