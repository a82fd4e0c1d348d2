package ai.hrflow.connectors.cli;

import java.util.List;

/**
 * Entry point of the demo and developer jar: the {@code hrflow-connectors} command plus {@code demo},
 * {@code emulate}, {@code docs} and {@code manifest}, which need the emulators or the docs generator and so stay
 * out of the production jar.
 */
public final class DevMain {
    /** The commands this jar adds to the production ones. */
    static final List<Class<?>> COMMANDS =
            List.of(DocsCommand.class, ManifestCommand.class, DemoCommand.class, EmulateCommand.class);

    private DevMain() {
    }

    public static void main(String[] args) {
        System.exit(HrFlowConnectorsCli.execute(args, CliContext.system(), COMMANDS));
    }
}
