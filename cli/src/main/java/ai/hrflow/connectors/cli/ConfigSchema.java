package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.params.Parameter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of a whole run configuration of one action, for editors that validate YAML
 * (e.g. a {@code # yaml-language-server: $schema=...} comment): every group the action takes, with the
 * parameters of each, unknown keys refused. A value of any type may also be an environment reference
 * ({@code ${NAME}} or {@code ${NAME:-default}}), which the schema accepts wherever a non-string is declared.
 */
final class ConfigSchema {
    static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    private static final String ENV_REFERENCE = "^\\$\\{[A-Za-z_][A-Za-z0-9_]*(:-[^}]*)?\\}$";

    private ConfigSchema() {
    }

    static ObjectNode of(String connectorSubtype, Action action) {
        ObjectNode schema = Json.object();
        schema.put("$schema", DRAFT);
        schema.put("title", connectorSubtype + " " + action.name() + " run configuration");
        schema.put("description", PlainText.line(action.description()));
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        for (ParameterGroups.Group group : ParameterGroups.of(action)) {
            ObjectNode groupSchema = group.parameters().jsonSchema();
            acceptEnvReferences(groupSchema);
            if (group.key() == null) {
                groupSchema.path("properties").fields().forEachRemaining(e -> properties.set(e.getKey(), e.getValue()));
                groupSchema.path("required").forEach(required::add);
            } else {
                groupSchema.put("title", group.key());
                groupSchema.put("description", group.title());
                properties.set(group.key(), groupSchema);
                if (group.parameters().parameters().stream().anyMatch(Parameter::isRequired)) {
                    required.add(group.key());
                }
            }
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    /** Wraps every non-string property as {@code anyOf: [declared, ${VAR}]}; strings take references as they are. */
    private static void acceptEnvReferences(ObjectNode setSchema) {
        JsonNode properties = setSchema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            ObjectNode declared = (ObjectNode) e.getValue();
            if ("string".equals(declared.path("type").asText(null)) && !declared.has("enum")) {
                continue;
            }
            ObjectNode wrapped = Json.object();
            for (String annotation : new String[] {"title", "description", "default", "writeOnly"}) {
                if (declared.has(annotation)) {
                    wrapped.set(annotation, declared.get(annotation));
                }
            }
            ArrayNode anyOf = wrapped.putArray("anyOf");
            anyOf.add(declared);
            anyOf.addObject().put("type", "string").put("pattern", ENV_REFERENCE);
            ((ObjectNode) properties).set(e.getKey(), wrapped);
        }
    }
}
