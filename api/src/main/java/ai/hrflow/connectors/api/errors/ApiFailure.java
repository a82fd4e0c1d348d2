package ai.hrflow.connectors.api.errors;

/**
 * Implemented by every exception that reports a failed HTTP call, whatever its kind, so a caller can
 * read the status, endpoint and body excerpt without knowing the concrete type. It is an interface
 * rather than a base class because {@link AuthenticationException} must also be a
 * {@link CredentialsException}.
 */
public interface ApiFailure {

    /** The failed call: method, endpoint, status (0 without response), redacted excerpt, attempts. */
    FailedCall call();

    default int status() {
        return call().status();
    }

    default String endpoint() {
        return call().endpoint();
    }
}
