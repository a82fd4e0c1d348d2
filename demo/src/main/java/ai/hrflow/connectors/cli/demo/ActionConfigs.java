package ai.hrflow.connectors.cli.demo;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.FlowAction;
import ai.hrflow.connectors.api.model.LegacyAction;
import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterSet;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The configuration of any action against the emulated world, built from the action's declared parameters:
 * each parameter the emulators have a value for gets it (credentials, source, board, the profile to push), a
 * required one they do not gets a harmless placeholder of its type, and the rest keep their defaults. So every
 * action of every connector has a file that passes validation, whatever parameters connectors add.
 */
final class ActionConfigs {
    /** Given only where required: when optional they narrow a read to one object. */
    private static final Set<String> ONLY_WHEN_REQUIRED = Set.of("profile_key", "job_key");

    private final Map<String, Object> hrflow = new HashMap<>();
    private final Map<String, Map<String, Object>> connectors = new HashMap<>();
    /** JobAdder's jobs go to a board of their own, so the demo can count them. */
    private final String jobadderBoardKey;

    ActionConfigs(EmulatorStack stack, String pushProfileKey, Path jsonlDirectory) {
        hrflow.putAll(stack.hrflowProfileOrigin(pushProfileKey));
        hrflow.put("board_key", stack.boardKey());
        connectors.put("zohorecruit", stack.zohoAuth());
        connectors.put("jobadder", stack.jobadderTarget(false));
        connectors.put("recruitee", stack.recruiteeTarget());
        connectors.put("jsonl", Map.of("path", jsonlDirectory.toString()));
        jobadderBoardKey = stack.jobadderBoardKey();
    }

    /** The action's configuration; {@code jsonlFile} is the file a JSON Lines side reads or writes. */
    ObjectNode config(Connector connector, Action action, String workflowId, Path jsonlFile) {
        Map<String, Object> side = new HashMap<>(connectors.getOrDefault(connector.subtype(), Map.of()));
        if (side.containsKey("path")) {
            side.put("path", jsonlFile.toString());
        }
        Map<String, Object> hrflow = this.hrflow;
        if (connector.subtype().equals("jobadder") && action.entity() == Entity.JOB) {
            hrflow = new HashMap<>(hrflow);
            hrflow.put("board_key", jobadderBoardKey);
        }
        ObjectNode config = Json.object().put("workflow_id", workflowId);
        if (action instanceof FlowAction flow) {
            boolean inbound = flow.direction() == Direction.INBOUND;
            group(config, "connector_auth", flow.connectorAuth(), side);
            group(config, "hrflow_auth", flow.hrflowAuth(), hrflow);
            group(config, "pull_parameters", flow.pullParameters(), inbound ? side : hrflow);
            group(config, "push_parameters", flow.pushParameters(), inbound ? hrflow : side);
        } else if (action instanceof LegacyAction legacy) {
            boolean outbound = legacy.direction() == Direction.OUTBOUND;
            group(config, "origin_parameters", legacy.originParameters(), outbound ? hrflow : side);
            group(config, "target_parameters", legacy.targetParameters(), outbound ? side : hrflow);
        }
        return config;
    }

    private static void group(ObjectNode config, String key, ParameterSet set, Map<String, Object> known) {
        if (set == null || set.parameters().isEmpty()) {
            return;
        }
        ObjectNode values = config.putObject(key);
        for (Parameter p : set.parameters()) {
            Object value = known.get(p.name());
            boolean usable = value != null && (p.allowedValues().isEmpty()
                    || p.allowedValues().contains(String.valueOf(value)))
                    && (p.isRequired() || !ONLY_WHEN_REQUIRED.contains(p.name()));
            if (usable) {
                values.set(p.name(), Json.MAPPER.valueToTree(value));
            } else if (p.isRequired() && (p.defaultValue() == null || p.defaultValue().isNull())) {
                values.set(p.name(), placeholder(p));
            }
        }
    }

    private static JsonNode placeholder(Parameter p) {
        if (!p.allowedValues().isEmpty()) {
            return Json.MAPPER.getNodeFactory().textNode(p.allowedValues().get(0));
        }
        return switch (p.type()) {
            case INTEGER, NUMBER -> Json.MAPPER.getNodeFactory().numberNode(1);
            case BOOLEAN -> Json.MAPPER.getNodeFactory().booleanNode(false);
            case STRING_LIST, INTEGER_LIST, LIST -> Json.array();
            case OBJECT -> Json.object();
            default -> Json.MAPPER.getNodeFactory().textNode("change-me");
        };
    }
}
