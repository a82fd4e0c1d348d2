package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.state.StateStore;
import ai.hrflow.connectors.runtime.state.StateStoreException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code state show <workflow_id>}: the saved run result as JSON; exit 3 when there is none. */
@Command(name = "show",
        description = "Print the last saved run result of a workflow as JSON (with its incremental token).")
final class StateShowCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "<workflow_id>", description = "The workflow_id of the runs.")
    String workflowId;

    @Mixin
    StateOptions state;

    StateShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        StateStore store = state.open(context);
        RunResult result;
        try {
            result = store.lastRun(workflowId).orElseThrow(() -> StateCommand.notFound(store, workflowId));
        } catch (StateStoreException e) {
            throw new CliException(ExitCodes.FATAL, e.getMessage());
        }
        context.out().println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        String status = result.status() == ai.hrflow.connectors.runtime.Status.RUNNING
                ? "running or interrupted (checkpoint of a run started at " + result.startedAt()
                        + "; if no run holds the workflow, the next run resumes from it)"
                : result.status().value();
        context.err().println("workflow '" + workflowId + "': last run " + status
                + (result.finishedAt() == null ? "" : " at " + result.finishedAt())
                + ", incremental token: " + (result.incrementalToken() == null ? "none" : result.incrementalToken()));
        return ExitCodes.OK;
    }
}
