package ai.hrflow.connectors.docs;

import ai.hrflow.connectors.docs.ExampleValues.Group;
import ai.hrflow.connectors.docs.ExampleValues.Value;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The configuration-file example of an action doc, for {@code hrflow-connectors run <subtype> <action>
 * --config FILE}, with the reference's keys. Secrets are {@code ${ENV_VAR}} references the command resolves,
 * so the file can be committed; optional parameters without default are shown commented out.
 */
final class YamlExample {
    /** Words YAML 1.1 readers turn into booleans or null: a string with such a value must be quoted. */
    private static final Pattern RESERVED =
            Pattern.compile("(?i)true|false|yes|no|on|off|y|n|null|~");
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+.]?[0-9].*");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private YamlExample() {
    }

    /**
     * @param topLevel scalar keys after the groups ({@code persist}, {@code incremental}), in order
     */
    static String render(String subtype, String actionName, List<Group> groups, Map<String, JsonNode> topLevel) {
        StringBuilder out = new StringBuilder("```yaml\n");
        out.append("# hrflow-connectors run ").append(subtype).append(' ').append(actionName)
                .append(" --config config.yaml\n");
        out.append("workflow_id: some_string_identifier\n");
        for (Group group : groups) {
            out.append(group.yamlKey()).append(':');
            if (group.set().isEmpty()) {
                out.append(" {}");
            }
            out.append('\n');
            for (Value v : group.values()) {
                out.append(v.optional() ? "  # " : "  ").append(v.name()).append(": ").append(value(v)).append('\n');
            }
        }
        topLevel.forEach((key, value) -> out.append(key).append(": ").append(node(value)).append('\n'));
        return out.append("```\n").toString();
    }

    private static String value(Value v) {
        return v.envVar() != null ? "${" + v.envVar() + "}" : node(v.value());
    }

    static String node(JsonNode node) {
        if (node.isTextual()) {
            return scalar(node.textValue());
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.isTextual() ? quoted(item.textValue()) : node(item)));
            return "[" + String.join(", ", items) + "]";
        }
        if (node.isObject()) {
            List<String> pairs = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                JsonNode v = e.getValue();
                pairs.add(quoted(e.getKey()) + ": " + (v.isTextual() ? quoted(v.textValue()) : node(v)));
            }
            return "{" + String.join(", ", pairs) + "}";
        }
        return node.isNull() ? "null" : node.asText();
    }

    /** A string as a plain scalar when YAML reads it back as the same string, else double-quoted. */
    static String scalar(String text) {
        return isPlainSafe(text) ? text : quoted(text);
    }

    private static boolean isPlainSafe(String text) {
        if (text.isEmpty() || RESERVED.matcher(text).matches() || NUMBER_LIKE.matcher(text).matches()) {
            return false;
        }
        char first = text.charAt(0);
        if (INDICATORS.indexOf(first) >= 0 || Character.isWhitespace(first)
                || Character.isWhitespace(text.charAt(text.length() - 1)) || text.endsWith(":")) {
            return false;
        }
        if (text.contains(": ") || text.contains(" #")) {
            return false;
        }
        return text.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** JSON string syntax is valid YAML double-quoted syntax. */
    static String quoted(String text) {
        return JavaExample.literal(text);
    }
}
