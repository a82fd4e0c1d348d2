package ai.hrflow.connectors.jobadder;

import ai.hrflow.connectors.api.http.ApiClient;
import ai.hrflow.connectors.api.http.ApiClientSettings;
import ai.hrflow.connectors.api.http.OAuth2TokenManager;
import ai.hrflow.connectors.api.spi.RunContext;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Opens the {@link JobAdderClient} of one run: one {@link ApiClient} for both JobAdder hosts (the rate limit and
 * retries are per host anyway), and the {@link OAuth2TokenManager} that exchanges the code once, refreshes when
 * the access token expires or is refused, and saves every grant (refresh tokens rotate) in the run's state
 * store under {@link JobAdderCredentials#credentialKey()}.
 *
 * <p>Every URL goes through {@code context.endpoints().resolve(...)}: the token URL derived from
 * {@code authorization_url}, and the API base the token response names. That is how a proxy, a sandbox or the
 * emulators replace the real hosts.
 */
public final class JobAdderConnection {
    /**
     * Defaults for JobAdder: five attempts with full-jitter backoff from 500 ms, {@code Retry-After} honoured up
     * to two minutes, no client-side rate limit (JobAdder publishes no numbers; a 429 is the signal, and the
     * writers' concurrency bounds the pressure).
     */
    public static final ApiClientSettings DEFAULT_SETTINGS = ApiClientSettings.builder()
            .maxAttempts(5)
            .backoff(Duration.ofMillis(500), Duration.ofSeconds(30))
            .maxRetryAfter(Duration.ofMinutes(2))
            .maxCallDuration(Duration.ofMinutes(5))
            .userAgent("hrflow-connectors-java (jobadder)")
            .build();

    private JobAdderConnection() {
    }

    public static JobAdderClient open(JobAdderCredentials credentials, RunContext context) {
        return open(credentials, context, DEFAULT_SETTINGS);
    }

    /**
     * @param settings HTTP behaviour (timeouts, retries); its base URL is ignored, its clock replaced by the run's
     */
    public static JobAdderClient open(JobAdderCredentials credentials, RunContext context, ApiClientSettings settings) {
        Objects.requireNonNull(credentials, "credentials");
        ApiClient http = new ApiClient(settings.toBuilder().baseUrl(null).clock(context.clock())
                .secret(credentials.clientSecret()).secret(credentials.authorizationCode())
                .secret(credentials.refreshToken()).build());
        JobAdderIdentity identity = new JobAdderIdentity(URI.create(context.endpoints().resolve(credentials.tokenUrl())));
        OAuth2TokenManager tokens = OAuth2TokenManager.builder()
                .client(http)
                .provider(identity)
                .credentials(credentials.oauth())
                .store(context.credentialStore().orElse(null), credentials.credentialKey())
                .build();
        return new JobAdderClient(http, tokens, url -> context.endpoints().resolve(url));
    }
}
