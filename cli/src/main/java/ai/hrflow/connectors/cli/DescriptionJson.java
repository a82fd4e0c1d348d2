package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.LegacyAction;
import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterDocs;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code describe --json}: what the text form shows, as JSON for scripts. Never a secret's value. */
final class DescriptionJson {
    private DescriptionJson() {
    }

    static ObjectNode of(Connector connector) {
        ObjectNode out = Json.object().put("name", connector.name()).put("subtype", connector.subtype())
                .put("type", connector.type().value()).put("description", PlainText.line(connector.description()))
                .put("url", connector.url());
        ArrayNode actions = out.putArray("actions");
        connector.actions().forEach(a -> actions.addObject().put("name", a.name())
                .put("description", PlainText.line(a.description())));
        return out;
    }

    static ObjectNode of(Connector connector, Action action) {
        ObjectNode out = Json.object().put("connector", connector.subtype()).put("action", action.name())
                .put("description", PlainText.line(action.description()))
                .put("origin", action.originName()).put("target", action.targetName())
                .put("data_type", action.entity().value()).put("mode", action.mode().value())
                .put("direction", action.direction().value())
                .put("generation", action instanceof LegacyAction ? "v1" : "v2")
                .put("supports_incremental", action.supportsIncremental());
        if (action instanceof LegacyAction legacy) {
            out.put("trigger", legacy.trigger().value());
        }
        ArrayNode groups = out.putArray("groups");
        for (ParameterGroups.Group group : ParameterGroups.of(action)) {
            ObjectNode g = groups.addObject();
            if (group.key() == null) {
                g.putNull("key");
            } else {
                g.put("key", group.key());
            }
            g.put("title", group.title());
            ArrayNode parameters = g.putArray("parameters");
            for (Parameter p : group.parameters().parameters()) {
                if (ParameterDocs.hidden(p)) {
                    continue;
                }
                String defaultValue = DescribeCommand.defaultValue(p, group);
                ObjectNode entry = parameters.addObject().put("name", p.name()).put("type", DescribeCommand.type(p))
                        .put("required", p.isRequired()).put("secret", p.isSecret())
                        .put("description", PlainText.line(p.description()));
                if ("-".equals(defaultValue)) {
                    entry.putNull("default");
                } else {
                    entry.put("default", defaultValue);
                }
            }
        }
        return out;
    }
}
