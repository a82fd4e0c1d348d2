package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.state.StateStore;
import ai.hrflow.connectors.runtime.state.StateStoreException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code state list}: one line per workflow with saved state. */
@Command(name = "list",
        description = "List the workflows with saved state: last status, when, incremental token.")
final class StateListCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    StateOptions state;

    @Option(names = "--json", description = "Print a JSON array: workflow_id, status, reason, finished_at, "
            + "incremental_token, events (for scripts).")
    boolean json;

    StateListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        StateStore store = state.open(context);
        List<String> ids = StateCommand.workflowIds(store);
        if (json) {
            printJson(store, ids);
            return ExitCodes.OK;
        }
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

    private void printJson(StateStore store, List<String> ids) throws JsonProcessingException {
        ArrayNode out = Json.array();
        for (String id : ids) {
            ObjectNode entry = out.addObject().put("workflow_id", id);
            try {
                Optional<RunResult> last = store.lastRun(id);
                if (last.isPresent()) {
                    RunResult r = last.get();
                    entry.put("status", r.status().value()).put("reason", r.reason().value())
                            .put("finished_at", String.valueOf(r.finishedAt()))
                            .put("incremental_token", r.incrementalToken());
                    entry.set("events", Json.MAPPER.valueToTree(r.events()));
                } else {
                    entry.putNull("status");
                }
            } catch (StateStoreException e) {
                entry.put("status", "unreadable").put("error", e.getMessage());
            }
        }
        context.out().println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(out));
    }
}
