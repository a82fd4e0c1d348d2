package ai.hrflow.connectors.api.errors;

import java.util.Objects;
import java.util.Optional;

/**
 * The API or the OAuth token endpoint refused the credentials: HTTP 401/403, a second 401 right after a
 * token refresh, or a token-endpoint error such as {@code invalid_grant}. A {@link CredentialsException},
 * hence fatal: the run stops and the message says which credential to fix.
 */
public class AuthenticationException extends CredentialsException implements ApiFailure {
    private static final long serialVersionUID = 1L;

    private final FailedCall call;
    private final String oauthError;

    public AuthenticationException(String message, FailedCall call) {
        this(message, call, null);
    }

    /**
     * @param oauthError the token endpoint's {@code error} code (e.g. {@code invalid_code}), or null
     */
    public AuthenticationException(String message, FailedCall call, String oauthError) {
        super(message);
        this.call = Objects.requireNonNull(call, "call");
        this.oauthError = oauthError;
    }

    @Override
    public FailedCall call() {
        return call;
    }

    /** The OAuth {@code error} code returned by the token endpoint, when that is what failed. */
    public Optional<String> oauthError() {
        return Optional.ofNullable(oauthError);
    }
}
