package ai.hrflow.connectors.emulators.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A path template such as {@code /c/{company}/candidates/{id}}: literal segments must be equal, each
 * {@code {name}} matches exactly one non-empty segment and is captured as a path variable.
 */
public final class PathPattern {
    private final String template;
    private final List<String> segments;

    private PathPattern(String template) {
        this.template = template;
        this.segments = List.of(Paths.segments(template));
    }

    public static PathPattern of(String template) {
        return new PathPattern(Paths.normalize(template));
    }

    /** The captured variables when {@code path} matches, else {@code null}. */
    public Map<String, String> match(String path) {
        String[] parts = Paths.segments(Paths.normalize(path));
        if (parts.length != segments.size()) {
            return null;
        }
        Map<String, String> vars = null;
        for (int i = 0; i < parts.length; i++) {
            String seg = segments.get(i);
            if (isVariable(seg)) {
                if (parts[i].isEmpty()) {
                    return null;
                }
                if (vars == null) {
                    vars = new LinkedHashMap<>();
                }
                vars.put(seg.substring(1, seg.length() - 1), parts[i]);
            } else if (!seg.equals(parts[i])) {
                return null;
            }
        }
        return vars == null ? Map.of() : vars;
    }

    public boolean matches(String path) {
        return match(path) != null;
    }

    private static boolean isVariable(String seg) {
        return seg.length() > 2 && seg.charAt(0) == '{' && seg.charAt(seg.length() - 1) == '}';
    }

    @Override
    public String toString() {
        return template;
    }

    /** Path normalisation shared by routing and matching, so {@code /v1//auth/} and {@code /v1/auth} agree. */
    static final class Paths {
        private Paths() {
        }

        static String normalize(String path) {
            if (path == null || path.isEmpty()) {
                return "/";
            }
            String p = path.charAt(0) == '/' ? path : "/" + path;
            p = p.replaceAll("/{2,}", "/");
            return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        }

        static String[] segments(String normalized) {
            return "/".equals(normalized) ? new String[0] : normalized.substring(1).split("/", -1);
        }
    }
}
