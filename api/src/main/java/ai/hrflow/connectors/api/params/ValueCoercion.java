package ai.hrflow.connectors.api.params;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a given JSON value into the declared type. Lenient where config files are (a number where a string
 * is declared, {@code "true"} or a numeric string from an environment variable, one value where a list is
 * declared); strict where a value makes no sense. Secret values never appear in messages.
 */
final class ValueCoercion {
    private ValueCoercion() {
    }

    static Optional<JsonNode> coerce(Parameter p, JsonNode raw, String at, List<ParameterProblem> problems) {
        Optional<JsonNode> value;
        try {
            value = convert(p, raw);
        } catch (OutOfRange e) {
            problems.add(new ParameterProblem(at, "out of range: " + shown(p, e.given) + " does not fit in a 64-bit "
                    + "integer (" + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ")"));
            return Optional.empty();
        }
        if (value.isPresent() && p.range().isPresent() && !inRange(value.get(), p.range().get())) {
            Parameter.Range r = p.range().get();
            problems.add(new ParameterProblem(at, "must be between " + r.min() + " and " + r.max() + ", got "
                    + shown(p, raw)));
            return Optional.empty();
        }
        return check(p, raw, at, problems, value);
    }

    private static boolean inRange(JsonNode value, Parameter.Range range) {
        if (value.isArray()) {
            for (JsonNode e : value) {
                if (!inRange(e, range)) {
                    return false;
                }
            }
            return true;
        }
        long v = value.longValue();
        return v >= range.min() && v <= range.max();
    }

    private static Optional<JsonNode> convert(Parameter p, JsonNode raw) {
        return switch (p.type()) {
            case STRING -> scalarText(raw).map(TextNode::valueOf);
            case INTEGER -> integer(raw);
            case NUMBER -> number(raw);
            case BOOLEAN -> bool(raw);
            case STRING_LIST -> list(raw, element -> scalarText(element).map(TextNode::valueOf));
            case INTEGER_LIST -> list(raw, ValueCoercion::integer);
            case LIST -> Optional.of(raw.isArray() ? raw.deepCopy() : Json.array().add(raw.deepCopy()));
            case OBJECT -> raw.isObject() ? Optional.of(raw.deepCopy()) : Optional.empty();
            // a class name, or (format) a mapping with a JSLT expression, which the run configuration loader checks
            case FUNCTION -> raw.isTextual() || raw.isObject() ? Optional.of(raw.deepCopy()) : Optional.empty();
        };
    }

    private static Optional<JsonNode> check(Parameter p, JsonNode raw, String at, List<ParameterProblem> problems,
            Optional<JsonNode> value) {
        if (value.isEmpty()) {
            problems.add(new ParameterProblem(at, "expected " + expected(p) + ", got " + shown(p, raw)));
            return Optional.empty();
        }
        if (!p.allowedValues().isEmpty() && !p.allowedValues().contains(value.get().asText())) {
            problems.add(new ParameterProblem(at, "must be one of " + quoted(p.allowedValues()) + ", got "
                    + shown(p, raw)));
            return Optional.empty();
        }
        return value;
    }

    private static Optional<String> scalarText(JsonNode raw) {
        if (raw.isTextual() || raw.isNumber() || raw.isBoolean()) {
            return Optional.of(raw.asText());
        }
        return Optional.empty();
    }

    /** A whole number that fits in 64 bits; beyond that, {@link OutOfRange} (never a wrapped value). */
    private static Optional<JsonNode> integer(JsonNode raw) {
        BigDecimal whole = null;
        if (raw.isNumber() && (raw.isIntegralNumber() || Double.isFinite(raw.doubleValue()))
                && (raw.isIntegralNumber()
                || raw.decimalValue().stripTrailingZeros().scale() <= 0)) {
            whole = raw.decimalValue();
        } else if (raw.isTextual()) {
            try {
                whole = new BigDecimal(raw.asText().trim());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (whole.stripTrailingZeros().scale() > 0) {
                return Optional.empty();
            }
        }
        if (whole == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(JsonNodeFactory.instance.numberNode(whole.longValueExact()));
        } catch (ArithmeticException e) {
            throw new OutOfRange(raw);
        }
    }

    /** An integer too large for 64 bits: reported as such rather than as a wrong type. */
    private static final class OutOfRange extends RuntimeException {
        private final transient JsonNode given;

        OutOfRange(JsonNode given) {
            super(null, null, false, false);
            this.given = given;
        }
    }

    private static Optional<JsonNode> number(JsonNode raw) {
        if (raw.isNumber()) {
            return Optional.of(raw.deepCopy());
        }
        if (raw.isTextual()) {
            try {
                return Optional.of(JsonNodeFactory.instance.numberNode(new BigDecimal(raw.asText().trim())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> bool(JsonNode raw) {
        if (raw.isBoolean()) {
            return Optional.of(raw.deepCopy());
        }
        if (raw.isTextual() || raw.isIntegralNumber()) {
            switch (raw.asText().trim().toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes" -> {
                    return Optional.of(BooleanNode.TRUE);
                }
                case "false", "0", "no" -> {
                    return Optional.of(BooleanNode.FALSE);
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private interface ElementCoercion {
        Optional<JsonNode> apply(JsonNode element);
    }

    private static Optional<JsonNode> list(JsonNode raw, ElementCoercion element) {
        ArrayNode out = Json.array();
        if (!raw.isArray()) {
            return element.apply(raw).map(out::add);
        }
        for (JsonNode e : raw) {
            Optional<JsonNode> v = element.apply(e);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            out.add(v.get());
        }
        return Optional.of(out);
    }

    private static String expected(Parameter p) {
        return switch (p.type()) {
            case STRING -> "a string";
            case INTEGER -> "an integer";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case STRING_LIST -> "a list of strings (or one string)";
            case INTEGER_LIST -> "a list of integers (or one integer)";
            case LIST -> "a list";
            case OBJECT -> "an object";
            case FUNCTION -> "a Java class name or a mapping with jslt or jslt_file";
        };
    }

    private static String shown(Parameter p, JsonNode raw) {
        if (p.isSecret()) {
            return kind(raw);
        }
        String text = raw.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    static String kind(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isNumber()) {
            return "a number";
        }
        return "null";
    }

    static String quoted(Collection<String> values) {
        return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
    }
}
