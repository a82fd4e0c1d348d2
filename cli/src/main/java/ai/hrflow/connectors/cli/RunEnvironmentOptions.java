package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.runtime.config.RunConfig;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.RunEnvironments;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.runtime.state.StateStoreException;
import ai.hrflow.connectors.runtime.state.StateStores;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The run environment of {@code run} and {@code check}: environment variables, the command's directories, the file's endpoints. */
final class RunEnvironmentOptions {
    private RunEnvironmentOptions() {
    }

    static RunEnvironment.Builder of(CliContext context, RunConfig runConfig, Path stateDir, Path failuresDir) {
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
        return base.toBuilder().endpoints(endpoints);
    }
}
