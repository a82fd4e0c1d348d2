package ai.hrflow.connectors.docs;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.params.ParamType;
import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterSet;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The example value of each parameter, shared by the Java and the YAML example so both show the same run.
 * Rules follow the reference's v1 examples (default, else first allowed value, else {@code your_<name>} or a
 * zero value), with one change: a secret is never a literal but a reference to an environment variable,
 * so that copying an example never leads to a secret in a file.
 */
final class ExampleValues {
    /** Environment variable prefix of the HrFlow side's secrets ({@code HRFLOW_API_SECRET}). */
    static final String HRFLOW_PREFIX = "HRFLOW";

    private ExampleValues() {
    }

    /**
     * One parameter's example.
     *
     * @param value the literal to show; null when {@code envVar} is set
     * @param envVar the environment variable holding a secret; null for non-secrets
     * @param optional not required and without default: shown commented out, not set
     */
    record Value(String name, JsonNode value, String envVar, boolean optional) {
    }

    /**
     * One group of parameters of the request.
     *
     * @param yamlKey the config file key, e.g. {@code connector_auth}
     * @param javaMethod the {@code ActionRequest.Builder} method, e.g. {@code connectorAuth}
     */
    record Group(String yamlKey, String javaMethod, List<Value> values) {
        List<Value> set() {
            return values.stream().filter(v -> !v.optional()).toList();
        }

        List<Value> optional() {
            return values.stream().filter(Value::optional).toList();
        }
    }

    static Group group(String yamlKey, String javaMethod, ParameterSet set, String envPrefix) {
        List<Value> values = new ArrayList<>();
        for (Parameter p : ParameterTable.visible(set)) {
            // Functions are Java code: the examples set them with the builder, never in a config file.
            if (p.type() != ParamType.FUNCTION) {
                values.add(of(p, envPrefix));
            }
        }
        return new Group(yamlKey, javaMethod, List.copyOf(values));
    }

    static Value of(Parameter p, String envPrefix) {
        boolean hasDefault = p.defaultValue() != null && !p.defaultValue().isNull();
        boolean optional = !p.isRequired() && !hasDefault;
        if (p.isSecret()) {
            return new Value(p.name(), null, envVar(envPrefix, p.name()), optional);
        }
        JsonNode value = hasDefault ? p.defaultValue() : placeholder(p);
        return new Value(p.name(), value, null, optional);
    }

    private static JsonNode placeholder(Parameter p) {
        if (!p.allowedValues().isEmpty()) {
            return TextNode.valueOf(p.allowedValues().get(0));
        }
        return switch (p.type()) {
            case STRING -> TextNode.valueOf("your_" + p.name());
            case INTEGER -> IntNode.valueOf(0);
            case NUMBER -> DoubleNode.valueOf(0.0);
            case BOOLEAN -> Json.MAPPER.getNodeFactory().booleanNode(false);
            case OBJECT -> Json.object();
            default -> Json.array();
        };
    }

    /** {@code ZOHORECRUIT} + {@code client_secret} → {@code ZOHORECRUIT_CLIENT_SECRET}. */
    static String envVar(String prefix, String parameterName) {
        String name = prefix + "_" + parameterName;
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** A connector's secrets are prefixed with its subtype, as its CLI and CI settings are. */
    static String connectorPrefix(String subtype) {
        return subtype.toUpperCase(Locale.ROOT);
    }

    static boolean anySecret(List<Group> groups) {
        return groups.stream().flatMap(g -> g.values().stream()).anyMatch(v -> v.envVar() != null);
    }
}
