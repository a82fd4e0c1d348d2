package ai.hrflow.connectors.docs;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.Aisle;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.FlowAction;
import ai.hrflow.connectors.api.model.LegacyAction;
import ai.hrflow.connectors.api.model.StandardParameters;
import ai.hrflow.connectors.api.model.Warehouse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code manifest.json}: every connector and its actions with the JSON Schemas of their parameters, the
 * machine-readable catalogue the reference publishes for the HrFlow platform (framework §5.2).
 *
 * <p>Left out on purpose: the Python workflow templates and their settings ({@code workflow},
 * {@code workflow_code*}), the format mappings ({@code jsonmap}) and the logo. The templates are Python code
 * the platform deploys and does not apply to this implementation; we ship no mappings or logos.
 * We add {@code description} and {@code url} per connector.
 *
 * <p>Deterministic: connectors sorted by subtype, actions in declaration order, keys in a fixed order,
 * 2-space indentation, {@code \n} line endings and a trailing newline.
 */
public final class ManifestGenerator {
    /** The manifest's {@code name}, as the reference's. */
    public static final String NAME = "HrFlow.ai Connectors";

    private static final ObjectWriter WRITER = Json.MAPPER.writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ManifestGenerator() {
    }

    /**
     * @throws DocsException when two connectors share a subtype or a secret parameter has a default
     */
    public static String render(List<Connector> connectors) {
        List<Connector> sorted = new ArrayList<>(connectors);
        sorted.sort(Comparator.comparing(Connector::subtype));
        Set<String> subtypes = new HashSet<>();
        ObjectNode root = Json.object();
        root.put("name", NAME);
        ArrayNode list = root.putArray("connectors");
        for (Connector connector : sorted) {
            if (!subtypes.add(connector.subtype())) {
                throw new DocsException("two connectors have the subtype '" + connector.subtype() + "'");
            }
            list.add(connector(connector));
        }
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the manifest", e);
        }
    }

    /** Writes the manifest if it differs from the file; returns whether it did. */
    public static boolean write(List<Connector> connectors, Path file) {
        String content = render(connectors);
        if (content.equals(DocsGenerator.readOrNull(file))) {
            return false;
        }
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return true;
    }

    private static ObjectNode connector(Connector connector) {
        ObjectNode out = Json.object();
        out.put("name", connector.name());
        out.put("type", connector.type().manifestValue());
        out.put("subtype", connector.subtype());
        out.put("description", connector.description());
        out.put("url", connector.url());
        ArrayNode actions = out.putArray("actions");
        for (Action action : connector.actions()) {
            if (action instanceof FlowAction flow) {
                actions.add(flowEntry(connector, flow));
            } else if (action instanceof LegacyAction legacy) {
                actions.add(legacyEntry(connector, legacy));
            }
        }
        return out;
    }

    private static ObjectNode flowEntry(Connector connector, FlowAction action) {
        ActionDocs.checkSecrets(connector.name() + " " + action.name(), action.connectorAuth(),
                action.hrflowAuth(), action.pullParameters(), action.pushParameters());
        ObjectNode out = Json.object();
        out.put("name", action.name());
        out.put("data_type", action.entity().value());
        out.put("direction", action.direction().value());
        out.put("mode", action.mode().value());
        out.set("connector_auth_parameters", action.connectorAuth().jsonSchema());
        out.set("hrflow_auth_parameters", action.hrflowAuth().jsonSchema());
        out.put("origin", action.originName());
        out.put("target", action.targetName());
        out.set("origin_data_schema", dataSchema(action.originAisle().orElse(null)));
        out.set("target_data_schema", dataSchema(action.targetAisle().orElse(null)));
        out.put("supports_incremental", action.supportsIncremental());
        out.set("pull_parameters", action.pullParameters().jsonSchema());
        out.set("push_parameters", action.pushParameters().jsonSchema());
        return out;
    }

    /**
     * A legacy action names its sides but has no aisle of its own: its data schemas are those of the
     * entity's aisles in the connector's warehouses (origin = HrFlow when outbound, the system when inbound).
     */
    private static ObjectNode legacyEntry(Connector connector, LegacyAction action) {
        ActionDocs.checkSecrets(connector.name() + " " + action.name(), action.originParameters(),
                action.targetParameters());
        boolean outbound = action.direction() == Direction.OUTBOUND;
        Warehouse origin = outbound ? connector.hrflow() : connector.warehouse();
        Warehouse target = outbound ? connector.warehouse() : connector.hrflow();
        ObjectNode out = Json.object();
        out.put("name", action.name());
        out.put("action_type", action.direction().value());
        out.set("action_parameters", StandardParameters.LEGACY_ACTION.jsonSchema());
        out.put("data_type", action.entity().value());
        out.put("trigger_type", action.trigger().value());
        out.put("origin", action.originName());
        out.set("origin_parameters", action.originParameters().jsonSchema());
        out.set("origin_data_schema", dataSchema(origin, action.entity()));
        out.put("supports_incremental", action.supportsIncremental());
        out.put("target", action.targetName());
        out.set("target_parameters", action.targetParameters().jsonSchema());
        out.set("target_data_schema", dataSchema(target, action.entity()));
        return out;
    }

    private static ObjectNode dataSchema(Warehouse warehouse, Entity entity) {
        return dataSchema(warehouse.aisle(entity).orElse(null));
    }

    /** An aisle without a declared schema is documented as "any object" ({@code {}}). */
    private static ObjectNode dataSchema(Aisle aisle) {
        return aisle == null || aisle.dataSchema() == null ? Json.object() : aisle.dataSchema().deepCopy();
    }
}
