package ai.hrflow.connectors.api.spi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rewrites the base URLs an API contract fixes (e.g. {@code https://accounts.zoho.eu}) to other ones (a proxy,
 * a sandbox, an emulator). Clients compute the real URL, then call {@link #resolve(String)}; the longest
 * matching prefix wins. Empty by default: the product talks to the real APIs.
 */
public final class EndpointOverrides {
    private static final EndpointOverrides NONE = new EndpointOverrides(Map.of());

    private final Map<String, String> prefixes;

    private EndpointOverrides(Map<String, String> prefixes) {
        this.prefixes = Map.copyOf(prefixes);
    }

    public static EndpointOverrides none() {
        return NONE;
    }

    /** @param prefixes real URL prefix (no trailing slash needed) to replacement prefix */
    public static EndpointOverrides of(Map<String, String> prefixes) {
        Map<String, String> normalized = new LinkedHashMap<>();
        prefixes.forEach((from, to) -> normalized.put(trimSlash(from), trimSlash(to)));
        return new EndpointOverrides(normalized);
    }

    public Map<String, String> asMap() {
        return prefixes;
    }

    public EndpointOverrides with(String from, String to) {
        Map<String, String> copy = new LinkedHashMap<>(prefixes);
        copy.put(trimSlash(from), trimSlash(to));
        return new EndpointOverrides(copy);
    }

    public String resolve(String url) {
        String best = null;
        for (String prefix : prefixes.keySet()) {
            boolean matches = url.equals(prefix) || url.startsWith(prefix + "/") || url.startsWith(prefix + "?");
            if (matches && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? url : prefixes.get(best) + url.substring(best.length());
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
