package ai.hrflow.connectors.api.errors;

import java.util.Objects;

/**
 * Base of the HTTP failures that are not about credentials: {@link NotFoundException},
 * {@link ValidationException}, {@link UnexpectedResponseException} and the retriable kinds under
 * {@link RetriableApiException}. Thrown by API clients built on {@code core.http}; the message already
 * names the call and says what to do next.
 */
public abstract class ApiException extends ConnectorException implements ApiFailure {
    private static final long serialVersionUID = 1L;

    private final FailedCall call;

    protected ApiException(String message, FailedCall call, Throwable cause) {
        super(message, cause);
        this.call = Objects.requireNonNull(call, "call");
    }

    @Override
    public FailedCall call() {
        return call;
    }
}
