package ai.hrflow.connectors.api.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Decides, after each failed attempt of {@link ApiClient}, whether to send again and after how long.
 *
 * <p>Rules: 429 is always retried (the server refused before doing anything); 500/502/503/504 and I/O
 * errors only for idempotent requests, because a POST whose outcome is unknown may already have created
 * the item and a replay would duplicate it (Recruitee has no idempotency key); a connect failure is
 * retried for any method since nothing was sent. {@code Retry-After} (seconds or HTTP-date) is honoured
 * up to {@code maxRetryAfter}; otherwise the wait is exponential backoff with full jitter, which spreads
 * the retries of many writer threads. Attempts and the total time of a call are both bounded. An unknown host
 * or a failed TLS handshake is not retried at all, a refused connection {@value
 * ConnectionProblem#REFUSED_MAX_ATTEMPTS} times at most ({@link ConnectionProblem}).
 */
final class RetryPolicy {

    /** Retry after {@code delay}, or stop (delay null) with a note saying why, for messages. */
    record Decision(Duration delay, String stopNote, Duration retryAfter, boolean quotaExhausted) {
        boolean retry() {
            return delay != null;
        }
    }

    /** Not a retriable status: the response is final as it is. */
    static final Decision FINAL = new Decision(null, null, null, false);

    private final ApiClientSettings settings;
    private final DoubleSupplier jitter;

    RetryPolicy(ApiClientSettings settings, DoubleSupplier jitter) {
        this.settings = settings;
        this.jitter = jitter;
    }

    Decision onStatus(int status, String retryAfterHeader, HttpMethod method, boolean idempotent, int attempt,
            Duration elapsed) {
        boolean rateLimited = status == 429;
        boolean serverError = status == 500 || status == 502 || status == 503 || status == 504;
        if (!rateLimited && !serverError) {
            return FINAL;
        }
        Duration retryAfter = parseRetryAfter(retryAfterHeader, settings.clock()).orElse(null);
        if (serverError && !idempotent) {
            return new Decision(null, "not retried: the " + method + " may already have been applied, and sending"
                    + " it again could create a duplicate", retryAfter, false);
        }
        if (retryAfter != null && retryAfter.compareTo(settings.maxRetryAfter()) > 0) {
            return new Decision(null, "the server asked to wait " + retryAfter.toSeconds()
                    + " s before retrying, more than the " + settings.maxRetryAfter().toSeconds()
                    + " s this client waits", retryAfter, rateLimited);
        }
        return next(attempt, elapsed, retryAfter != null ? retryAfter : backoff(attempt), retryAfter);
    }

    Decision onIoError(ConnectionProblem problem, HttpMethod method, boolean idempotent, int attempt,
            Duration elapsed) {
        if (problem.hopeless()) {
            return new Decision(null, "not retried: it would fail the same way", null, false);
        }
        if (problem == ConnectionProblem.REFUSED
                && attempt >= Math.min(settings.maxAttempts(), ConnectionProblem.REFUSED_MAX_ATTEMPTS)) {
            return new Decision(null, "gave up after " + attempt + (attempt == 1 ? " attempt" : " attempts"),
                    null, false);
        }
        if (!problem.connectFailure() && !idempotent) {
            return new Decision(null, "not retried: the " + method + " may have reached the server before the"
                    + " connection failed, and sending it again could create a duplicate", null, false);
        }
        return next(attempt, elapsed, backoff(attempt), null);
    }

    private Decision next(int attempt, Duration elapsed, Duration delay, Duration retryAfter) {
        if (attempt >= settings.maxAttempts()) {
            return new Decision(null, "gave up after " + attempt + (attempt == 1 ? " attempt" : " attempts"),
                    retryAfter, false);
        }
        if (elapsed.plus(delay).compareTo(settings.maxCallDuration()) > 0) {
            return new Decision(null, "gave up after " + attempt + " attempts in " + elapsed.toMillis()
                    + " ms: waiting " + delay.toMillis() + " ms more would pass the limit of "
                    + settings.maxCallDuration().toSeconds() + " s per call", retryAfter, false);
        }
        return new Decision(delay, null, retryAfter, false);
    }

    /** Full jitter: uniform in [0, min(maxBackoff, initialBackoff * 2^(attempt-1))). */
    Duration backoff(int attempt) {
        double cap = settings.initialBackoff().toNanos() * Math.pow(2, Math.min(attempt - 1, 30));
        cap = Math.min(cap, settings.maxBackoff().toNanos());
        return Duration.ofNanos((long) (jitter.getAsDouble() * cap));
    }

    /** {@code Retry-After} as delta-seconds or HTTP-date (RFC 9110 §10.2.3); empty when absent or unreadable. */
    static Optional<Duration> parseRetryAfter(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.matches("\\d{1,9}(\\.\\d{1,3})?")) { // the RFC says integer; some servers send "1.5"
            return Optional.of(Duration.ofMillis((long) (Double.parseDouble(v) * 1000)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException notDate) {
            return Optional.empty();
        }
    }
}
