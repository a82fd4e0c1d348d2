package ai.hrflow.connectors.api.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Objects;

/**
 * The one declaration of a parameter. It drives binding and validation ({@link ParameterSet#bind}),
 * the JSON Schema ({@link ParameterSet#jsonSchema()}) and the row of the generated documentation.
 *
 * <p>Immutable: every {@code with} method returns a copy, so declarations read as one expression:
 * <pre>{@code
 * Parameter.string("client_id").required().secret().description("A unique ID ...")
 * }</pre>
 */
public final class Parameter {
    private final String name;
    private final ParamType type;
    private final boolean required;
    private final JsonNode defaultValue;
    private final String description;
    private final boolean secret;
    private final boolean nullable;
    private final List<String> allowedValues;
    private final DocOverrides doc;
    private final Range range;

    /** The inclusive bounds of an integer parameter; checked when the parameters are validated. */
    public record Range(long min, long max) {
        public Range {
            if (min > max) {
                throw new IllegalArgumentException("empty range " + min + ".." + max);
            }
        }
    }

    /**
     * How the generated docs show the parameter where the reference shows something the type alone does
     * not give (an enum member name as default, a Python type name, a required marker on an optional field).
     */
    record DocOverrides(String pythonType, String defaultLabel, Boolean shownRequired, boolean hidden) {
        static final DocOverrides NONE = new DocOverrides(null, null, null, false);
    }

    private Parameter(String name, ParamType type, boolean required, JsonNode defaultValue, String description,
            boolean secret, boolean nullable, List<String> allowedValues, DocOverrides doc, Range range) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.required = required;
        this.defaultValue = defaultValue;
        this.description = description == null ? "" : description;
        this.secret = secret;
        this.nullable = nullable;
        this.allowedValues = List.copyOf(allowedValues);
        this.doc = doc;
        this.range = range;
    }

    public static Parameter of(String name, ParamType type) {
        return new Parameter(name, type, false, null, "", false, false, List.of(), DocOverrides.NONE, null);
    }

    public static Parameter string(String name) {
        return of(name, ParamType.STRING);
    }

    public static Parameter integer(String name) {
        return of(name, ParamType.INTEGER);
    }

    public static Parameter number(String name) {
        return of(name, ParamType.NUMBER);
    }

    public static Parameter bool(String name) {
        return of(name, ParamType.BOOLEAN);
    }

    public static Parameter stringList(String name) {
        return of(name, ParamType.STRING_LIST);
    }

    public static Parameter integerList(String name) {
        return of(name, ParamType.INTEGER_LIST);
    }

    public static Parameter list(String name) {
        return of(name, ParamType.LIST);
    }

    public static Parameter object(String name) {
        return of(name, ParamType.OBJECT);
    }

    public static Parameter function(String name) {
        return of(name, ParamType.FUNCTION);
    }

    private Parameter copy(boolean required, JsonNode defaultValue, String description, boolean secret,
            boolean nullable, List<String> allowed, DocOverrides doc) {
        return new Parameter(name, type, required, defaultValue, description, secret, nullable, allowed, doc,
                range);
    }

    /** Integers only: the value must lie between {@code min} and {@code max}, both included. */
    public Parameter between(long min, long max) {
        if (type != ParamType.INTEGER && type != ParamType.INTEGER_LIST) {
            throw new IllegalStateException(name + ": a range applies to integers only");
        }
        return new Parameter(name, type, required, defaultValue, description, secret, nullable, allowedValues, doc,
                new Range(min, max));
    }

    /** The accepted bounds of an integer parameter, if it has some. */
    public java.util.Optional<Range> range() {
        return java.util.Optional.ofNullable(range);
    }

    /** Must be given (and not null). */
    public Parameter required() {
        return copy(true, defaultValue, description, secret, nullable, allowedValues, doc);
    }

    /** May be given as JSON {@code null}; the v2 docs show the type as {@code type|null}. */
    public Parameter nullable() {
        return copy(required, defaultValue, description, secret, true, allowedValues, doc);
    }

    /** Masked wherever parameters could be printed; redacted from logs and messages. */
    public Parameter secret() {
        return copy(required, defaultValue, description, true, nullable, allowedValues, doc);
    }

    public Parameter description(String text) {
        return copy(required, defaultValue, text, secret, nullable, allowedValues, doc);
    }

    public Parameter defaultValue(String value) {
        return defaultNode(value == null ? null : TextNode.valueOf(value));
    }

    public Parameter defaultValue(boolean value) {
        return defaultNode(BooleanNode.valueOf(value));
    }

    public Parameter defaultValue(long value) {
        return defaultNode(JsonNodeFactory.instance.numberNode(value));
    }

    public Parameter defaultNode(JsonNode value) {
        return copy(required, value, description, secret, nullable, allowedValues, doc);
    }

    /** The closed list of accepted values, in declaration order (v1 docs use the first as example). */
    public Parameter allowedValues(String... values) {
        return copy(required, defaultValue, description, secret, nullable, List.of(values), doc);
    }

    /** v1 docs: the type shown instead of the one derived from {@link #type()}. */
    public Parameter docPythonType(String pythonType) {
        return copy(required, defaultValue, description, secret, nullable, allowedValues,
                new DocOverrides(pythonType, doc.defaultLabel(), doc.shownRequired(), doc.hidden()));
    }

    /** Docs: the default cell shown instead of the value (e.g. the reference's {@code ZohoAccountsURL.EU}). */
    public Parameter docDefault(String label) {
        return copy(required, defaultValue, description, secret, nullable, allowedValues,
                new DocOverrides(doc.pythonType(), label, doc.shownRequired(), doc.hidden()));
    }

    /** Docs: the required marker shown regardless of {@link #isRequired()}. */
    public Parameter docRequired(boolean shown) {
        return copy(required, defaultValue, description, secret, nullable, allowedValues,
                new DocOverrides(doc.pythonType(), doc.defaultLabel(), shown, doc.hidden()));
    }

    /** Accepted and validated, but left out of the docs (the reference's {@code skip_from_docs}). */
    public Parameter hiddenFromDocs() {
        return copy(required, defaultValue, description, secret, nullable, allowedValues,
                new DocOverrides(doc.pythonType(), doc.defaultLabel(), doc.shownRequired(), true));
    }

    public String name() {
        return name;
    }

    public ParamType type() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    /** The default, or null when there is none. Never mutate the returned node. */
    public JsonNode defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    public boolean isSecret() {
        return secret;
    }

    public boolean isNullable() {
        return nullable;
    }

    public List<String> allowedValues() {
        return allowedValues;
    }

    DocOverrides doc() {
        return doc;
    }

    @Override
    public String toString() {
        return "Parameter[" + name + ": " + type + (required ? ", required" : "") + "]";
    }
}
