package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.api.params.ParameterProblem;
import ai.hrflow.connectors.cli.serve.ServeConfig;
import ai.hrflow.connectors.cli.serve.ServeConfigException;
import ai.hrflow.connectors.cli.serve.ServeProcess;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import ai.hrflow.connectors.cli.logging.LogLevels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve --config serve.yaml}: runs workflows on HrFlow webhook events and on cron schedules until stopped
 * (SIGTERM or Ctrl-C: stop accepting, let running runs finish for the grace period, leave spooled events for the
 * next start). A configuration problem exits 64 with every problem listed.
 */
@Command(name = "serve", sortOptions = false,
        description = "Run workflows on HrFlow webhook events and cron schedules (a long-running process).")
final class ServeCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE",
            description = "The serve configuration (YAML): listen address, state directory, limits, workflows.")
    Path config;

    @Option(names = "--grace-seconds", paramLabel = "N", defaultValue = "30",
            description = "On shutdown, how long running runs may take to finish (default: ${DEFAULT-VALUE}).")
    int graceSeconds;

    @Mixin
    LogFormatOption logFormat = new LogFormatOption();

    ServeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        try (LogLevels.Scope levels = LogLevels.apply(LogLevels.Verbosity.NORMAL, logFormat.resolve(context.env()))) {
            return serve();
        }
    }

    private Integer serve() throws InterruptedException {
        ServeProcess process;
        try {
            ServeConfig serve = ServeConfig.load(config, context.env());
            process = ServeProcess.start(serve, context.connectors(), context.env(), Clock.systemUTC(),
                    Duration.ofSeconds(graceSeconds));
        } catch (ServeConfigException e) {
            context.err().println(HrFlowConnectorsCli.NAME + ": invalid serve configuration " + config + " ("
                    + e.problems().size() + " problems):");
            for (ParameterProblem problem : e.problems()) {
                context.err().println("  " + problem);
            }
            return ExitCodes.USAGE;
        } catch (RuntimeException e) {
            throw new CliException(ExitCodes.FATAL, "cannot start serving: " + e.getMessage());
        }
        context.err().println(HrFlowConnectorsCli.NAME + ": serving on port " + process.port()
                + " (stop with SIGTERM or Ctrl-C)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            process.close();
            stopped.countDown();
        }, "serve-shutdown"));
        stopped.await();
        return ExitCodes.OK;
    }
}
