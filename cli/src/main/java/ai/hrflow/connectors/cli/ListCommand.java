package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.FlowAction;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code list}: the connectors and their actions, one line each. */
@Command(name = "list",
        description = "List the connectors and their actions, one line each.")
final class ListCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    ListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        List<Connector> connectors = context.connectors().all();
        if (json) {
            context.out().println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(asJson(connectors)));
            return ExitCodes.OK;
        }
        if (connectors.isEmpty()) {
            context.err().println(HrFlowConnectorsCli.NAME + ": no connector found on the class path");
            return ExitCodes.OK;
        }
        TextTable table = new TextTable("");
        for (Connector connector : connectors) {
            table.row(connector.subtype(), connector.name() + " (" + connector.type().value() + ")"
                    + (connector.description().isBlank() ? "" : ": " + PlainText.line(connector.description())));
            for (Action action : connector.actions()) {
                table.row("  " + action.name(), PlainText.line(action.description()));
            }
        }
        table.print(context.out());
        return ExitCodes.OK;
    }

    private static ArrayNode asJson(List<Connector> connectors) {
        ArrayNode all = Json.array();
        for (Connector connector : connectors) {
            ObjectNode c = all.addObject().put("subtype", connector.subtype()).put("name", connector.name())
                    .put("type", connector.type().value()).put("description", connector.description())
                    .put("url", connector.url());
            ArrayNode actions = c.putArray("actions");
            for (Action action : connector.actions()) {
                actions.addObject().put("name", action.name()).put("description", action.description())
                        .put("generation", action instanceof FlowAction ? "v2" : "v1")
                        .put("origin", action.originName()).put("target", action.targetName())
                        .put("supports_incremental", action.supportsIncremental());
            }
        }
        return all;
    }
}
