package ai.hrflow.connectors.api.http;

import ai.hrflow.connectors.api.errors.AuthenticationException;
import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.errors.FailedCall;
import ai.hrflow.connectors.api.errors.FieldError;
import ai.hrflow.connectors.api.errors.NotFoundException;
import ai.hrflow.connectors.api.errors.RateLimitedException;
import ai.hrflow.connectors.api.errors.ServerException;
import ai.hrflow.connectors.api.errors.TransportException;
import ai.hrflow.connectors.api.errors.UnexpectedResponseException;
import ai.hrflow.connectors.api.errors.ValidationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a final status or an I/O failure into the typed exception of {@code core.errors}, with a message
 * that names the call, says what to do next and quotes the redacted body excerpt.
 */
final class StatusErrors {
    private StatusErrors() {
    }

    static ConnectorException forResponse(ApiResponse response, List<FieldError> fields) {
        FailedCall call = response.call();
        int status = call.status();
        String head = call.describe() + " answered HTTP " + status;
        String note = response.retryNote().map(n -> " (" + n + ")").orElse("");
        String tail = call.bodyExcerpt().isEmpty() ? "" : " Response: " + call.bodyExcerpt();
        if (status == 401) {
            return new AuthenticationException(head + ": the credentials were refused (invalid, expired or"
                    + " revoked API key or token). Check the auth parameters of the connector and run again." + tail,
                    call);
        }
        if (status == 403) {
            return new AuthenticationException(head + ": the credentials are valid but not allowed to do this."
                    + " Give the user or the token the needed role or scope, then run again." + tail, call);
        }
        if (status == 404) {
            return new NotFoundException(head + ": not found. Check the id or key, and that the base URL and"
                    + " account identifier are the right ones." + tail, call);
        }
        if (status == 400 || status == 422) {
            String fieldText = fields.isEmpty() ? "" : " Fields: "
                    + fields.stream().map(FieldError::toString).collect(Collectors.joining("; ")) + ".";
            return new ValidationException(head + ": the API refused the data; sending it again will fail the"
                    + " same way. Fix the item (format, logics) or the parameters." + fieldText + tail, call, fields);
        }
        if (status == 429) {
            String advice = response.quotaExhausted()
                    ? " The API quota is used up for now: run again after that time."
                    : " Lower the rate limit or the concurrency of the connector, or run again later.";
            return new RateLimitedException(head + ", rate limited" + note + "." + advice + tail, call,
                    response.retryAfter().orElse(null), response.quotaExhausted());
        }
        if (status >= 500 && status < 600) {
            String advice = note.contains("not retried")
                    ? " Check in the target system whether it was applied before running again."
                    : " The API is having trouble: run again later.";
            return new ServerException(head + ", a server error" + note + "." + advice + tail, call);
        }
        return new UnexpectedResponseException(head + ", which this client does not expect"
                + (status >= 300 && status < 400 ? " (a redirect: check the base URL)" : "") + "." + tail, call,
                null);
    }

    static TransportException forIoError(FailedCall call, String host, Throwable error, ConnectionProblem problem,
            String note, Redactor redactor) {
        String what = error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + redactor.redact(error.getMessage()));
        String advice = ioAdvice(error, problem, note);
        String cause = error instanceof InterruptedException ? "no HTTP answer" : problem.text();
        return new TransportException(call.describe() + " to " + redactor.redact(host) + ": " + cause + " (" + what
                + ")" + (note == null ? "" : ", " + note) + "." + advice, call, problem.connectFailure(), error);
    }

    private static String ioAdvice(Throwable error, ConnectionProblem problem, String note) {
        if (error instanceof InterruptedException) {
            return " The run is being stopped.";
        }
        if (!problem.connectFailure() && note != null && note.startsWith("not retried")) {
            return " The outcome is unknown: check in the target system whether it was applied.";
        }
        return problem.advice();
    }
}
