package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.runtime.state.StateStore;
import ai.hrflow.connectors.runtime.state.WorkflowLock;
import ai.hrflow.connectors.runtime.state.WorkflowLockedException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code state reset <workflow_id>}: forgets the saved result, so the next incremental run starts over. */
@Command(name = "reset",
        description = "Forget a workflow's saved state: its next incremental run reads everything again.")
final class StateResetCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "<workflow_id>", description = "The workflow_id of the runs.")
    String workflowId;

    @Mixin
    StateOptions state;

    StateResetCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        StateStore store = state.open(context);
        // Under the workflow's lock: a run in progress would save its result right after the reset.
        WorkflowLock lock;
        try {
            lock = store.lock(workflowId);
        } catch (WorkflowLockedException e) {
            throw new CliException(ExitCodes.FATAL, "workflow '" + workflowId + "' is running; reset it once the "
                    + "run is over (" + e.getMessage() + ")");
        }
        try {
            if (!store.reset(workflowId)) {
                throw StateCommand.notFound(store, workflowId);
            }
        } finally {
            lock.close();
        }
        context.out().println("reset workflow '" + workflowId + "': its next incremental run starts from the "
                + "beginning");
        return ExitCodes.OK;
    }
}
