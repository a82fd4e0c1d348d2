package ai.hrflow.connectors.api.http;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The quirks of one OAuth 2.0 authorization server, for {@link OAuth2TokenManager}. Each connector with
 * OAuth supplies one (Zoho Accounts, JobAdder id); the defaults follow RFC 6749, and
 * {@link #standard(String, URI, String...)} builds a provider that changes nothing else.
 */
public interface OAuth2Provider {

    /** Where the client credentials go in a token request (RFC 6749 §2.3.1 allows both). */
    enum ClientAuthentication { FORM_BODY, BASIC }

    /** How messages name the server, e.g. {@code "Zoho Accounts"}. */
    String name();

    /** The token endpoint. */
    URI tokenUrl();

    default ClientAuthentication clientAuthentication() {
        return ClientAuthentication.FORM_BODY;
    }

    /** Put before the token in {@code Authorization}; Zoho Recruit wants {@code Zoho-oauthtoken}. */
    default String authorizationScheme() {
        return "Bearer";
    }

    /**
     * Token-response fields to keep with the grant and save with the refresh token, e.g. JobAdder's
     * {@code api} (the account's API base URL) or Zoho's {@code api_domain}.
     */
    default Set<String> keptFields() {
        return Set.of();
    }

    /**
     * The error in a token-endpoint answer, or empty when it carries a token. Not called for 429 and 5xx,
     * which are transient. The default reads an {@code error} member whatever the status (Zoho answers
     * errors with HTTP 200) and treats any other non-2xx as an error too.
     */
    default Optional<OAuth2Error> error(ApiResponse response, boolean refresh) {
        JsonNode body;
        try {
            body = response.json();
        } catch (RuntimeException notJson) {
            body = Json.object();
        }
        String code = body.path("error").asText("");
        if (!code.isEmpty()) {
            JsonNode description = body.path("error_description");
            return Optional.of(new OAuth2Error(code, description.isTextual() ? description.asText() : null, refresh));
        }
        if (!response.isSuccess()) {
            return Optional.of(new OAuth2Error("http_" + response.status(), null, refresh));
        }
        return Optional.empty();
    }

    /** What the user should do about {@code error}: one sentence, no secret. */
    default String explain(OAuth2Error error) {
        switch (error.code()) {
            case "invalid_grant":
                return error.refresh()
                        ? "the refresh token was revoked or has expired: authorize the app again and put the new"
                                + " authorization code in the connector's auth parameters"
                        : "the authorization code was already used, has expired, or was issued for another client"
                                + " or redirect URI: authorize the app again and put the new code in the connector's"
                                + " auth parameters";
            case "invalid_client":
                return "the client_id or client_secret is wrong, or the token URL belongs to another environment:"
                        + " copy them again from the app registration";
            case "unauthorized_client":
                return "this client may not use this grant type: check the app registration";
            case "invalid_request":
                return "the token request lacks a parameter or has a wrong one (a redirect_uri must match the"
                        + " registered one): check the connector's auth parameters";
            case "invalid_scope":
                return "the requested scope is not allowed for this client: check the app registration";
            case "unsupported_grant_type":
                return "the server does not accept this grant type: check the token URL";
            case "access_denied":
                return "access was denied (or too many tokens were requested): wait a few minutes, check the app's"
                        + " access and authorize again if needed";
            default:
                return "check the client_id and client_secret, authorize the app again and put the new"
                        + " authorization code in the connector's auth parameters";
        }
    }

    /** A provider with RFC 6749 behaviour, credentials in the form body and {@code Bearer} tokens. */
    static OAuth2Provider standard(String name, URI tokenUrl, String... keptFields) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Set<String> kept = Set.of(keptFields);
        return new OAuth2Provider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public URI tokenUrl() {
                return tokenUrl;
            }

            @Override
            public Set<String> keptFields() {
                return kept;
            }
        };
    }
}
