package ai.hrflow.connectors.docs;

import ai.hrflow.connectors.docs.ExampleValues.Group;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.FlowAction;
import ai.hrflow.connectors.api.model.LegacyAction;
import ai.hrflow.connectors.api.model.StandardParameters;
import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterDocs;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.spi.WriteOperation;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One action's markdown doc. Everything from the title to the required legend is the reference's layout,
 * table for table (seeds 000–004 are the contract, checked byte for byte by the tests); after it come our
 * own sections: {@code ## Run options} (our additions), then {@code ## Example} in Java and YAML instead
 * of Python.
 */
final class ActionDocs {
    static final String RUN_OPTIONS_HEADING = "## Run options";
    static final String EXAMPLE_HEADING = "## Example";

    private ActionDocs() {
    }

    static String render(Connector connector, Action action, Path docsRoot, Path moduleRoot) {
        String where = connector.name() + " " + action.name();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(DocNames.title(action.name())).append('\n');
        out.append('`').append(action.originName()).append("` :arrow_right: `").append(action.targetName())
                .append("`\n\n");
        // Three blank lines: the reference leaves them where its (here empty) endpoint tables would go.
        out.append(action.description()).append("\n\n\n\n");
        if (action instanceof LegacyAction legacy) {
            checkSecrets(where, legacy.originParameters(), legacy.targetParameters());
            out.append(String.join("\n", legacyTables(legacy, docsRoot, moduleRoot, where)));
            out.append('\n').append(ParameterTable.LEGEND).append('\n');
            out.append(runOptions(legacy.target(), ParameterDocs::v1Type)).append('\n');
            out.append(legacyExample(connector, legacy));
        } else if (action instanceof FlowAction flow) {
            checkSecrets(where, flow.connectorAuth(), flow.hrflowAuth(), flow.pullParameters(),
                    flow.pushParameters());
            out.append(String.join("\n", flowTables(flow)));
            out.append('\n').append(ParameterTable.LEGEND).append('\n');
            out.append(runOptions(flow.target(), ParameterDocs::v2Type)).append('\n');
            out.append(flowExample(connector, flow));
        }
        return out.toString();
    }

    private static List<String> legacyTables(LegacyAction action, Path docsRoot, Path moduleRoot, String where) {
        List<TableRow> actionRows = new ArrayList<>();
        for (TableRow row : ParameterTable.v1Rows(StandardParameters.LEGACY_ACTION)) {
            // The format's default is the action's own, linked to its declaration as the reference does.
            actionRows.add(row.name().equals("format")
                    ? new TableRow(row.name(), row.required(), row.type(),
                            FormatLink.cell(action.defaultFormat(), docsRoot, moduleRoot, where), row.description())
                    : row);
        }
        return List.of(
                ParameterTable.section("Action Parameters", actionRows),
                ParameterTable.section("Source Parameters", ParameterTable.v1Rows(action.originParameters())),
                ParameterTable.section("Destination Parameters",
                        ParameterTable.v1Rows(action.targetParameters())));
    }

    private static List<String> flowTables(FlowAction action) {
        return List.of(
                ParameterTable.section(action.connectorName() + " Auth Parameters",
                        ParameterTable.v2Rows(action.connectorAuth())),
                ParameterTable.section("HrFlow.ai Auth Parameters", ParameterTable.v2Rows(action.hrflowAuth())),
                ParameterTable.section("Pull Parameters (" + action.originName() + ")",
                        ParameterTable.v2Rows(action.pullParameters())),
                ParameterTable.section("Push Parameters (" + action.targetName() + ")",
                        ParameterTable.v2Rows(action.pushParameters())),
                ParameterTable.section("Other Parameters", ParameterTable.v2Rows(StandardParameters.FLOW_OTHER)));
    }

    /** Our run options, with the defaults this action's target declares rather than a bare {@code None}. */
    static String runOptions(WriteOperation target, Function<Parameter, String> typeCell) {
        List<TableRow> rows = new ArrayList<>();
        for (Parameter p : ParameterTable.visible(StandardParameters.RUN_OPTIONS)) {
            String defaultCell = switch (p.name()) {
                case "batch_size" -> String.valueOf(target.batchSize());
                case "write_concurrency" -> String.valueOf(target.concurrency());
                case "park_after" -> "3";
                default -> ParameterDocs.v2Default(p);
            };
            rows.add(new TableRow(p.name(), ParameterDocs.shownRequired(p), ParameterTable.escape(typeCell.apply(p)),
                    defaultCell, p.description()));
        }
        String section = ParameterTable.section("Run options", rows);
        int tableStart = section.indexOf(ParameterTable.HEADER);
        return section.substring(0, tableStart)
                + "Not in the reference: how this implementation batches writes and when it parks an item that "
                + "keeps failing. Set them with `ActionRequest.Builder.batchSize(...)`, `.writeConcurrency(...)` "
                + "and `.parkAfter(...)`, or as top-level `batch_size`, `write_concurrency` and `park_after` keys "
                + "of the configuration file.\n\n"
                + section.substring(tableStart);
    }

    private static String legacyExample(Connector connector, LegacyAction action) {
        boolean outbound = action.direction() == Direction.OUTBOUND;
        String connectorPrefix = ExampleValues.connectorPrefix(connector.subtype());
        String originPrefix = outbound ? ExampleValues.HRFLOW_PREFIX : connectorPrefix;
        String targetPrefix = outbound ? connectorPrefix : ExampleValues.HRFLOW_PREFIX;
        Group actionParameters = ExampleValues.group("action_parameters", null,
                StandardParameters.LEGACY_ACTION, ExampleValues.HRFLOW_PREFIX);
        List<Group> sides = List.of(
                ExampleValues.group("origin_parameters", "originParameters", action.originParameters(),
                        originPrefix),
                ExampleValues.group("target_parameters", "targetParameters", action.targetParameters(),
                        targetPrefix));
        List<Group> yamlGroups = new ArrayList<>();
        yamlGroups.add(actionParameters);
        yamlGroups.addAll(sides);
        String java = JavaExample.render(connector.subtype(), action.name(), sides,
                List.of(".incremental(false) // read_mode: sync"));
        String yaml = YamlExample.render(connector.subtype(), action.name(), yamlGroups, Map.of());
        return example(connector, action, java, yaml, yamlGroups);
    }

    private static String flowExample(Connector connector, FlowAction action) {
        boolean inbound = action.direction() == Direction.INBOUND;
        String connectorPrefix = ExampleValues.connectorPrefix(connector.subtype());
        String hrflow = ExampleValues.HRFLOW_PREFIX;
        List<Group> groups = List.of(
                ExampleValues.group("connector_auth", "connectorAuth", action.connectorAuth(), connectorPrefix),
                ExampleValues.group("hrflow_auth", "hrflowAuth", action.hrflowAuth(), hrflow),
                ExampleValues.group("pull_parameters", "pullParameters", action.pullParameters(),
                        inbound ? connectorPrefix : hrflow),
                ExampleValues.group("push_parameters", "pushParameters", action.pushParameters(),
                        inbound ? hrflow : connectorPrefix));
        Map<String, JsonNode> topLevel = new LinkedHashMap<>();
        for (String key : List.of("persist", "incremental")) {
            topLevel.put(key, StandardParameters.FLOW_OTHER.parameter(key).orElseThrow().defaultValue());
        }
        List<String> options = new ArrayList<>();
        topLevel.forEach((key, value) -> options.add("." + key + "(" + value.asText() + ")"));
        String java = JavaExample.render(connector.subtype(), action.name(), groups, options);
        String yaml = YamlExample.render(connector.subtype(), action.name(), groups, topLevel);
        return example(connector, action, java, yaml, groups);
    }

    private static String example(Connector connector, Action action, String java, String yaml,
            List<Group> groups) {
        StringBuilder out = new StringBuilder(EXAMPLE_HEADING).append("\n\nIn Java:\n\n").append(java);
        out.append("\nWith the command line, `hrflow-connectors run ").append(connector.subtype()).append(' ')
                .append(action.name()).append(" --config config.yaml`, where `config.yaml` is:\n\n").append(yaml);
        Set<String> envVars = new LinkedHashSet<>();
        groups.forEach(g -> g.values().stream().filter(v -> v.envVar() != null).forEach(v -> envVars.add(v.envVar())));
        if (!envVars.isEmpty()) {
            out.append("\nSecrets come from environment variables (")
                    .append(String.join(", ", envVars.stream().map(v -> "`" + v + "`").toList()))
                    .append("): the command replaces each `${NAME}` with its value, so they never have to be "
                            + "written in a file.\n");
        }
        return out.toString();
    }

    /** A secret's default would be published in the docs and the manifest: refuse to generate. */
    static void checkSecrets(String where, ParameterSet... sets) {
        for (ParameterSet set : sets) {
            for (Parameter p : set.parameters()) {
                if (p.isSecret() && p.defaultValue() != null && !p.defaultValue().isNull()) {
                    throw new DocsException(where + ": the secret parameter '" + p.name() + "' of " + set.name()
                            + " has a default value, which the docs and the manifest would publish; remove it");
                }
            }
        }
    }
}
