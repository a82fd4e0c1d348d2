package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.LegacyAction;
import ai.hrflow.connectors.api.params.ParamType;
import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterDocs;
import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code describe <connector> [<action>]}: a connector and its actions, or one action's parameters as tables
 * (name, type, required, default, description). Secret parameters are flagged; no value is ever shown.
 * {@code --json} prints the same as JSON; {@code --schema} the JSON Schema of the action's whole configuration.
 */
@Command(name = "describe",
        description = "Describe a connector, or one of its actions and every parameter its configuration takes.")
final class DescribeCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "<connector>", description = "Connector subtype or name, e.g. zohorecruit.")
    String connectorName;

    @Parameters(index = "1", arity = "0..1", paramLabel = "<action>", description = "Action name.")
    String actionName;

    @Option(names = "--json", description = "Print the description as JSON (for scripts).")
    boolean json;

    @Option(names = "--schema", description = "Print the JSON Schema of the action's whole configuration file, "
            + "for editors that validate YAML.")
    boolean schema;

    DescribeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        Connector connector = ActionLookup.connector(context, connectorName);
        if (schema) {
            if (actionName == null) {
                throw CliException.usage("--schema describes one action's configuration: name the action");
            }
            print(ConfigSchema.of(connector.subtype(), ActionLookup.action(connector, actionName)));
        } else if (json) {
            print(actionName == null ? DescriptionJson.of(connector)
                    : DescriptionJson.of(connector, ActionLookup.action(connector, actionName)));
        } else if (actionName == null) {
            describe(connector);
        } else {
            describe(connector, ActionLookup.action(connector, actionName));
        }
        return ExitCodes.OK;
    }

    private void print(JsonNode node) throws JsonProcessingException {
        context.out().println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node));
    }

    private void describe(Connector connector) {
        PrintStream out = context.out();
        out.println(connector.name() + " (" + connector.subtype() + ", " + connector.type().value() + ")");
        if (!connector.description().isBlank()) {
            out.println(PlainText.line(connector.description()));
        }
        if (!connector.url().isBlank()) {
            out.println(connector.url());
        }
        out.println();
        out.println("Actions:");
        TextTable table = new TextTable("  ");
        connector.actions().forEach(a -> table.row(a.name(), PlainText.line(a.description())));
        table.print(out);
        out.println();
        out.println("Run '" + HrFlowConnectorsCli.NAME + " describe " + connector.subtype()
                + " <action>' for the parameters of an action.");
    }

    private void describe(Connector connector, Action action) {
        PrintStream out = context.out();
        out.println(connector.subtype() + " " + action.name() + ": " + PlainText.line(action.description()));
        out.println("  " + action.originName() + " -> " + action.targetName() + ", " + action.entity().value()
                + "s, mode " + action.mode().value() + ", " + action.direction().value()
                + (action instanceof LegacyAction legacy ? ", v1 (" + legacy.trigger().value() + ")" : ", v2")
                + ", incremental " + (action.supportsIncremental() ? "supported" : "not supported"));
        for (ParameterGroups.Group group : ParameterGroups.of(action)) {
            out.println();
            out.println(group.key() == null ? "Top-level keys (" + group.title() + "):"
                    : group.key() + " (" + group.title() + "):");
            TextTable table = new TextTable("  ").row("NAME", "TYPE", "REQUIRED", "DEFAULT", "DESCRIPTION");
            group.parameters().parameters().stream().filter(p -> !ParameterDocs.hidden(p))
                    .forEach(p -> table.row(p.name(), type(p), p.isRequired() ? "yes" : "no", defaultValue(p, group),
                            PlainText.line(p.description())));
            table.print(out);
        }
        out.println();
        out.println("Secret values can come from the environment: write \"${VARIABLE}\" in the configuration file.");
        out.println("logics and format can be JSLT expressions instead of classes: format: {base: default|none, "
                + "jslt: '...'} or {jslt_file: path}; logics: [{jslt: 'boolean(.info.email)'}].");
    }

    static String type(Parameter p) {
        String base;
        if (!p.allowedValues().isEmpty()) {
            base = "one of " + String.join("|", p.allowedValues());
        } else if (p.name().equals("logics") && p.type() == ParamType.LIST) {
            base = "list of class names or {jslt: ...}";
        } else {
            base = switch (p.type()) {
                case STRING_LIST -> "list of strings";
                case INTEGER_LIST -> "list of integers";
                case LIST -> "list";
                case OBJECT -> "mapping";
                case FUNCTION -> p.name().equals("format") ? "class name or {jslt: ...}" : "class name";
                default -> p.type().jsonType();
            };
        }
        return p.isSecret() ? base + " (secret)" : base;
    }

    static String defaultValue(Parameter p, ParameterGroups.Group group) {
        if (p.name().equals("format") && group.defaultFormat() != null) {
            String name = group.defaultFormat().name();
            return name == null ? "(the action's)" : name;
        }
        JsonNode value = p.defaultValue();
        if (value == null || value.isNull()) {
            return "-";
        }
        if (p.isSecret()) {
            return ai.hrflow.connectors.api.params.Parameters.MASK;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
