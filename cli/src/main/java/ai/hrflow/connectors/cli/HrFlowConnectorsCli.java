package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.cli.logging.ConsoleStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs the {@code hrflow-connectors} command in-process: parses the arguments, runs the command, returns the
 * exit code ({@link ExitCodes}). Usage errors exit 64 with a hint; a failure the command expects is one message
 * (never a stack trace); only a bug prints a stack trace.
 */
public final class HrFlowConnectorsCli {
    static final String NAME = "hrflow-connectors";

    private HrFlowConnectorsCli() {
    }

    public static int execute(String[] args, CliContext context) {
        return execute(args, context, List.of());
    }

    /**
     * Runs the command with more subcommands than the production ones (the demo and developer jar adds
     * {@code demo}, {@code emulate}, {@code docs}, {@code manifest}).
     */
    public static int execute(String[] args, CliContext context, List<Class<?>> extraCommands) {
        ConsoleStream.redirect(context.err());
        try {
            return commandLine(context, extraCommands).execute(args);
        } finally {
            ConsoleStream.endStatus();
            context.out().flush();
            context.err().flush();
            ConsoleStream.reset();
            Redactor.clear();
        }
    }

    /** The configured command line, for callers that want picocli's API (completion scripts, help rendering). */
    public static CommandLine commandLine(CliContext context) {
        return commandLine(context, List.of());
    }

    /** The configured command line with {@code extraCommands} added to the production ones. */
    public static CommandLine commandLine(CliContext context, List<Class<?>> extraCommands) {
        Factory factory = new Factory(context);
        CommandLine commandLine = new CommandLine(RootCommand.class, factory);
        for (Class<?> command : extraCommands) {
            commandLine.addSubcommand(new CommandLine(command, factory));
        }
        commandLine.setOut(new PrintWriter(context.out(), true));
        commandLine.setErr(new PrintWriter(context.err(), true));
        commandLine.setUsageHelpAutoWidth(true);
        commandLine.setParameterExceptionHandler(usageError());
        commandLine.setExecutionExceptionHandler(failure());
        return commandLine;
    }

    private static IParameterExceptionHandler usageError() {
        return (ex, args) -> {
            CommandLine command = ex.getCommandLine();
            PrintWriter err = command.getErr();
            err.println(NAME + ": " + ex.getMessage());
            UnmatchedArgumentException.printSuggestions(ex, err);
            err.print("Usage: " + command.getHelp().synopsis(0));
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        };
    }

    private static IExecutionExceptionHandler failure() {
        return (ex, command, parseResult) -> {
            PrintWriter err = command.getErr();
            if (ex instanceof CliException expected) {
                err.println(NAME + ": " + Redactor.redact(expected.getMessage()));
                return expected.exitCode();
            }
            // Not expected: a bug. The stack trace is what a report needs; secrets are still masked.
            err.println(NAME + ": unexpected error (please report it): " + Redactor.redact(ex.toString()));
            java.io.StringWriter trace = new java.io.StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            err.print(Redactor.redact(trace.toString()));
            err.flush();
            return ExitCodes.FATAL;
        };
    }

    /** Gives every command the context through its {@code (CliContext)} constructor. */
    private record Factory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            Constructor<K> constructor;
            try {
                constructor = type.getDeclaredConstructor(CliContext.class);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
            return constructor.newInstance(context);
        }
    }
}
