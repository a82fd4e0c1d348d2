package ai.hrflow.connectors.api.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validated parameter values, defaults filled in. Read by connectors through typed getters; printing it
 * ({@link #toString()}, {@link #masked()}) never shows a secret.
 */
public final class Parameters {
    /** What a secret value is replaced with wherever it could be printed. */
    public static final String MASK = "********";

    private final ParameterSet declaration;
    private final ObjectNode values;

    Parameters(ParameterSet declaration, ObjectNode values) {
        this.declaration = declaration;
        this.values = values;
    }

    /** Parameters of an empty set, for operations that take none. */
    public static Parameters none() {
        return ParameterSet.empty().bind(null);
    }

    public ParameterSet declaration() {
        return declaration;
    }

    private JsonNode value(String name) {
        if (declaration.parameter(name).isEmpty()) {
            throw new IllegalArgumentException("'" + name + "' is not a parameter of " + declaration.name());
        }
        JsonNode v = values.get(name);
        return v == null || v.isNull() ? null : v;
    }

    public boolean has(String name) {
        return value(name) != null;
    }

    /** The value as a string, or null when absent without default. */
    public String string(String name) {
        JsonNode v = value(name);
        return v == null ? null : v.asText();
    }

    public Optional<String> optionalString(String name) {
        return Optional.ofNullable(string(name));
    }

    public Long integer(String name) {
        JsonNode v = value(name);
        return v == null ? null : v.longValue();
    }

    public Boolean bool(String name) {
        JsonNode v = value(name);
        return v == null ? null : v.booleanValue();
    }

    public boolean bool(String name, boolean fallback) {
        Boolean v = bool(name);
        return v == null ? fallback : v;
    }

    public List<String> strings(String name) {
        JsonNode v = value(name);
        List<String> out = new ArrayList<>();
        if (v != null) {
            v.forEach(e -> out.add(e.asText()));
        }
        return out;
    }

    public List<Long> integers(String name) {
        JsonNode v = value(name);
        List<Long> out = new ArrayList<>();
        if (v != null) {
            v.forEach(e -> out.add(e.longValue()));
        }
        return out;
    }

    /** The raw JSON value (a copy), or null. */
    public JsonNode node(String name) {
        JsonNode v = value(name);
        return v == null ? null : v.deepCopy();
    }

    /** Every value, secrets included: for passing on to a client, never for printing. */
    public ObjectNode unmasked() {
        return values.deepCopy();
    }

    /** Every value with secrets masked: safe to log or print. */
    public ObjectNode masked() {
        return declaration.mask(values);
    }

    /** The values of the parameters declared secret, for registering with a redactor. */
    public List<String> secretValues() {
        List<String> out = new ArrayList<>();
        for (Parameter p : declaration.parameters()) {
            if (p.isSecret() && values.hasNonNull(p.name())) {
                out.add(values.get(p.name()).asText());
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return masked().toString();
    }
}
