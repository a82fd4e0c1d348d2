package ai.hrflow.connectors.api.position;

import ai.hrflow.connectors.api.errors.ConnectorException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one text form of every incremental position the product saves: a version, then named fields,
 * {@code v1;by=updated;at=2024-05-02T08:15:00Z;keys=a1b2,c3d4}. Field names are lower-case words; values are
 * URL-encoded (UTF-8), so a value may hold any character. Fields keep their order; an unknown field is an error,
 * so a token written by a newer version or another connector is refused rather than half read.
 *
 * <p>Tokens saved before this form existed (one format per connector) are read by {@link TimePosition}'s and the
 * connectors' legacy parsers as a migration; see {@link TimePosition#decode}.
 */
public final class PositionCodec {
    /** The version this code writes and reads. */
    public static final String VERSION = "v1";
    private static final int SHOWN = 120;

    private PositionCodec() {
    }

    /** {@code v1;name=value;...} of {@code fields}, in their order; null values are left out. */
    public static String encode(Map<String, String> fields) {
        StringBuilder out = new StringBuilder(VERSION);
        fields.forEach((name, value) -> {
            if (value != null) {
                if (!name.matches("[a-z_]+")) {
                    throw new IllegalArgumentException("position field name: " + name);
                }
                out.append(';').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return out.toString();
    }

    /** Whether {@code token} is in this codec's form (of any version), as opposed to a legacy token. */
    public static boolean isVersioned(String token) {
        return token != null && token.trim().matches("v\\d+(;.*)?");
    }

    /**
     * The fields of a {@code v1} token.
     *
     * @param system who reads it, for messages (e.g. {@code "JobAdder"})
     * @param expectedForm the form this reader writes, shown when the token is not one
     * @throws ConnectorException when {@code token} is not a {@code v1} token, naming the expected form
     */
    public static Map<String, String> decode(String token, String system, String expectedForm) {
        String t = token == null ? "" : token.trim();
        if (!isVersioned(t)) {
            throw invalid(token, system, expectedForm, "it is not in the versioned form");
        }
        String[] parts = t.split(";");
        if (!parts[0].equals(VERSION)) {
            throw invalid(token, system, expectedForm, "it was written in form " + parts[0]
                    + ", which this version does not know (written by a newer version?)");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            String name = eq < 0 ? parts[i] : parts[i].substring(0, eq);
            if (eq <= 0 || !name.matches("[a-z_]+") || fields.containsKey(name)) {
                throw invalid(token, system, expectedForm, "part '" + shorten(parts[i]) + "' is not name=value");
            }
            try {
                fields.put(name, URLDecoder.decode(parts[i].substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw invalid(token, system, expectedForm, "the value of '" + name + "' is badly encoded");
            }
        }
        return Collections.unmodifiableMap(fields);
    }

    /**
     * The error for a saved token a reader cannot use: what was expected, and the way out (the workflow's own
     * {@code workflow_id}, or a state reset, which reads everything again).
     */
    public static ConnectorException invalid(String token, String system, String expectedForm, String why) {
        return new ConnectorException("The saved incremental token '" + shorten(token) + "' is not a position of a "
                + system + " read: " + why + "; expected " + expectedForm + ". Was the workflow_id used by another"
                + " action? Give each action its own workflow_id, or reset the state of this one (hrflow-connectors"
                + " state reset <workflow_id>) to read everything again.");
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
    }
}
