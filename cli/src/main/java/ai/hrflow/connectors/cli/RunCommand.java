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
import ai.hrflow.connectors.runtime.RunResult;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code run <connector> <action> --config FILE}: validates the configuration (every problem listed, exit 64),
 * runs the action, prints the run result as JSON on standard output, and exits 0 (success), 1 (success with
 * failures) or 2 (fatal). Progress and the summary go to standard error. SIGTERM or SIGINT stops the run
 * gracefully ({@link StopOnSignal}): exit 4, reason {@code interrupted}, result and position saved.
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

    @Option(names = "--dry-run", description = "Check the target (credentials, source/board/module), then read, "
            + "filter and format; write nothing and save no state.")
    boolean dryRun;

    @Option(names = "--limit", paramLabel = "N", description = "Read at most N items; the incremental position moves "
            + "only past them. With --dry-run, each item the run would write is printed as a JSON line before the "
            + "result.")
    Long limit;

    @Option(names = "--progress-interval", paramLabel = "SECONDS", defaultValue = "30",
            description = "When standard error is not a terminal, log a progress line every SECONDS "
                    + "(default: ${DEFAULT-VALUE}).")
    long progressInterval;

    @Option(names = "--incremental", description = "Read only what changed since the last run (v1: read_mode "
            + "incremental), whatever the file says.")
    boolean incremental;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "State directory (default: $HRFLOW_CONNECTORS_STATE_DIR or ~/.hrflow-connectors/state).")
    Path stateDir;

    @Option(names = "--failures-dir", paramLabel = "DIR", description = "Where failed items are written "
            + "(default: $HRFLOW_CONNECTORS_FAILURES_DIR or ~/.hrflow-connectors/failures).")
    Path failuresDir;

    @Option(names = "--replay-parked", description = "Send the workflow's parked items (see 'state failures') "
            + "through logics, format and write instead of reading the origin: those done leave the parked list, "
            + "the others stay parked. The incremental position does not move.")
    boolean replayParked;

    @Option(names = "--park-after", paramLabel = "N", description = "Park an item that failed in N consecutive "
            + "runs (default: the file's park_after, else 3; 0 never parks).")
    Integer parkAfter;

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
        if (limit != null && limit < 1) {
            throw CliException.usage("--limit: must be at least 1, got " + limit);
        }
        if (progressInterval < 1) {
            throw CliException.usage("--progress-interval: must be at least 1 second, got " + progressInterval);
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
            try (StopOnSignal signals = new StopOnSignal(environment.stopGrace())) {
                RunResult result = environment.toBuilder().control(signals.control()).build()
                        .run(action, request(runConfig));
                ConsoleStream.endStatus();
                JsonNode masked = Redactor.redact(Json.MAPPER.valueToTree(result));
                printResult(result, masked, format == LogFormat.JSON ? Verbosity.QUIET : verbosity);
                if (format == LogFormat.JSON && verbosity != Verbosity.QUIET) {
                    RunSummary.log(result); // a log shipper reads standard error as JSON lines only
                }
                int code = ExitCodes.of(result);
                signals.finished(code);
                return code;
            }
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
        if (limit != null) {
            request.limit(limit);
        }
        if (replayParked) {
            request.replayParked(true);
        }
        if (parkAfter != null) {
            request.parkAfter(parkAfter);
        }
        return request.build();
    }

    private RunEnvironment environment(RunConfig runConfig, Verbosity verbosity) {
        RunEnvironment.Builder builder = RunEnvironmentOptions.of(context, runConfig, stateDir, failuresDir);
        if (verbosity != Verbosity.QUIET) {
            builder.progress(context.stderrIsTerminal() ? new ProgressLine()
                    : new ProgressLog(Duration.ofSeconds(progressInterval)));
        }
        if (dryRun && limit != null) {
            // only with a limit: a dry run of a whole origin would flood standard output
            builder.dryRunOutput(this::printItem);
        }
        return builder.build();
    }

    /** A dry run's formatted item, one JSON line on standard output (secrets masked), before the result. */
    private void printItem(ObjectNode item) {
        try {
            context.out().println(Json.MAPPER.writeValueAsString(Redactor.redact(item)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
