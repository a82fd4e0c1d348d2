package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.http.ApiClient;
import ai.hrflow.connectors.api.http.ApiClientSettings;
import ai.hrflow.connectors.api.http.OAuth2TokenManager;
import ai.hrflow.connectors.api.spi.RunContext;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Opens the {@link ZohoRecruitClient} of one run: an {@link ApiClient} for both Zoho hosts of the data center,
 * and the {@link OAuth2TokenManager} that gets its access tokens from Zoho Accounts and saves the refresh token
 * in the run's state store under {@link ZohoCredentials#credentialKey()}.
 *
 * <p>Every URL goes through {@code context.endpoints().resolve(...)}: that is how a proxy, a sandbox or the
 * emulators replace the real hosts.
 */
public final class ZohoConnection {
    /**
     * Defaults for Zoho: five attempts with full-jitter backoff from 1 s (Zoho sends no {@code Retry-After} on
     * a 429, so the client has to back off on its own), waits up to 60 s, no client-side rate limit (Zoho
     * publishes none; concurrency is bounded by the writers).
     */
    public static final ApiClientSettings DEFAULT_SETTINGS = ApiClientSettings.builder()
            .maxAttempts(5)
            .backoff(Duration.ofSeconds(1), Duration.ofSeconds(60))
            .maxCallDuration(Duration.ofMinutes(5))
            .userAgent("hrflow-connectors-java (zohorecruit)")
            .build();

    private ZohoConnection() {
    }

    /**
     * @param settings HTTP behaviour (timeouts, retries); its base URL is ignored, its clock replaced by the
     *     run's
     */
    public static ZohoRecruitClient open(ZohoCredentials credentials, RunContext context, ApiClientSettings settings) {
        Objects.requireNonNull(credentials, "credentials");
        ZohoDataCenter dc = credentials.dataCenter();
        ApiClient http = new ApiClient(settings.toBuilder().baseUrl(null).clock(context.clock())
                .secret(credentials.clientSecret()).secret(credentials.authorizationCode())
                .secret(credentials.refreshToken()).build());
        ZohoAccounts accounts = new ZohoAccounts(URI.create(context.endpoints().resolve(dc.tokenUrl())),
                dc.accountsUrl());
        OAuth2TokenManager tokens = OAuth2TokenManager.builder()
                .client(http)
                .provider(accounts)
                .credentials(credentials.oauth())
                .store(context.credentialStore().orElse(null), credentials.credentialKey())
                // Zoho limits new access tokens to 10 per 10 minutes: refresh a little early, not often
                .expirySkew(Duration.ofMinutes(5))
                .build();
        return new ZohoRecruitClient(http, tokens, context.endpoints().resolve(dc.recruitApiUrl()));
    }
}
