package ai.hrflow.connectors.emulators.recruitee;

import ai.hrflow.connectors.emulators.server.RecordedRequest;
import ai.hrflow.connectors.emulators.server.RequestLog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The Recruitee emulator's request log, as tests see it: every request with method, path, query, headers and
 * body, except that the token in {@code Authorization} reads {@code Bearer ***}. Tests assert that a token was
 * sent with {@link #authorizationScheme}, and what the client sent otherwise, without token values ending up
 * in assertion messages or test reports.
 */
public final class RecruiteeRequests {
    /** What replaces the token. */
    public static final String MASK = "***";

    private final RequestLog log;

    RecruiteeRequests(RequestLog log) {
        this.log = log;
    }

    public List<RecordedRequest> all() {
        return masked(log.all());
    }

    /** Requests with this method ({@code null} = any) and path spec ({@code "/c/{company}/candidates"}, ...). */
    public List<RecordedRequest> filter(String method, String pathSpec) {
        return masked(log.filter(method, pathSpec));
    }

    public List<RecordedRequest> filter(Predicate<RecordedRequest> predicate) {
        return masked(log.filter(predicate));
    }

    public int count(String method, String pathSpec) {
        return log.count(method, pathSpec);
    }

    public Optional<RecordedRequest> last(String method, String pathSpec) {
        return log.last(method, pathSpec).map(RecruiteeRequests::mask);
    }

    /** Requests recorded since the last {@link #clear()}. */
    public long total() {
        return log.total();
    }

    public void clear() {
        log.clear();
    }

    /** The scheme of the request's {@code Authorization} header ({@code Bearer}), or null without one. */
    public static String authorizationScheme(RecordedRequest request) {
        String value = request.header("Authorization");
        if (value == null) {
            return null;
        }
        int space = value.indexOf(' ');
        return space < 0 ? value : value.substring(0, space);
    }

    private static List<RecordedRequest> masked(List<RecordedRequest> requests) {
        return requests.stream().map(RecruiteeRequests::mask).toList();
    }

    static RecordedRequest mask(RecordedRequest r) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        r.headers().forEach((name, values) -> headers.put(name, "Authorization".equalsIgnoreCase(name)
                ? values.stream().map(RecruiteeRequests::maskValue).toList() : values));
        return new RecordedRequest(r.sequence(), r.receivedAt(), r.method(), r.path(), r.rawQuery(), r.query(),
                headers, r.body(), r.status(), r.fault());
    }

    private static String maskValue(String value) {
        int space = value.indexOf(' ');
        return space < 0 ? MASK : value.substring(0, space) + " " + MASK;
    }
}
