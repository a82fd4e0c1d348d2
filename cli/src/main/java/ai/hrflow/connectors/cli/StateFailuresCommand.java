package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.runtime.state.ParkedItem;
import ai.hrflow.connectors.runtime.state.ParkingLot;
import ai.hrflow.connectors.runtime.state.StateStore;
import ai.hrflow.connectors.runtime.state.StateStoreException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code state failures <workflow_id>}: the workflow's parked items, one row each (or {@code --json} with the
 * items themselves). Exit 0 when none is parked, 1 when some are (a scheduler can alert on it), 2 when the store
 * cannot be read.
 */
@Command(name = "failures",
        description = {"List the parked items of a workflow: items that failed in several consecutive runs and were "
                + "set aside so the incremental position could move on. Send them again with 'run ... "
                + "--replay-parked'. Exit codes: 0 nothing parked, 1 items are parked, 2 the state store cannot be "
                + "read, 64 bad usage."})
final class StateFailuresCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "<workflow_id>", description = "The workflow whose parked items to list.")
    String workflowId;

    @Option(names = "--json", description = "Print the parked items as JSON, each with the item as read.")
    boolean json;

    @Mixin
    StateOptions state;

    StateFailuresCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        StateStore store = state.open(context);
        ParkingLot lot;
        try {
            lot = store.parking(workflowId);
        } catch (StateStoreException e) {
            throw new CliException(ExitCodes.FATAL, e.getMessage());
        }
        if (json) {
            JsonNode list = Redactor.redact(Json.MAPPER.valueToTree(lot.parked()));
            context.out().println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(list));
        } else if (!lot.parked().isEmpty()) {
            TextTable table = new TextTable("").row("KEY", "ATTEMPTS", "STAGE", "FIRST_FAILED_AT", "LAST_FAILED_AT",
                    "TOKEN", "REASON");
            for (ParkedItem p : lot.parked()) {
                table.row(p.key().substring(0, Math.min(12, p.key().length())), String.valueOf(p.attempts()),
                        p.stage(), String.valueOf(p.firstFailedAt()), String.valueOf(p.lastFailedAt()),
                        p.token() == null ? "-" : p.token(), Redactor.redact(p.reason()));
            }
            table.print(context.out());
        }
        context.err().println("workflow '" + workflowId + "': " + lot.parked().size() + " parked item(s)"
                + (lot.parked().isEmpty() ? "" : "; send them again with: " + HrFlowConnectorsCli.NAME
                        + " run <connector> <action> -c <config> --replay-parked"));
        return lot.parked().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURES;
    }
}
