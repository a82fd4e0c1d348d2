package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.http.OAuth2Credentials;
import ai.hrflow.connectors.api.http.Redactor;
import ai.hrflow.connectors.api.params.Parameters;
import java.util.Locale;
import java.util.Objects;

/**
 * What a Zoho connection is configured with: the Self Client's id and secret, a one-time grant code and/or a
 * refresh token, and the data center. With only a code, the refresh token it is exchanged for is saved in the
 * state store, so later runs work although the code is spent.
 *
 * @param authorizationCode null for none
 * @param refreshToken null for none
 */
public record ZohoCredentials(String clientId, String clientSecret, String authorizationCode, String refreshToken,
        ZohoDataCenter dataCenter) {

    public ZohoCredentials {
        Objects.requireNonNull(clientId, "client_id");
        Objects.requireNonNull(clientSecret, "client_secret");
        Objects.requireNonNull(dataCenter, "data center");
    }

    /**
     * From parameters named as in seeds 000 and 002: {@code client_id, client_secret, authorization_code,
     * refresh_token, zoho_accounts_url} (the last one checked against its allowed values already).
     */
    public static ZohoCredentials fromParameters(Parameters p) {
        String accounts = p.string("zoho_accounts_url");
        ZohoDataCenter dc = ZohoDataCenter.fromUrl(accounts).orElseThrow(() -> new ConnectorException(
                "zoho_accounts_url '" + accounts + "' is not a Zoho accounts URL"));
        return new ZohoCredentials(p.string("client_id"), p.string("client_secret"),
                optional(p, "authorization_code"), optional(p, "refresh_token"), dc);
    }

    private static String optional(Parameters p, String name) {
        return p.declaration().parameter(name).isPresent() ? p.string(name) : null;
    }

    /**
     * The key the refresh token is saved under: data center and client id, no secret. Both connectors of this
     * module use it, so a grant obtained by one serves the other.
     */
    public String credentialKey() {
        return "zohorecruit:" + dataCenter.name().toLowerCase(Locale.ROOT) + ":" + clientId;
    }

    OAuth2Credentials oauth() {
        return new OAuth2Credentials(clientId, clientSecret, authorizationCode, refreshToken, null);
    }

    @Override
    public String toString() {
        return "ZohoCredentials[clientId=" + clientId + ", clientSecret=" + Redactor.MASK + ", authorizationCode="
                + (authorizationCode == null ? "none" : Redactor.MASK) + ", refreshToken="
                + (refreshToken == null ? "none" : Redactor.MASK) + ", dataCenter=" + dataCenter + "]";
    }
}
