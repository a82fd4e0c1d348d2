package ai.hrflow.connectors.emulators.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decoded {@code application/x-www-form-urlencoded} pairs: a URL query string or a form body. Names keep their
 * raw spelling ({@code statuses[]} stays {@code statuses[]}) and repeated names keep every value in order.
 */
public final class QueryParams {
    private static final QueryParams EMPTY = new QueryParams(Map.of());

    private final Map<String, List<String>> values;

    private QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Parses a raw (still percent-encoded) query or form body; {@code null} or blank gives no parameters. */
    public static QueryParams parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return EMPTY;
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return new QueryParams(Collections.unmodifiableMap(out));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A broken escape is the client's bug; keep the raw text so the handler can report it.
            return s;
        }
    }

    /** The first value, or {@code null} when absent. */
    public String first(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    /** The first value, or {@code fallback} when absent or blank. */
    public String firstOr(String name, String fallback) {
        String v = first(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Every value of a repeated parameter, in order; empty when absent. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Set<String> names() {
        return values.keySet();
    }

    public Map<String, List<String>> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
