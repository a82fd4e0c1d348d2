package ai.hrflow.connectors.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Masks the values of the run's secret parameters in everything the command prints: log lines, error
 * messages, the run result. Connectors are written not to print secrets; this catches the ones that slip
 * through (an API echoing a key in an error body, an exception quoting a URL). Process-wide, because the
 * logging backend cannot be handed an instance.
 */
public final class Redactor {
    public static final String MASK = "********";
    /** Shorter values are left alone: masking them would garble ordinary words, and they are not credentials. */
    static final int MIN_LENGTH = 4;

    private static volatile List<String> secrets = List.of();

    private Redactor() {
    }

    /** Adds values to mask until {@link #clear()}. */
    public static synchronized void register(Collection<String> values) {
        LinkedHashSet<String> all = new LinkedHashSet<>(secrets);
        for (String value : values) {
            if (value != null && value.length() >= MIN_LENGTH) {
                all.add(value);
                // The same secret as it appears in a logged URL.
                all.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        List<String> sorted = new ArrayList<>(all);
        // Longest first, so a secret containing another is masked whole.
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        secrets = List.copyOf(sorted);
    }

    public static synchronized void clear() {
        secrets = List.of();
    }

    /** The text with every registered secret masked. */
    public static String redact(String text) {
        List<String> current = secrets;
        if (text == null || current.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : current) {
            if (out.contains(secret)) {
                out = out.replace(secret, MASK);
            }
        }
        return out;
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
