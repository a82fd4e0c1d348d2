package ai.hrflow.connectors.api.http;

import static ai.hrflow.connectors.api.http.FakeAuthServer.CLIENT_ID;
import static ai.hrflow.connectors.api.http.FakeAuthServer.CLIENT_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.errors.AuthenticationException;
import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OAuth2PersistenceTest {
    private static final String KEY = "jobadder:" + CLIENT_ID;

    private FakeAuthServer auth;
    private FakeTime time;
    private MapStateStore store;

    @BeforeEach
    void start() throws Exception {
        auth = new FakeAuthServer();
        time = FakeTime.advancing();
        store = new MapStateStore();
    }

    @AfterEach
    void stop() {
        auth.close();
    }

    /** A manager as a new run (or another process) builds it: its own client, the shared store. */
    private Run run(String code, String refreshToken, MapStateStore store) {
        ApiClient client = TestClients.client(auth.server, time);
        OAuth2TokenManager tokens = OAuth2TokenManager.builder().client(client)
                .provider(OAuth2Provider.standard("JobAdder", URI.create(auth.tokenUrl()), "api"))
                .credentials(new OAuth2Credentials(CLIENT_ID, CLIENT_SECRET, code, refreshToken, null))
                .store(store, KEY).build();
        return new Run(client, tokens);
    }

    private record Run(ApiClient client, OAuth2TokenManager tokens) {
        ApiResponse call() {
            return client.sendExpectingSuccess(ApiRequest.get(FakeAuthServer.API_PATH).tokenSource(tokens).build());
        }
    }

    private ObjectNode saved() {
        return store.credentials.get(KEY);
    }

    @Test
    void savesTheRefreshTokenAtOnceWithKeptFieldsAndNoSecret() {
        String code = auth.issueCode();
        run(code, null, store).call();

        ObjectNode saved = saved();
        assertThat(saved.path("refresh_token").asText()).startsWith("REFRESH");
        assertThat(saved.path("client_id").asText()).isEqualTo(CLIENT_ID);
        assertThat(saved.path("config_fingerprint").asText()).hasSize(64);
        assertThat(saved.path("fields").path("api").asText()).isEqualTo(auth.server.url("/api"));
        assertThat(saved.path("expires_at").asText()).isEqualTo("2025-01-01T01:00:00Z");
        assertThat(saved.toString()).doesNotContain(CLIENT_SECRET).doesNotContain(code);
    }

    @Test
    void aNewRunReusesTheSavedRefreshTokenOnceTheCodeIsSpent() {
        String code = auth.issueCode();
        run(code, null, store).call();
        time.advance(Duration.ofHours(2)); // the saved access token has expired too

        // same configuration as the first run: its code is spent, the server would refuse it
        Run second = run(code, null, store);
        assertThat(second.call().status()).isEqualTo(200);

        assertThat(auth.codeExchanges).hasValue(1);
        assertThat(auth.refreshes).hasValue(1);
        assertThat(auth.lastTokenRequest().formValue("refresh_token")).isEqualTo(saved().path("refresh_token").asText());
        assertThat(second.tokens().grantField("api")).hasValue(auth.server.url("/api"));
    }

    @Test
    void withoutAStoreTheSpentCodeIsRefusedByTheServer() {
        String code = auth.issueCode();
        run(code, null, store).call();

        assertThatThrownBy(() -> run(code, null, null).call()).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("invalid_grant");
        assertThat(auth.codeExchanges).hasValue(2);
    }

    @Test
    void aNewRunReusesAStillValidSavedAccessTokenWithoutAnyTokenRequest() {
        String code = auth.issueCode();
        run(code, null, store).call();
        time.advance(Duration.ofMinutes(10));

        run(code, null, store).call();

        assertThat(auth.tokenRequests()).hasSize(1);
    }

    @Test
    void aRefreshedAccessTokenIsSavedSoTheNextRunNeedsNoTokenRequest() {
        String code = auth.issueCode();
        Run first = run(code, null, store);
        first.call();
        time.advance(Duration.ofHours(2));
        first.call(); // refresh without rotation

        assertThat(saved().path("expires_at").asText()).isEqualTo("2025-01-01T03:00:00Z");
        run(code, null, store).call();
        assertThat(auth.tokenRequests()).hasSize(2);
    }

    @Test
    void aRotatedRefreshTokenIsSavedAndTheNextRunUsesIt() {
        auth.rotate = true;
        String code = auth.issueCode();
        Run first = run(code, null, store);
        first.call();
        String original = saved().path("refresh_token").asText();
        time.advance(Duration.ofHours(2));
        first.call(); // refresh: the server rotates and forgets the original
        String rotated = saved().path("refresh_token").asText();
        assertThat(rotated).isNotEqualTo(original);
        assertThat(auth.refreshTokens).containsExactly(rotated);

        time.advance(Duration.ofHours(2));
        run(code, null, store).call();

        assertThat(auth.lastTokenRequest().formValue("refresh_token")).isEqualTo(rotated);
        assertThat(auth.refreshes).hasValue(2);
    }

    @Test
    void aNewCodeInTheConfigurationWinsOverTheSavedGrant() {
        run(auth.issueCode(), null, store).call();
        String firstFingerprint = saved().path("config_fingerprint").asText();

        String newCode = auth.issueCode(); // the user authorized again and put the new code in the config
        run(newCode, null, store).call();

        assertThat(auth.codeExchanges).hasValue(2);
        assertThat(auth.lastTokenRequest().formValue("code")).isEqualTo(newCode);
        assertThat(saved().path("config_fingerprint").asText()).isNotEqualTo(firstFingerprint);
    }

    @Test
    void aNewRefreshTokenInTheConfigurationWinsOverTheSavedOne() {
        run(auth.issueCode(), null, store).call();
        String configured = auth.issueRefreshToken();

        run(null, configured, store).call();

        assertThat(auth.lastTokenRequest().formValue("refresh_token")).isEqualTo(configured);
    }

    @Test
    void aRunConfiguredWithNothingUsesTheGrantSavedForTheSameClient() {
        run(auth.issueCode(), null, store).call();
        time.advance(Duration.ofHours(2));

        run(null, null, store).call();

        assertThat(auth.refreshes).hasValue(1);
        assertThat(auth.codeExchanges).hasValue(1);
    }

    @Test
    void aGrantSavedForAnotherClientIsIgnored() {
        run(auth.issueCode(), null, store).call();
        saved().put("client_id", "another-client");
        time.advance(Duration.ofHours(2));

        run(auth.issueCode(), null, store).call();

        assertThat(auth.codeExchanges).hasValue(2);
        assertThat(auth.refreshes).hasValue(0);
    }

    @Test
    void aRefreshTokenRotatedByAnotherProcessIsPickedUpFromTheStore() {
        auth.rotate = true;
        String code = auth.issueCode();
        Run a = run(code, null, store);
        a.call();
        Run b = run(code, null, store);
        b.call(); // b loaded the original refresh token (and a valid access token)
        time.advance(Duration.ofHours(2));
        a.call(); // a rotates: the original dies, the new one is saved

        assertThat(b.call().status()).isEqualTo(200);

        assertThat(auth.refreshes).hasValue(3); // a's rotation, b's refused try, b's retry with the saved token
    }

    @Test
    void withoutAStoreAWarningSaysTheRefreshTokenWillBeLost() {
        try (LogCapture logs = new LogCapture()) {
            run(auth.issueCode(), null, null).call();

            assertThat(logs.messagesAt(Level.WARN)).singleElement().asString()
                    .contains("No state store is configured")
                    .contains("refresh token obtained from JobAdder will be lost at the end of this run");
        }
    }

    @Test
    void aStoreThatCannotSaveDoesNotFailTheRun() {
        MapStateStore broken = new MapStateStore() {
            @Override
            public void saveCredentials(String key, ObjectNode value) {
                throw new IllegalStateException("disk full");
            }
        };
        try (LogCapture logs = new LogCapture()) {
            assertThat(run(auth.issueCode(), null, broken).call().status()).isEqualTo(200);
            assertThat(logs.messagesAt(Level.ERROR)).singleElement().asString()
                    .contains("Could not save the JobAdder refresh token").contains("disk full");
        }
    }

    @Test
    void aCorruptSavedGrantIsIgnored() {
        store.credentials.put(KEY, ai.hrflow.connectors.api.Json.object().put("type", "oauth2").put("client_id", CLIENT_ID));

        run(auth.issueCode(), null, store).call();

        assertThat(auth.codeExchanges).hasValue(1);
        assertThat(saved().path("refresh_token").asText()).startsWith("REFRESH");
    }
}
