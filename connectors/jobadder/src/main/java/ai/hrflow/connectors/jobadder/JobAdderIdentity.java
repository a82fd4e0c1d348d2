package ai.hrflow.connectors.jobadder;

import ai.hrflow.connectors.api.http.OAuth2Error;
import ai.hrflow.connectors.api.http.OAuth2Provider;
import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * JobAdder's identity server ({@code id.jobadder.com}) as an OAuth 2.0 provider ({@code api/jobadder.md} §1).
 * RFC 6749 in everything that matters: credentials in the form body, {@code Bearer} tokens, errors as HTTP 400
 * with an {@code error} member. What it adds: the token response names the account's API base URL in
 * {@code api} (kept with the grant and saved with it), and refresh tokens may rotate at each use (the token
 * manager keeps and saves whichever comes back).
 */
final class JobAdderIdentity implements OAuth2Provider {
    private final URI tokenUrl;

    /** @param tokenUrl the token endpoint as the client must call it (after endpoint overrides) */
    JobAdderIdentity(URI tokenUrl) {
        this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
    }

    @Override
    public String name() {
        return "JobAdder";
    }

    @Override
    public URI tokenUrl() {
        return tokenUrl;
    }

    @Override
    public Set<String> keptFields() {
        return Set.of("api", "instance", "account");
    }

    @Override
    public String explain(OAuth2Error error) {
        switch (error.code()) {
            case "invalid_grant":
                return error.refresh()
                        ? "the saved refresh token was revoked, has expired (JobAdder refresh tokens die after 14"
                                + " days unused) or the user who authorized the app was removed. Authorize the app"
                                + " again (https://id.jobadder.com/connect/authorize with the offline_access scope),"
                                + " put the new code in authorization_code and run again within 5 minutes"
                        : "the authorization code was already exchanged (codes are single use: a second run with"
                                + " the same code only works when the first one could save its refresh token in a"
                                + " state store), has expired (codes live 5 minutes) or does not match this"
                                + " client_id and redirect_uri. Authorize the app again, put the new code in"
                                + " authorization_code and run again within 5 minutes, with a state store"
                                + " configured so later runs can refresh on their own";
            case "invalid_client":
                return "JobAdder does not know this client_id or the client_secret is wrong: copy both again from"
                        + " the app's registration in the JobAdder developer portal";
            case "invalid_request":
                return "the token request was refused as malformed; check that redirect_uri is exactly the one"
                        + " registered for the app and used when authorizing";
            default:
                return OAuth2Provider.super.explain(error);
        }
    }
}
