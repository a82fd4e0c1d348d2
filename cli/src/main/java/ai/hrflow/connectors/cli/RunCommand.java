package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.cli.logging.ConsoleStream;
import ai.hrflow.connectors.cli.logging.LogFormat;
import ai.hrflow.connectors.cli.logging.LogLevels;
import ai.hrflow.connectors.cli.logging.LogLevels.Verbosity;
import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.runtime.config.RunConfig;
import ai.hrflow.connectors.runtime.config.RunConfigException;
import ai.hrflow.connectors.runtime.config.RunConfigLoader;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.params.ParameterProblem;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.RunEnvironments;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.runtime.state.StateStoreException;
import ai.hrflow.connectors.runtime.state.StateStores;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code run <connector> <action> --config FILE}: validates the configuration (every problem listed, exit 64),
 * runs the action, prints the run result as JSON on standard output, and exits 0 (success), 1 (success with
 * failures) or 2 (fatal). Progress and the summary go to standard error.
 */
@Command(name = "run", sortOptions = false,
        description = "Run an action with a configuration file (YAML or JSON).")
final class RunCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "<connector>", description = "Connector subtype or name.")
    String connectorName;

    @Parameters(index = "1", paramLabel = "<action>", description = "Action name (see 'describe <connector>').")
    String actionName;

    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE",
            description = "The run configuration: YAML or JSON; $${VAR} and $${VAR:-default} take "
                    + "environment variables.")
    Path config;

    @Option(names = "--dry-run", description = "Read, filter and format, but write nothing and save no state.")
    boolean dryRun;

    @Option(names = "--incremental", description = "Read only what changed since the last run (v1: read_mode "
            + "incremental), whatever the file says.")
    boolean incremental;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "State directory (default: $HRFLOW_CONNECTORS_STATE_DIR or ~/.hrflow-connectors/state).")
    Path stateDir;

    @Option(names = "--failures-dir", paramLabel = "DIR", description = "Where failed items are written "
            + "(default: $HRFLOW_CONNECTORS_FAILURES_DIR or ~/.hrflow-connectors/failures).")
    Path failuresDir;

    @ArgGroup(exclusive = true)
    LoggingOptions logging;

    @Mixin
    LogFormatOption logFormat = new LogFormatOption();

    RunCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        Action action = ActionLookup.action(ActionLookup.connector(context, connectorName), actionName);
        if (incremental && !action.supportsIncremental()) {
            throw CliException.usage("--incremental: " + RunConfigLoader.notIncremental(action));
        }
        Verbosity verbosity = LoggingOptions.of(logging);
        LogFormat format = logFormat.resolve(context.env());
        LogLevels.Scope levels = LogLevels.apply(verbosity, format);
        try {
            RunConfig runConfig;
            try {
                runConfig = new RunConfigLoader(context.env()).load(config, action);
            } catch (RunConfigException e) {
                printProblems(e);
                return ExitCodes.USAGE;
            }
            // Unregistered by HrFlowConnectorsCli once everything, error reports included, is printed.
            Redactor.register(runConfig.secretValues());
            RunEnvironment environment = environment(runConfig, verbosity);
            RunResult result = environment.run(action, request(runConfig));
            ConsoleStream.endStatus();
            JsonNode masked = Redactor.redact(Json.MAPPER.valueToTree(result));
            printResult(result, masked, format == LogFormat.JSON ? Verbosity.QUIET : verbosity);
            if (format == LogFormat.JSON && verbosity != Verbosity.QUIET) {
                RunSummary.log(result); // a log shipper reads standard error as JSON lines only
            }
            return ExitCodes.of(result.status());
        } finally {
            levels.close();
        }
    }

    private ActionRequest request(RunConfig runConfig) {
        ActionRequest.Builder request = runConfig.request().toBuilder();
        if (dryRun) {
            request.persist(false);
        }
        if (incremental) {
            request.incremental(true);
        }
        return request.build();
    }

    private RunEnvironment environment(RunConfig runConfig, Verbosity verbosity) {
        Map<String, String> env = new HashMap<>(context.env());
        if (stateDir != null) {
            // Asking for a state directory turns the store on, even if the environment turned it off.
            env.put(StateStores.STATE_DIR, stateDir.toAbsolutePath().toString());
            env.remove(StateStores.ENABLED);
            env.remove(StateStores.STATE_URL);
        }
        if (failuresDir != null) {
            env.put(RunEnvironments.FAILURES_DIR, failuresDir.toAbsolutePath().toString());
        }
        RunEnvironment base;
        try {
            base = RunEnvironments.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        } catch (StateStoreException e) {
            throw new CliException(ExitCodes.FATAL, "cannot open the state store: " + e.getMessage());
        }
        // The file's endpoints win over the environment's: they are the more specific setting.
        EndpointOverrides endpoints = base.endpoints();
        for (Map.Entry<String, String> e : runConfig.endpoints().asMap().entrySet()) {
            endpoints = endpoints.with(e.getKey(), e.getValue());
        }
        RunEnvironment.Builder builder = base.toBuilder().endpoints(endpoints);
        if (context.stderrIsTerminal() && verbosity != Verbosity.QUIET) {
            builder.progress(new ProgressLine());
        }
        return builder.build();
    }

    private void printProblems(RunConfigException e) {
        PrintStream err = context.err();
        int count = e.problems().size();
        err.println(HrFlowConnectorsCli.NAME + ": invalid configuration " + config + " for " + connectorName + " "
                + actionName + " (" + count + (count == 1 ? " problem):" : " problems):"));
        for (ParameterProblem problem : e.problems()) {
            err.println("  " + problem);
        }
        err.println("Run '" + HrFlowConnectorsCli.NAME + " describe " + connectorName + " " + actionName
                + "' for the parameters it takes.");
    }

    private void printResult(RunResult result, JsonNode masked, Verbosity verbosity) throws JsonProcessingException {
        context.out().println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(masked));
        if (verbosity != Verbosity.QUIET) {
            RunSummary.print(result, context.err());
        }
    }
}
