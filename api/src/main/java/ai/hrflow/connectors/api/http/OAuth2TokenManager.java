package ai.hrflow.connectors.api.http;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.AuthenticationException;
import ai.hrflow.connectors.api.errors.CredentialsException;
import ai.hrflow.connectors.api.spi.CredentialStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the access tokens of an OAuth 2.0 connector (Zoho Recruit, JobAdder) to its {@link ApiClient}, as
 * the {@link AccessTokenSource} of its requests. One per connector instance and run, shared by its threads.
 *
 * <ul>
 *   <li>Exchanges the configured authorization code once, then refreshes with the refresh token when the
 *       access token is within {@code expirySkew} of expiry, or when the API refused it (one refresh per
 *       rejected token, however many threads saw the 401).
 *   <li>Single flight: token requests happen under one lock, and threads that waited for it re-check the
 *       token before asking again, so a thundering herd of writers causes one refresh.
 *   <li>Saves every grant that has a refresh token through {@link CredentialStore#saveCredentials} under the
 *       credential key (see {@link StoredGrant} for what is saved and when a saved grant wins over the
 *       configuration), so the next run works after the one-time code is spent. Without a store, warns
 *       that the refresh token will be lost.
 *   <li>Exposes the kept fields of the token response ({@link #grantField(String)}), e.g. JobAdder's API URL.
 * </ul>
 */
public final class OAuth2TokenManager implements AccessTokenSource {
    private static final Logger log = LoggerFactory.getLogger(OAuth2TokenManager.class);

    private final ApiClient client;
    private final OAuth2Provider provider;
    private final OAuth2Credentials credentials;
    private final CredentialStore store;
    private final String key;
    private final Duration skew;
    private final TokenEndpoint endpoint;
    private final String fingerprint;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile TokenGrant grant;
    // guarded by lock
    private boolean initialized;
    private String refreshToken;
    private boolean codeSpent;
    private boolean warnedNoRefreshToken;
    private boolean warnedNoStore;

    private OAuth2TokenManager(Builder b) {
        this.client = Objects.requireNonNull(b.client, "client");
        this.provider = Objects.requireNonNull(b.provider, "provider");
        this.credentials = Objects.requireNonNull(b.credentials, "credentials");
        this.store = b.store;
        this.key = b.key;
        this.skew = b.expirySkew;
        this.endpoint = new TokenEndpoint(client, provider, credentials, skew);
        this.fingerprint = StoredGrant.fingerprint(credentials);
        Redactor redactor = client.redactor();
        redactor.addSecret(credentials.clientSecret());
        redactor.addSecret(credentials.authorizationCode());
        redactor.addSecret(credentials.refreshToken());
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String accessToken() {
        TokenGrant current = grant;
        if (current != null && current.usableAt(client.settings().clock().instant())) {
            return current.accessToken();
        }
        lock.lock();
        try {
            return obtain().accessToken();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String refreshAfterRejection(String rejectedToken) {
        lock.lock();
        try {
            initialize();
            TokenGrant current = grant;
            if (current != null && current.usableAt(client.settings().clock().instant())
                    && !current.accessToken().equals(rejectedToken)) {
                return current.accessToken(); // another thread already replaced the rejected token
            }
            if (refreshToken == null) {
                throw new CredentialsException(provider.name() + " access token was refused (HTTP 401) and there is"
                        + " no refresh token to get another one: authorize the app again and put the new"
                        + " authorization code in the connector's auth parameters.");
            }
            log.debug("The API refused the access token; refreshing it with {}", provider.name());
            return refresh().accessToken();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String scheme() {
        return provider.authorizationScheme();
    }

    /**
     * A kept field of the token response ({@link OAuth2Provider#keptFields()}), obtaining a grant first if
     * there is none yet. JobAdder's client reads {@code api}, its account's API base URL, this way.
     */
    public Optional<String> grantField(String name) {
        JsonNode value = grantFields().path(name);
        return value.isValueNode() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** All kept fields of the current grant (a copy), obtaining a grant first if there is none yet. */
    public ObjectNode grantFields() {
        TokenGrant current = grant;
        if (current == null || current.accessToken() == null) {
            accessToken();
            current = grant;
        }
        return current.fields().deepCopy();
    }

    private TokenGrant obtain() {
        initialize();
        TokenGrant current = grant;
        if (current != null && current.usableAt(client.settings().clock().instant())) {
            return current; // obtained by the thread that held the lock before us
        }
        if (refreshToken != null) {
            return refresh();
        }
        if (credentials.authorizationCode() != null && !codeSpent) {
            codeSpent = true; // single use, even if the exchange fails
            log.debug("Exchanging the authorization code with {}", provider.name());
            return apply(endpoint.exchangeCode(credentials.authorizationCode()));
        }
        throw new CredentialsException(codeSpent
                ? "The authorization code was already exchanged and " + provider.name() + " gave no refresh token,"
                        + " so no new access token can be obtained: make sure the app asks for offline access,"
                        + " authorize it again and put the new code in the connector's auth parameters."
                : "No authorization code or refresh token is configured for " + provider.name()
                        + (store == null ? "" : " and none was saved under the credential key '" + key + "'")
                        + ": authorize the app and put the code in the connector's auth parameters.");
    }

    private void initialize() {
        if (initialized) {
            return;
        }
        initialized = true;
        refreshToken = credentials.refreshToken();
        Optional<StoredGrant> saved = loadSaved();
        boolean nothingConfigured = credentials.authorizationCode() == null && credentials.refreshToken() == null;
        if (saved.isPresent() && (fingerprint.equals(saved.get().configFingerprint()) || nothingConfigured)) {
            StoredGrant s = saved.get();
            refreshToken = s.refreshToken();
            client.redactor().addSecret(s.refreshToken());
            client.redactor().addSecret(s.accessToken());
            codeSpent = true; // the configured code is the one an earlier run exchanged
            if (s.secretMatches(credentials)) {
                grant = s.toGrant(skew);
                log.debug("Using the {} grant saved under the credential key '{}'", provider.name(), key);
            } else {
                // A wrong client secret would go unnoticed while the saved access token lasts: refresh now, so
                // the token endpoint checks the configured secret (a rotated one is saved with the new grant).
                grant = s.withoutAccessToken().toGrant(skew);
                log.info("The {} client secret is not the one the grant saved under '{}' was obtained with:"
                        + " refreshing the access token to check it", provider.name(), key);
            }
        } else if (saved.isPresent()) {
            log.info("The configured {} code or refresh token differs from the one the grant saved under '{}' came"
                    + " from: using the configured one", provider.name(), key);
        }
    }

    private Optional<StoredGrant> loadSaved() {
        if (store == null) {
            return Optional.empty();
        }
        return store.loadCredentials(key).flatMap(StoredGrant::fromJson)
                .filter(s -> s.clientId().equals(credentials.clientId()));
    }

    private TokenGrant refresh() {
        String used = refreshToken;
        try {
            return apply(endpoint.refresh(used));
        } catch (AuthenticationException refused) {
            // another process sharing the store may have rotated the refresh token since this one loaded it
            Optional<StoredGrant> newer = loadSaved().filter(s -> fingerprint.equals(s.configFingerprint())
                    && !s.refreshToken().equals(used));
            if (newer.isEmpty()) {
                throw refused;
            }
            log.info("{} refused the refresh token; retrying with the newer one saved under '{}'", provider.name(), key);
            refreshToken = newer.get().refreshToken();
            client.redactor().addSecret(refreshToken);
            return apply(endpoint.refresh(refreshToken));
        }
    }

    private TokenGrant apply(TokenGrant fresh) {
        TokenGrant previous = grant;
        ObjectNode fields = previous == null ? Json.object() : previous.fields().deepCopy();
        fields.setAll(fresh.fields()); // a refresh answer may omit what the code exchange returned
        boolean newRefreshToken = fresh.refreshToken() != null;
        if (newRefreshToken) {
            refreshToken = fresh.refreshToken();
        }
        TokenGrant merged = fresh.with(refreshToken, fields);
        grant = merged;
        save(merged, newRefreshToken);
        return merged;
    }

    private void save(TokenGrant current, boolean newRefreshToken) {
        if (current.refreshToken() == null) {
            if (!warnedNoRefreshToken) {
                warnedNoRefreshToken = true;
                log.warn("{} returned no refresh token: when this access token expires, a new authorization code"
                        + " will be needed (make sure the app asks for offline access)", provider.name());
            }
            return;
        }
        if (store == null) {
            if (newRefreshToken && !warnedNoStore) {
                warnedNoStore = true;
                log.warn("No state store is configured: the refresh token obtained from {} will be lost at the end"
                        + " of this run, and the next run will need a new authorization code", provider.name());
            }
            return;
        }
        try {
            store.saveCredentials(key, StoredGrant.of(credentials, fingerprint, current)
                    .toJson(client.settings().clock().instant()));
        } catch (RuntimeException e) {
            // this run can go on with the tokens in memory; failing it would lose them just the same
            log.error("Could not save the {} refresh token under '{}' ({}): the next run may need a new"
                    + " authorization code", provider.name(), key, client.redactor().redact(String.valueOf(e.getMessage())));
        }
    }

    /** Collects the manager's collaborators. */
    public static final class Builder {
        private ApiClient client;
        private OAuth2Provider provider;
        private OAuth2Credentials credentials;
        private CredentialStore store;
        private String key;
        private Duration expirySkew = Duration.ofSeconds(60);

        private Builder() {
        }

        /** The client that sends the token requests; its redactor learns every token. */
        public Builder client(ApiClient client) {
            this.client = client;
            return this;
        }

        public Builder provider(OAuth2Provider provider) {
            this.provider = provider;
            return this;
        }

        public Builder credentials(OAuth2Credentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /**
         * Where to save and find the grant; {@code store} null for none. The key names the connection (e.g.
         * {@code zohorecruit:<client_id>}) and must not contain a secret.
         */
        public Builder store(CredentialStore store, String key) {
            if (store != null && (key == null || key.isBlank())) {
                throw new IllegalArgumentException("a credential key is needed to save credentials");
            }
            this.store = store;
            this.key = key;
            return this;
        }

        /** How long before expiry the access token is refreshed (default 60 s, at most half its lifetime). */
        public Builder expirySkew(Duration expirySkew) {
            this.expirySkew = Objects.requireNonNull(expirySkew);
            return this;
        }

        public OAuth2TokenManager build() {
            return new OAuth2TokenManager(this);
        }
    }
}
