package ai.hrflow.connectors.api.params;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a declared parameter appears in the generated docs, cell by cell, in the two layouts of the
 * reference: v1 action docs (Python type names, {@code str(default)}) and v2 flow docs (JSON Schema
 * types, {@code Literal[...]} for closed lists, {@code |null} for nullable).
 */
public final class ParameterDocs {
    private ParameterDocs() {
    }

    public static boolean hidden(Parameter p) {
        return p.doc().hidden();
    }

    /** Whether the row carries the required marker. */
    public static boolean shownRequired(Parameter p) {
        return p.doc().shownRequired() != null ? p.doc().shownRequired() : p.isRequired();
    }

    /** v1 type cell: {@code str}, {@code bool}, {@code typing.List[int]}; a closed list of strings is {@code str}. */
    public static String v1Type(Parameter p) {
        if (p.doc().pythonType() != null) {
            return p.doc().pythonType();
        }
        return p.type().pythonType();
    }

    /** v1 default cell: Python's {@code str(default)}, so a missing default is {@code None}. */
    public static String v1Default(Parameter p) {
        if (p.doc().defaultLabel() != null) {
            return p.doc().defaultLabel();
        }
        return pythonRepr(p.defaultValue());
    }

    /** v2 type cell, unescaped: {@code string|null}, {@code Literal['asc','desc']|null}, {@code array|null}. */
    public static String v2Type(Parameter p) {
        String base;
        if (!p.allowedValues().isEmpty()) {
            List<String> sorted = p.allowedValues().stream().sorted().collect(Collectors.toList());
            base = "Literal[" + sorted.stream().map(v -> "'" + v + "'").collect(Collectors.joining(",")) + "]";
        } else {
            base = p.type().jsonType();
        }
        return p.isNullable() ? base + "|null" : base;
    }

    /** v2 default cell: the schema default as Python prints it ({@code True}, {@code None}, raw strings). */
    public static String v2Default(Parameter p) {
        if (p.doc().defaultLabel() != null) {
            return p.doc().defaultLabel();
        }
        return pythonRepr(p.defaultValue());
    }

    /**
     * v1 example value: a default shown as Python source (strings quoted), otherwise a placeholder:
     * first allowed value, {@code "your_<name>"} for strings, the zero value of numbers and booleans,
     * {@code ***} for anything else.
     */
    public static String v1Example(Parameter p) {
        JsonNode d = p.defaultValue();
        if (d != null && !d.isNull()) {
            return pythonSource(d);
        }
        if (!p.allowedValues().isEmpty()) {
            return "\"" + p.allowedValues().get(0) + "\"";
        }
        return switch (p.type()) {
            case STRING -> "\"your_" + p.name() + "\"";
            case INTEGER -> "0";
            case NUMBER -> "0.0";
            case BOOLEAN -> "False";
            default -> "***";
        };
    }

    private static String pythonRepr(JsonNode value) {
        if (value == null || value.isNull()) {
            return "None";
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "True" : "False";
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        return value.toString();
    }

    private static String pythonSource(JsonNode value) {
        if (value.isTextual()) {
            return "\"" + value.asText() + "\"";
        }
        return pythonRepr(value);
    }
}
