package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.runtime.state.StateStore;
import ai.hrflow.connectors.runtime.state.StateStoreException;
import ai.hrflow.connectors.runtime.state.StateStores;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --state-dir}, and the store it (or the environment) designates. */
final class StateOptions {
    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "State directory (default: $HRFLOW_CONNECTORS_STATE_DIR or ~/.hrflow-connectors/state).")
    Path stateDir;

    StateStore open(CliContext context) {
        try {
            if (stateDir != null) {
                return StateStores.localJson(stateDir);
            }
            Optional<StateStore> store = StateStores.fromEnvironment(context.env());
            return store.orElseThrow(() -> CliException.usage("no state store: " + StateStores.ENABLED
                    + " turns it off; give --state-dir to look at one"));
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        } catch (StateStoreException e) {
            throw new CliException(ExitCodes.FATAL, "cannot open the state store: " + e.getMessage());
        }
    }
}
