package ai.hrflow.connectors.recruitee;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Recruitee's API roots. v2 parameters name them by URL (the reference's {@code RecruiteeEndpoint} values), v1
 * parameters by label ({@code STAGING ENDPOINT}, {@code PRODUCTION ENDPOINT}). The {@code /c} suffix is part of
 * the root; resources are {@code <root>/<company>/<resource>}.
 */
public enum RecruiteeEndpoint {
    DEVELOPMENT("DEVELOPMENT ENDPOINT", "https://api.rc.recruitee.dev/c"),
    STAGING("STAGING ENDPOINT", "https://api.s.recruitee.com/c"),
    PRODUCTION("PRODUCTION ENDPOINT", "https://api.recruitee.com/c");

    private final String label;
    private final String url;

    RecruiteeEndpoint(String label, String url) {
        this.label = label;
        this.url = url;
    }

    /** The v1 value, e.g. {@code PRODUCTION ENDPOINT}. */
    public String label() {
        return label;
    }

    /** The API root, e.g. {@code https://api.recruitee.com/c}. */
    public String url() {
        return url;
    }

    /** The endpoint named by a v1 label or a v2 URL. */
    public static Optional<RecruiteeEndpoint> of(String labelOrUrl) {
        return Arrays.stream(values()).filter(e -> e.label.equals(labelOrUrl) || e.url.equals(labelOrUrl))
                .findFirst();
    }

    /** The values v1 parameters accept, in the reference's order (the first is the docs' example). */
    static List<String> v1Labels() {
        return List.of(STAGING.label, PRODUCTION.label);
    }

    /** The values v2 parameters accept. */
    static List<String> urls() {
        return List.of(DEVELOPMENT.url, STAGING.url, PRODUCTION.url);
    }
}
