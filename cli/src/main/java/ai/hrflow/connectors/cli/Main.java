package ai.hrflow.connectors.cli;

/** Entry point of the {@code hrflow-connectors} command (the executable jar's main class). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(HrFlowConnectorsCli.execute(args, CliContext.system()));
    }
}
