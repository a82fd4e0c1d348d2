package ai.hrflow.connectors.runtime.config;

import ai.hrflow.connectors.api.params.ParameterProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Resolves environment variable references inside the string values of a configuration, so secrets stay
 * out of files:
 * <ul>
 *   <li>{@code ${NAME}}: the variable's value; an unset variable is a problem;</li>
 *   <li>{@code ${NAME:-default}}: the default when the variable is unset or empty (as in the shell);</li>
 *   <li>{@code $${}: a literal {@code ${}.</li>
 * </ul>
 * Keys are never resolved, only values. Problems name the path and the variable, never a value.
 */
public final class EnvReferences {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, String> env;

    public EnvReferences(Map<String, String> env) {
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    }

    /**
     * Resolves every string value of {@code node} in place.
     *
     * @param path the path of {@code node} in the configuration ({@code ""} for the root)
     * @return the paths whose value could not be resolved (each also added to {@code problems})
     */
    public List<String> resolveTree(JsonNode node, String path, List<ParameterProblem> problems) {
        List<String> failed = new ArrayList<>();
        walk(node, path, problems, failed);
        return failed;
    }

    private void walk(JsonNode node, String path, List<ParameterProblem> problems, List<String> failed) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                JsonNode value = field.getValue();
                if (value.isTextual()) {
                    resolveInto(value.textValue(), at, problems, failed, v -> field.setValue(TextNode.valueOf(v)));
                } else {
                    walk(value, at, problems, failed);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String at = path + "[" + i + "]";
                JsonNode value = array.get(i);
                int index = i;
                if (value.isTextual()) {
                    resolveInto(value.textValue(), at, problems, failed, v -> array.set(index, TextNode.valueOf(v)));
                } else {
                    walk(value, at, problems, failed);
                }
            }
        }
    }

    private interface Setter {
        void set(String value);
    }

    private void resolveInto(String text, String at, List<ParameterProblem> problems, List<String> failed,
            Setter setter) {
        List<ParameterProblem> mine = new ArrayList<>();
        String resolved = resolve(text, at, mine);
        if (mine.isEmpty()) {
            if (!resolved.equals(text)) {
                setter.set(resolved);
            }
        } else {
            problems.addAll(mine);
            failed.add(at);
        }
    }

    /**
     * Resolves the references of one string.
     *
     * @param at the path reported with problems
     * @return the resolved text; when a problem was added, the references that failed are left as written
     */
    public String resolve(String text, String at, List<ParameterProblem> problems) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("$${", i)) {
                out.append("${");
                i += 3;
            } else if (text.startsWith("${", i)) {
                int end = text.indexOf('}', i + 2);
                if (end < 0) {
                    problems.add(new ParameterProblem(at, "unterminated ${ (close it with }, or write $${ for a "
                            + "literal ${)"));
                    out.append(text, i, text.length());
                    break;
                }
                out.append(reference(text.substring(i + 2, end), text.substring(i, end + 1), at, problems));
                i = end + 1;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private String reference(String expression, String written, String at, List<ParameterProblem> problems) {
        int separator = expression.indexOf(":-");
        String name = separator < 0 ? expression : expression.substring(0, separator);
        String fallback = separator < 0 ? null : expression.substring(separator + 2);
        if (!NAME.matcher(name).matches()) {
            // The text is not echoed: it may be part of a secret written inline.
            problems.add(new ParameterProblem(at, "holds a ${...} that is not a variable reference; expected "
                    + "${NAME} or ${NAME:-default} (write $${ for a literal ${)"));
            return written;
        }
        String value = env.get(name);
        if (fallback != null) {
            return value == null || value.isEmpty() ? fallback : value;
        }
        if (value == null) {
            problems.add(new ParameterProblem(at, "environment variable " + name + " is not set (set it, or give "
                    + "a default: ${" + name + ":-...})"));
            return written;
        }
        return value;
    }
}
