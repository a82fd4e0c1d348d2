package ai.hrflow.connectors.api.http;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log lines of {@link ApiClient}, under its logger name: at DEBUG one line per attempt (method,
 * redacted URL, status or error, elapsed ms, attempt, next step); at TRACE the redacted headers and
 * bodies. A wait of 5 s or more is logged at INFO, since it explains a slow run. Nothing is formatted
 * unless the level is enabled.
 */
final class ExchangeLog {
    private static final Logger log = LoggerFactory.getLogger(ApiClient.class);
    private static final int MAX_LOGGED_BODY = 4000;
    private static final Duration NOTABLE_WAIT = Duration.ofSeconds(5);

    private final Redactor redactor;
    private final int maxAttempts;

    ExchangeLog(Redactor redactor, int maxAttempts) {
        this.redactor = redactor;
        this.maxAttempts = maxAttempts;
    }

    void sending(HttpMethod method, URI uri, Map<String, String> headers, RequestBody body) {
        if (log.isTraceEnabled()) {
            log.trace("{} {} headers={} body={}", method, redactor.redactUrl(uri), redactor.redactHeaders(headers),
                    body.describe(redactor));
        }
    }

    void received(HttpMethod method, URI uri, int status, long millis, int attempt, byte[] body,
            RetryPolicy.Decision next) {
        if (next.retry() && next.delay().compareTo(NOTABLE_WAIT) >= 0 && log.isInfoEnabled()) {
            log.info("{} {} -> {} (attempt {}/{}); retrying in {} s", method, redactor.redactUrl(uri), status,
                    attempt, maxAttempts, next.delay().toSeconds());
        } else if (log.isDebugEnabled()) {
            log.debug("{} {} -> {} in {} ms (attempt {}/{}){}", method, redactor.redactUrl(uri), status, millis,
                    attempt, maxAttempts, nextStep(next));
        }
        if (log.isTraceEnabled()) {
            String text = new String(body, StandardCharsets.UTF_8);
            text = text.length() > MAX_LOGGED_BODY ? text.substring(0, MAX_LOGGED_BODY) + "..." : text;
            log.trace("{} {} response body: {}", method, redactor.redactUrl(uri), redactor.redact(text));
        }
    }

    void failed(HttpMethod method, URI uri, IOException error, long millis, int attempt, RetryPolicy.Decision next) {
        if (log.isDebugEnabled()) {
            log.debug("{} {} -> {}: {} after {} ms (attempt {}/{}){}", method, redactor.redactUrl(uri),
                    error.getClass().getSimpleName(), redactor.redact(String.valueOf(error.getMessage())), millis,
                    attempt, maxAttempts, nextStep(next));
        }
    }

    void replaying(HttpMethod method, URI uri) {
        log.debug("{} {} -> 401 with an access token; refreshing the token and sending once more", method,
                redactor.redactUrl(uri));
    }

    private static String nextStep(RetryPolicy.Decision next) {
        if (next.retry()) {
            return "; retrying in " + next.delay().toMillis() + " ms";
        }
        return next.stopNote() == null ? "" : "; " + next.stopNote();
    }
}
