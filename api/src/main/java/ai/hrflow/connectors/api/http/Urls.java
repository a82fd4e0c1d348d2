package ai.hrflow.connectors.api.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Percent-encoding and joining for the URLs API clients build. Used by {@link ApiClient} for query
 * strings and by connector clients for ids put in paths ({@link #pathSegment(String)}).
 */
public final class Urls {
    private Urls() {
    }

    /** Encodes one query name or value (RFC 3986: space becomes {@code %20}, not {@code +}). */
    public static String queryComponent(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Encodes one form field name or value ({@code application/x-www-form-urlencoded}: space is {@code +}). */
    public static String formComponent(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Encodes a value to be used as one path segment: {@code /} and {@code ?} inside an id cannot escape it. */
    public static String pathSegment(String value) {
        return queryComponent(value);
    }

    /** {@code a=1&a=2&b=x%20y} from an ordered multi-valued map; empty string when there is nothing. */
    public static String queryString(Map<String, List<String>> params) {
        StringBuilder out = new StringBuilder();
        params.forEach((name, values) -> {
            for (String value : values) {
                out.append(out.length() == 0 ? "" : "&")
                        .append(queryComponent(name)).append('=').append(queryComponent(value));
            }
        });
        return out.toString();
    }

    /** True when {@code target} is an absolute http(s) URL rather than a path relative to a base URL. */
    public static boolean isAbsolute(String target) {
        String lower = target.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /**
     * Appends {@code path} to {@code base} with exactly one slash between them. A leading slash in
     * {@code path} does not reset to the host root (unlike {@code URI.resolve}): {@code /Candidates}
     * under {@code https://recruit.zoho.eu/recruit/v2} is {@code .../recruit/v2/Candidates}, which is what
     * every client means when its base URL carries a path prefix.
     */
    public static String join(String base, String path) {
        if (path.isEmpty()) {
            return base;
        }
        String left = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        String right = path.startsWith("/") ? path.substring(1) : path;
        return left + "/" + right;
    }
}
