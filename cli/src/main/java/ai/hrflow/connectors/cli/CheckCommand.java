package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.cli.logging.LogLevels;
import ai.hrflow.connectors.runtime.config.RunConfig;
import ai.hrflow.connectors.runtime.config.RunConfigException;
import ai.hrflow.connectors.runtime.config.RunConfigLoader;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.params.ParameterProblem;
import ai.hrflow.connectors.runtime.CheckResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code check <connector> <action> --config FILE}: validates the configuration (every problem listed, exit 64),
 * then runs every read-only check of both sides — credentials accepted, source/board/module/company reachable,
 * file readable or writable — one line each, without reading items or writing anything. Exit 0 when every
 * check passed, 2 when one failed.
 */
@Command(name = "check", sortOptions = false,
        description = {"Validate a configuration, then test its credentials and every source, board, module or file "
                + "it names, writing nothing. Prints one line per check ('ok' or 'FAILED: reason'); exits 0 when all "
                + "pass, 2 when one fails, 64 when the configuration is invalid."})
final class CheckCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "<connector>", description = "Connector subtype or name.")
    String connectorName;

    @Parameters(index = "1", paramLabel = "<action>", description = "Action name (see 'describe <connector>').")
    String actionName;

    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE",
            description = "The run configuration, as for 'run'.")
    Path config;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "State directory, as for 'run' (OAuth refresh "
            + "tokens are read from it, and saved to it when the provider rotates them).")
    Path stateDir;

    @ArgGroup(exclusive = true)
    LoggingOptions logging;

    CheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Action action = ActionLookup.action(ActionLookup.connector(context, connectorName), actionName);
        try (LogLevels.Scope levels = LogLevels.apply(LoggingOptions.of(logging))) {
            RunConfig runConfig;
            try {
                runConfig = new RunConfigLoader(context.env()).load(config, action);
            } catch (RunConfigException e) {
                printProblems(e);
                return ExitCodes.USAGE;
            }
            Redactor.register(runConfig.secretValues());
            PrintStream out = context.out();
            out.println("configuration " + config + ": ok");
            List<CheckResult> results = RunEnvironmentOptions.of(context, runConfig, stateDir, null).build()
                    .check(action, runConfig.request());
            for (CheckResult result : results) {
                out.println(Redactor.redact(result.line()));
            }
            if (results.isEmpty()) {
                out.println("(neither side declares a check)");
            }
            long failed = results.stream().filter(r -> !r.ok()).count();
            if (failed > 0) {
                context.err().println(HrFlowConnectorsCli.NAME + ": " + failed + " of " + results.size()
                        + " check(s) failed");
                return ExitCodes.FATAL;
            }
            return ExitCodes.OK;
        }
    }

    private void printProblems(RunConfigException e) {
        PrintStream err = context.err();
        err.println(HrFlowConnectorsCli.NAME + ": invalid configuration " + config + " for " + connectorName + " "
                + actionName + " (" + e.problems().size() + " problem(s)):");
        for (ParameterProblem problem : e.problems()) {
            err.println("  " + problem);
        }
    }
}
