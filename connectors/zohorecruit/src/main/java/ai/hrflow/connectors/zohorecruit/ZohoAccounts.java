package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.http.OAuth2Error;
import ai.hrflow.connectors.api.http.OAuth2Provider;
import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * Zoho Accounts as an OAuth 2.0 server ("Self Client" flow, contract §2). Its quirks:
 * <ul>
 *   <li>errors arrive with HTTP 200 and a body {@code {"error": "invalid_code"}}; the default
 *       {@link OAuth2Provider#error} already checks for the {@code error} member before any token, which is what
 *       the reference forgot (its KeyError, and its calls sent with {@code Zoho-oauthtoken None});</li>
 *   <li>{@code invalid_code} means a spent or expired grant code <em>and</em> an unknown or revoked refresh
 *       token, so the advice depends on which request failed;</li>
 *   <li>Recruit wants {@code Authorization: Zoho-oauthtoken <token>}, not {@code Bearer}.</li>
 * </ul>
 * The refresh token is not rotated; the token manager saves the one the code exchange returned.
 */
final class ZohoAccounts implements OAuth2Provider {
    private final URI tokenUrl;
    private final String accountsUrl;

    /**
     * @param tokenUrl the token endpoint as the client must call it (after endpoint overrides)
     * @param accountsUrl the configured accounts URL, named in messages
     */
    ZohoAccounts(URI tokenUrl, String accountsUrl) {
        this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
        this.accountsUrl = Objects.requireNonNull(accountsUrl, "accountsUrl");
    }

    @Override
    public String name() {
        return "Zoho Accounts";
    }

    @Override
    public URI tokenUrl() {
        return tokenUrl;
    }

    @Override
    public String authorizationScheme() {
        return "Zoho-oauthtoken";
    }

    @Override
    public Set<String> keptFields() {
        return Set.of("api_domain");
    }

    @Override
    public String explain(OAuth2Error error) {
        switch (error.code()) {
            case "invalid_code":
                return error.refresh()
                        ? "the refresh token is unknown or was revoked (Zoho says invalid_code for both). In the"
                                + " Zoho API console (Self Client) generate a new grant code with the scope"
                                + " ZohoRecruit.modules.ALL, put it in authorization_code, remove refresh_token and"
                                + " run again"
                        : "the authorization code was already used, has expired (a grant code lives a few"
                                + " minutes) or was issued to another client. In the Zoho API console (Self Client)"
                                + " generate a new grant code and run again within its lifetime; the refresh token it"
                                + " gives is saved, so later runs do not need a new code";
            case "invalid_client":
                return "Zoho does not know this client_id at " + accountsUrl + ", or the client_secret is wrong."
                        + " Copy both again from the Self Client in the Zoho API console, and check that"
                        + " zoho_accounts_url is the data center of the account (the client of an EU account is"
                        + " unknown at accounts.zoho.com)";
            case "invalid_client_secret":
                return "the client_secret is wrong: copy it again from the Self Client in the Zoho API console";
            case "access_denied":
                return "Zoho refused to issue more tokens for now (at most 10 access tokens per refresh token"
                        + " every 10 minutes). Wait 10 minutes and run again; runs that share a state store reuse"
                        + " the saved access token instead of asking for a new one";
            default:
                return OAuth2Provider.super.explain(error);
        }
    }
}
