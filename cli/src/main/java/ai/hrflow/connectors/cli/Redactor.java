package ai.hrflow.connectors.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Collection;
import java.util.Map;

/**
 * Masks the values of the run's secret parameters in everything the command prints: log lines, error
 * messages, the run result. Connectors are written not to print secrets; this catches the ones that slip
 * through (an API echoing a key in an error body, an exception quoting a URL). The masking itself is the
 * core's ({@link ai.hrflow.connectors.api.http.Redactor}: raw, URL-encoded and JSON-escaped forms); this
 * holds it process-wide, because the logging backend cannot be handed an instance.
 */
public final class Redactor {
    public static final String MASK = ai.hrflow.connectors.api.http.Redactor.MASK;
    /** Shorter values are left alone: masking them would garble ordinary words, and they are not credentials. */
    static final int MIN_LENGTH = 4;

    private static volatile ai.hrflow.connectors.api.http.Redactor current =
            new ai.hrflow.connectors.api.http.Redactor();

    private Redactor() {
    }

    /** Adds values to mask until {@link #clear()}. */
    public static synchronized void register(Collection<String> values) {
        for (String value : values) {
            if (value != null && value.length() >= MIN_LENGTH) {
                current.addSecret(value);
            }
        }
    }

    public static synchronized void clear() {
        current = new ai.hrflow.connectors.api.http.Redactor();
    }

    /**
     * The text with every registered secret masked. Only registered values: masking by field name too would
     * hide what the output is for (the result's {@code incremental_token}, for one).
     */
    public static String redact(String text) {
        return current.redactSecrets(text);
    }

    /** Masks secrets in every string value of a JSON tree, in place, and returns it. */
    public static JsonNode redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf(redact(field.getValue().textValue())));
                } else {
                    redact(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(redact(array.get(i).textValue())));
                } else {
                    redact(array.get(i));
                }
            }
        }
        return node;
    }
}
