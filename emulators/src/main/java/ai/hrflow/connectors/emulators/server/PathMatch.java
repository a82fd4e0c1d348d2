package ai.hrflow.connectors.emulators.server;

import java.util.Objects;

/**
 * Which request paths a fault rule or a request-log query applies to. {@link #of(String)} reads a compact
 * spec: {@code "*"} any path, {@code "/v1/profile*"} a prefix, {@code "/c/{company}/candidates"} a pattern,
 * anything else an exact path.
 */
@FunctionalInterface
public interface PathMatch {
    boolean matches(String path);

    static PathMatch any() {
        return path -> true;
    }

    static PathMatch exact(String path) {
        String normalized = PathPattern.Paths.normalize(path);
        return p -> PathPattern.Paths.normalize(p).equals(normalized);
    }

    /** Raw string prefix on the normalised path: {@code /v1/profile} also matches {@code /v1/profiles/...}. */
    static PathMatch prefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return p -> PathPattern.Paths.normalize(p).startsWith(prefix);
    }

    static PathMatch pattern(String template) {
        return PathPattern.of(template)::matches;
    }

    static PathMatch of(String spec) {
        if (spec == null || spec.equals("*")) {
            return any();
        }
        if (spec.endsWith("*")) {
            return prefix(spec.substring(0, spec.length() - 1));
        }
        return spec.contains("{") ? pattern(spec) : exact(spec);
    }
}
