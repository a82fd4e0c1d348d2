package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.state.StateStore;
import ai.hrflow.connectors.runtime.state.StateStoreException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code state list}: one line per workflow with saved state. */
@Command(name = "list",
        description = "List the workflows with saved state: last status, when, incremental token.")
final class StateListCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    StateOptions state;

    StateListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        StateStore store = state.open(context);
        List<String> ids = StateCommand.workflowIds(store);
        if (ids.isEmpty()) {
            context.err().println("no saved state in " + store.describe());
            return ExitCodes.OK;
        }
        TextTable table = new TextTable("").row("WORKFLOW_ID", "STATUS", "FINISHED_AT", "INCREMENTAL_TOKEN");
        for (String id : ids) {
            try {
                Optional<RunResult> last = store.lastRun(id);
                table.row(id, last.map(r -> r.status().value()).orElse("-"),
                        last.map(r -> String.valueOf(r.finishedAt())).orElse("-"),
                        last.map(RunResult::incrementalToken).orElse("-"));
            } catch (StateStoreException e) {
                // One damaged file must not hide the other workflows.
                table.row(id, "unreadable", "-", e.getMessage());
            }
        }
        table.print(context.out());
        return ExitCodes.OK;
    }
}
