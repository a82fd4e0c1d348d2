package ai.hrflow.connectors.docs;

import ai.hrflow.connectors.docs.ExampleValues.Group;
import ai.hrflow.connectors.docs.ExampleValues.Value;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Java example of an action doc: a complete class (the reference's Python snippet did not even parse),
 * which the docs tests compile. Secrets are read from environment variables by a small {@code env} method
 * that names the missing variable, because {@code Map.of} would otherwise fail on a null without saying which.
 */
final class JavaExample {
    private static final String INDENT = "        ";
    private static final String CONTINUATION = INDENT + "        ";
    private static final String ENTRY = CONTINUATION + "        ";
    /** {@code Map.of} takes at most ten pairs; above that the example switches to {@code Map.ofEntries}. */
    private static final int MAP_OF_LIMIT = 10;

    private JavaExample() {
    }

    /**
     * @param options builder calls after the parameter groups, e.g. {@code .incremental(false)}
     */
    static String render(String subtype, String actionName, List<Group> groups, List<String> options) {
        String className = DocNames.javaClassName(actionName) + "Example";
        List<String> body = new ArrayList<>();
        body.add(INDENT + "Action action = Connectors.discover().find(" + literal(subtype) + ").orElseThrow()");
        body.add(CONTINUATION + ".action(" + literal(actionName) + ").orElseThrow();");
        body.add(INDENT + "ActionRequest request = ActionRequest.builder(\"some_string_identifier\")");
        for (Group group : groups) {
            if (!group.optional().isEmpty()) {
                body.add(CONTINUATION + "// optional in " + group.yamlKey() + ": "
                        + String.join(", ", group.optional().stream().map(Value::name).toList()));
            }
            body.add(CONTINUATION + "." + group.javaMethod() + "(" + map(group.set(), ENTRY) + ")");
        }
        options.forEach(o -> body.add(CONTINUATION + o));
        body.add(CONTINUATION + ".build();");
        body.add(INDENT + "// state and failures files under ~/.hrflow-connectors, as the CLI keeps them");
        body.add(INDENT + "RunResult result = RunEnvironments.fromSystem().run(action, request);");
        body.add(INDENT + "System.out.println(result.status() + \" \" + result.reason());");

        String text = String.join("\n", body);
        StringBuilder out = new StringBuilder("```java\n");
        out.append("import ai.hrflow.connectors.api.model.Action;\n")
                .append("import ai.hrflow.connectors.api.model.ActionRequest;\n")
                .append("import ai.hrflow.connectors.api.model.Connectors;\n")
                .append("import ai.hrflow.connectors.runtime.RunEnvironments;\n")
                .append("import ai.hrflow.connectors.runtime.RunResult;\n");
        if (text.contains("List.of(")) {
            out.append("import java.util.List;\n");
        }
        out.append("import java.util.Map;\n\n");
        out.append("public class ").append(className).append(" {\n");
        out.append("    public static void main(String[] args) {\n").append(text).append("\n    }\n");
        if (ExampleValues.anySecret(groups)) {
            out.append("\n    /** Secrets come from the environment, never from source code. */\n")
                    .append("    private static String env(String name) {\n")
                    .append("        String value = System.getenv(name);\n")
                    .append("        if (value == null) {\n")
                    .append("            throw new IllegalStateException(\"set the environment variable \" + name);\n")
                    .append("        }\n")
                    .append("        return value;\n")
                    .append("    }\n");
        }
        return out.append("}\n```\n").toString();
    }

    private static String map(List<Value> values, String indent) {
        if (values.isEmpty()) {
            return "Map.of()";
        }
        boolean entries = values.size() > MAP_OF_LIMIT;
        List<String> lines = new ArrayList<>();
        for (Value v : values) {
            String value = v.envVar() != null ? "env(" + literal(v.envVar()) + ")" : literal(v.value());
            lines.add(indent + (entries
                    ? "Map.entry(" + literal(v.name()) + ", " + value + ")"
                    : literal(v.name()) + ", " + value));
        }
        return (entries ? "Map.ofEntries(\n" : "Map.of(\n") + String.join(",\n", lines) + ")";
    }

    static String literal(JsonNode node) {
        if (node.isTextual()) {
            return literal(node.textValue());
        }
        if (node.isBoolean() || node.isInt() || node.isDouble() || node.isFloat()) {
            return node.asText();
        }
        if (node.isIntegralNumber()) {
            return node.asText() + "L";
        }
        if (node.isNumber()) {
            return node.decimalValue().toPlainString();
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(literal(item)));
            return "List.of(" + String.join(", ", items) + ")";
        }
        if (node.isObject()) {
            List<String> pairs = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                pairs.add("Map.entry(" + literal(e.getKey()) + ", " + literal(e.getValue()) + ")");
            }
            return "Map.ofEntries(" + String.join(", ", pairs) + ")";
        }
        return "null";
    }

    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
