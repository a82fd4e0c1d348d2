package ai.hrflow.connectors.api.params;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named, ordered group of declared parameters: a warehouse's auth, one operation's criteria for one
 * mode, a v1 warehouse's parameters. Binds raw input (JSON, YAML, {@code Map}, or a typed Java object
 * converted by Jackson) into validated {@link Parameters}, reporting every problem at once by path.
 */
public final class ParameterSet {
    private static final ParameterSet EMPTY = new ParameterSet("Empty", List.of());

    private final String name;
    private final Map<String, Parameter> parameters;

    private ParameterSet(String name, List<Parameter> parameters) {
        this.name = name;
        Map<String, Parameter> byName = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            if (byName.put(p.name(), p) != null) {
                throw new IllegalArgumentException("parameter '" + p.name() + "' declared twice in " + name);
            }
        }
        this.parameters = byName;
    }

    /** @param name schema title, e.g. {@code ZohoRecruitAuth}; shown in the manifest */
    public static ParameterSet of(String name, Parameter... parameters) {
        return new ParameterSet(name, List.of(parameters));
    }

    public static ParameterSet of(String name, List<Parameter> parameters) {
        return new ParameterSet(name, parameters);
    }

    public static ParameterSet empty() {
        return EMPTY;
    }

    public String name() {
        return name;
    }

    public List<Parameter> parameters() {
        return List.copyOf(parameters.values());
    }

    public Optional<Parameter> parameter(String parameterName) {
        return Optional.ofNullable(parameters.get(parameterName));
    }

    /** A copy with other parameters appended (e.g. a v1 warehouse's auth followed by its query params). */
    public ParameterSet with(String newName, List<Parameter> more) {
        List<Parameter> all = new ArrayList<>(parameters.values());
        all.addAll(more);
        return new ParameterSet(newName, all);
    }

    /**
     * Binds and validates.
     *
     * @param input null (= nothing given), a {@link JsonNode}, a {@code Map}, or any object Jackson converts
     *     to a JSON object
     * @param path the prefix of problem paths, e.g. {@code connector_auth}; empty for none
     * @throws ParameterException listing every problem
     */
    public Parameters bind(Object input, String path) {
        List<ParameterProblem> problems = new ArrayList<>();
        Parameters bound = bind(input, path, problems);
        if (!problems.isEmpty()) {
            throw new ParameterException(problems);
        }
        return bound;
    }

    public Parameters bind(Object input) {
        return bind(input, "");
    }

    /** Binds what it can and appends every problem to {@code problems}; never throws for bad input. */
    public Parameters bind(Object input, String path, List<ParameterProblem> problems) {
        int before = problems.size();
        ObjectNode given = toObject(input, path, problems);
        ObjectNode values = Json.object();
        if (problems.size() > before) {
            // not an object at all: listing each parameter as missing would only bury the real problem
            return new Parameters(this, values);
        }
        for (Iterator<String> it = given.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!parameters.containsKey(key)) {
                problems.add(new ParameterProblem(join(path, key), unknownKeyMessage(key)));
            }
        }
        for (Parameter p : parameters.values()) {
            JsonNode raw = given.get(p.name());
            String at = join(path, p.name());
            if (raw == null || raw.isNull() || raw.isMissingNode()) {
                if (p.isRequired()) {
                    problems.add(new ParameterProblem(at, "required" + describeExpected(p)));
                } else if (p.defaultValue() != null) {
                    values.set(p.name(), p.defaultValue().deepCopy());
                }
                continue;
            }
            ValueCoercion.coerce(p, raw, at, problems).ifPresent(v -> values.set(p.name(), v));
        }
        return new Parameters(this, values);
    }

    private static String describeExpected(Parameter p) {
        if (!p.allowedValues().isEmpty()) {
            return " (one of " + ValueCoercion.quoted(p.allowedValues()) + ")";
        }
        return "";
    }

    private ObjectNode toObject(Object input, String path, List<ParameterProblem> problems) {
        if (input == null) {
            return Json.object();
        }
        JsonNode node;
        try {
            node = input instanceof JsonNode json ? json : Json.MAPPER.valueToTree(input);
        } catch (IllegalArgumentException e) {
            problems.add(new ParameterProblem(path.isEmpty() ? "(root)" : path,
                    "cannot be read as parameters: " + e.getMessage()));
            return Json.object();
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Json.object();
        }
        if (!node.isObject()) {
            problems.add(new ParameterProblem(path.isEmpty() ? "(root)" : path,
                    "expected an object of parameters, got " + ValueCoercion.kind(node)));
            return Json.object();
        }
        return (ObjectNode) node;
    }

    private String unknownKeyMessage(String key) {
        Optional<String> suggestion = Suggestions.closest(key, parameters.keySet());
        if (suggestion.isPresent()) {
            return "unknown parameter; did you mean '" + suggestion.get() + "'?";
        }
        if (parameters.isEmpty()) {
            return "unknown parameter; this section takes no parameters";
        }
        return "unknown parameter; expected one of " + ValueCoercion.quoted(parameters.keySet());
    }

    static String join(String path, String key) {
        return path == null || path.isEmpty() ? key : path + "." + key;
    }

    /** A copy of {@code values} in which every secret parameter's value is replaced by a mask. */
    public ObjectNode mask(JsonNode values) {
        ObjectNode copy = values != null && values.isObject() ? ((ObjectNode) values).deepCopy() : Json.object();
        for (Parameter p : parameters.values()) {
            if (p.isSecret() && copy.hasNonNull(p.name())) {
                copy.put(p.name(), Parameters.MASK);
            }
        }
        return copy;
    }

    /** JSON Schema (draft 2020-12 vocabulary) of this set, used by the manifest and by editors. */
    public ObjectNode jsonSchema() {
        ObjectNode schema = Json.object();
        schema.put("title", name);
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = Json.array();
        for (Parameter p : parameters.values()) {
            properties.set(p.name(), propertySchema(p));
            if (p.isRequired()) {
                required.add(p.name());
            }
        }
        schema.set("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }

    private static ObjectNode propertySchema(Parameter p) {
        ObjectNode prop = Json.object();
        prop.put("title", p.name());
        if (p.isNullable()) {
            prop.putArray("type").add(p.type().jsonType()).add("null");
        } else {
            prop.put("type", p.type().jsonType());
        }
        if (p.type() == ParamType.STRING_LIST) {
            prop.putObject("items").put("type", "string");
        } else if (p.type() == ParamType.INTEGER_LIST) {
            prop.putObject("items").put("type", "integer");
        }
        if (!p.allowedValues().isEmpty()) {
            ArrayNode values = prop.putArray("enum");
            p.allowedValues().forEach(values::add);
            if (p.isNullable()) {
                values.addNull();
            }
        }
        if (!p.description().isEmpty()) {
            prop.put("description", p.description());
        }
        if (p.defaultValue() != null) {
            prop.set("default", p.defaultValue().deepCopy());
        }
        if (p.isSecret()) {
            prop.put("writeOnly", true);
            prop.put("format", "password");
        }
        return prop;
    }

    @Override
    public String toString() {
        return "ParameterSet[" + name + ": " + String.join(", ", parameters.keySet()) + "]";
    }
}
