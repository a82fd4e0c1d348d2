package ai.hrflow.connectors.api.http;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.AuthenticationException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * The two token requests of {@link OAuth2TokenManager}, sent through the connector's {@link ApiClient}:
 * code exchange and refresh. Every token obtained is registered with the client's redactor at once.
 */
final class TokenEndpoint {
    private final ApiClient client;
    private final OAuth2Provider provider;
    private final OAuth2Credentials credentials;
    private final Clock clock;
    private final Duration skew;

    TokenEndpoint(ApiClient client, OAuth2Provider provider, OAuth2Credentials credentials, Duration skew) {
        this.client = client;
        this.provider = provider;
        this.credentials = credentials;
        this.clock = client.settings().clock();
        this.skew = skew;
    }

    TokenGrant exchangeCode(String code) {
        FormBody.Builder form = FormBody.builder().add("grant_type", "authorization_code").add("code", code)
                .add("redirect_uri", credentials.redirectUri());
        // a code is single use: replaying an exchange whose answer was lost only earns invalid_grant
        return request(form, false);
    }

    TokenGrant refresh(String refreshToken) {
        FormBody.Builder form = FormBody.builder().add("grant_type", "refresh_token")
                .add("refresh_token", refreshToken);
        // safe to replay: without rotation the same token works again, with rotation a lost answer is lost anyway
        return request(form, true);
    }

    private TokenGrant request(FormBody.Builder form, boolean refresh) {
        ApiRequest.Builder request = ApiRequest.post(provider.tokenUrl().toString()).idempotent(refresh);
        if (provider.clientAuthentication() == OAuth2Provider.ClientAuthentication.BASIC) {
            String pair = Urls.formComponent(credentials.clientId()) + ":" + Urls.formComponent(credentials.clientSecret());
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        } else {
            form.add("client_id", credentials.clientId()).add("client_secret", credentials.clientSecret());
        }
        ApiResponse response = client.send(request.body(form.build()).build());
        if (response.status() == 429 || response.status() >= 500) {
            response.requireSuccess(); // transient: RateLimitedException or ServerException, not a credentials problem
        }
        Optional<OAuth2Error> error = provider.error(response, refresh);
        if (error.isPresent()) {
            throw refused(response, error.get());
        }
        return grant(response, refresh);
    }

    private TokenGrant grant(ApiResponse response, boolean refresh) {
        JsonNode body = response.json();
        String accessToken = body.path("access_token").asText("");
        if (accessToken.isBlank()) {
            throw refused(response, new OAuth2Error("no_access_token", "the answer carries no access_token", refresh));
        }
        JsonNode refreshNode = body.path("refresh_token");
        String refreshToken = refreshNode.isTextual() && !refreshNode.asText().isBlank() ? refreshNode.asText() : null;
        client.redactor().addSecret(accessToken);
        client.redactor().addSecret(refreshToken);
        ObjectNode fields = Json.object();
        for (String name : provider.keptFields()) {
            if (body.hasNonNull(name)) {
                fields.set(name, body.get(name).deepCopy());
            }
        }
        JsonNode expiresIn = body.path("expires_in");
        Duration lifetime = expiresIn.canConvertToLong() || expiresIn.isTextual() && expiresIn.asText().matches("\\d+")
                ? Duration.ofSeconds(expiresIn.asLong()) : null;
        return TokenGrant.issued(accessToken, lifetime, clock.instant(), skew, refreshToken, fields);
    }

    private AuthenticationException refused(ApiResponse response, OAuth2Error error) {
        String what = error.refresh() ? "the token refresh" : "the authorization code exchange";
        String detail = error.description() == null ? "" : ": " + client.redactor().redact(error.description());
        return new AuthenticationException(provider.name() + " refused " + what + " (" + error.code() + detail + ", "
                + response.call().describe() + " HTTP " + response.status() + "): " + provider.explain(error) + ".",
                response.call(), error.code());
    }
}
