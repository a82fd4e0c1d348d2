package ai.hrflow.connectors.emulators.zoho;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The search {@code criteria} language (contract §3.4): {@code (Field:op:value)} groups joined by {@code and} /
 * {@code or} (and binds tighter), nested in parentheses, ops {@code equals} and {@code starts_with}, at most 10
 * conditions, {@code \,} {@code \(} {@code \)} {@code \:} {@code \\} escapes. An unescaped comma separates
 * alternative values (any may match). Comparison ignores case. Syntax errors answer 400 {@code INVALID_QUERY}.
 */
final class Criteria {
    private static final int MAX_CONDITIONS = 10;
    private static final Set<String> SYSTEM_FIELDS = Set.of("id", "Created_Time", "Modified_Time", "Updated_On",
            "Last_Activity_Time", "Created_By", "Modified_By");

    private final String text;
    private final ModuleSchema schema;
    private int pos;
    private int conditions;

    private Criteria(String text, ModuleSchema schema) {
        this.text = text;
        this.schema = schema;
    }

    /** A predicate on rendered records. @throws EmulatorError 400 INVALID_QUERY */
    static Predicate<ObjectNode> parse(String text, ModuleSchema schema) {
        Criteria c = new Criteria(text, schema);
        Predicate<ObjectNode> p = c.expression();
        c.skipSpaces();
        if (c.pos != text.length()) {
            throw c.fail("unexpected text at " + c.pos);
        }
        return p;
    }

    private Predicate<ObjectNode> expression() {
        List<Predicate<ObjectNode>> alternatives = new ArrayList<>();
        Predicate<ObjectNode> conjunction = group();
        while (true) {
            skipSpaces();
            if (keyword("and")) {
                conjunction = conjunction.and(group());
            } else if (keyword("or")) {
                alternatives.add(conjunction);
                conjunction = group();
            } else {
                break;
            }
        }
        alternatives.add(conjunction);
        return alternatives.stream().reduce(Predicate::or).orElseThrow();
    }

    private Predicate<ObjectNode> group() {
        skipSpaces();
        expect('(');
        skipSpaces();
        Predicate<ObjectNode> p = peek() == '(' ? expression() : condition();
        skipSpaces();
        expect(')');
        return p;
    }

    private Predicate<ObjectNode> condition() {
        if (++conditions > MAX_CONDITIONS) {
            throw fail("more than " + MAX_CONDITIONS + " conditions");
        }
        List<StringBuilder> parts = new ArrayList<>(List.of(new StringBuilder()));
        List<String> values = new ArrayList<>();
        while (pos < text.length() && text.charAt(pos) != ')') {
            char ch = text.charAt(pos++);
            if (ch == '\\' && pos < text.length()) {
                parts.get(parts.size() - 1).append(text.charAt(pos++));
            } else if (ch == ':' && parts.size() < 3) {
                parts.add(new StringBuilder());
            } else if (ch == ',' && parts.size() == 3) {
                values.add(parts.get(2).toString());
                parts.get(2).setLength(0);
            } else {
                parts.get(parts.size() - 1).append(ch);
            }
        }
        if (parts.size() != 3) {
            throw fail("a condition is (field:operator:value)");
        }
        values.add(parts.get(2).toString());
        String field = parts.get(0).toString().trim();
        String op = parts.get(1).toString().trim();
        if (!schema.isKnown(field) && !SYSTEM_FIELDS.contains(field)) {
            throw fail("unknown field " + field);
        }
        if (!op.equals("equals") && !op.equals("starts_with")) {
            throw fail("unsupported operator " + op);
        }
        List<String> wanted = values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).toList();
        boolean prefix = op.equals("starts_with");
        return record -> {
            String actual = comparable(record.get(field));
            return actual != null && wanted.stream().anyMatch(w -> prefix ? actual.startsWith(w) : actual.equals(w));
        };
    }

    /** Text of a value as search compares it; a lookup compares by id. */
    private static String comparable(JsonNode v) {
        if (v == null || v.isNull() || v.isArray()) {
            return null;
        }
        String s = v.isObject() ? v.path("id").asText(null) : v.asText();
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private boolean keyword(String word) {
        if (text.regionMatches(true, pos, word, 0, word.length())) {
            int after = pos + word.length();
            if (after < text.length() && (text.charAt(after) == '(' || Character.isWhitespace(text.charAt(after)))) {
                pos = after;
                return true;
            }
        }
        return false;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw fail("expected '" + c + "' at " + pos);
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private EmulatorError fail(String reason) {
        return ZohoErrors.error(400, "INVALID_QUERY", "invalid query formed", Json.object().put("reason", reason));
    }
}
