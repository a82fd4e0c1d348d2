package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.api.params.Suggestions;
import ai.hrflow.connectors.runtime.state.InMemoryStateStore;
import ai.hrflow.connectors.runtime.state.LocalJsonStateStore;
import ai.hrflow.connectors.runtime.state.StateStore;
import ai.hrflow.connectors.state.postgres.PostgresStateStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code state}: what runs saved per workflow (last result, incremental token). */
@Command(name = "state",
        description = "Show, list or reset what runs saved per workflow_id (last result and incremental token); list "
                + "its parked items.",
        subcommands = {StateShowCommand.class, StateListCommand.class, StateResetCommand.class,
            StateFailuresCommand.class})
final class StateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println(HrFlowConnectorsCli.NAME
                + " state: missing command (show, list, reset, failures)");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** The workflows of a store that can list them. */
    static List<String> workflowIds(StateStore store) {
        if (store instanceof LocalJsonStateStore local) {
            return local.workflowIds();
        }
        if (store instanceof InMemoryStateStore memory) {
            return memory.workflowIds();
        }
        if (store instanceof PostgresStateStore postgres) {
            return postgres.workflowIds();
        }
        throw new CliException(ExitCodes.FATAL, store.describe() + " cannot list its workflows");
    }

    /** "No saved state" for a workflow, with the closest saved one when it looks like a typo. */
    static CliException notFound(StateStore store, String workflowId) {
        Optional<String> closest = Suggestions.closest(workflowId, workflowIds(store));
        return new CliException(ExitCodes.NOT_FOUND, "no saved state for workflow '" + workflowId + "' in "
                + store.describe() + closest.map(c -> "; did you mean '" + c + "'?").orElse(""));
    }
}
