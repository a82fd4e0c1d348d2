package ai.hrflow.connectors.api.http;

import static ai.hrflow.connectors.api.http.FakeAuthServer.CLIENT_ID;
import static ai.hrflow.connectors.api.http.FakeAuthServer.CLIENT_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.errors.AuthenticationException;
import ai.hrflow.connectors.api.errors.CredentialsException;
import ai.hrflow.connectors.api.errors.ServerException;
import ch.qos.logback.classic.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OAuth2TokenManagerTest {
    private FakeAuthServer auth;
    private FakeTime time;
    private ApiClient client;

    @BeforeEach
    void start() throws Exception {
        auth = new FakeAuthServer();
        time = FakeTime.advancing();
        client = TestClients.client(auth.server, time);
    }

    @AfterEach
    void stop() {
        auth.close();
    }

    private OAuth2TokenManager manager(OAuth2Provider provider, String code, String refreshToken) {
        return OAuth2TokenManager.builder().client(client).provider(provider)
                .credentials(new OAuth2Credentials(CLIENT_ID, CLIENT_SECRET, code, refreshToken, "https://app/cb"))
                .build();
    }

    private OAuth2TokenManager manager(String code) {
        return manager(OAuth2Provider.standard("JobAdder", URI.create(auth.tokenUrl()), "api"), code, null);
    }

    private ApiResponse callApi(OAuth2TokenManager tokens) {
        return client.sendExpectingSuccess(ApiRequest.get(FakeAuthServer.API_PATH).tokenSource(tokens).build());
    }

    @Test
    void exchangesTheCodeOnceAndReusesTheCachedToken() {
        OAuth2TokenManager tokens = manager(auth.issueCode());

        for (int i = 0; i < 3; i++) {
            assertThat(callApi(tokens).json().path("user").asText()).isEqualTo("bob");
        }

        assertThat(auth.codeExchanges).hasValue(1);
        assertThat(auth.refreshes).hasValue(0);
        RecordedRequest exchange = auth.lastTokenRequest();
        assertThat(exchange.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(exchange.form()).containsOnlyKeys("grant_type", "code", "redirect_uri", "client_id", "client_secret");
        assertThat(exchange.formValue("grant_type")).isEqualTo("authorization_code");
        assertThat(exchange.formValue("redirect_uri")).isEqualTo("https://app/cb");
        assertThat(auth.server.requests().get(1).header("Authorization")).startsWith("Bearer ACCESS");
    }

    @Test
    void refreshesOnlyWhenTheTokenNearsExpiry() {
        OAuth2TokenManager tokens = manager(auth.issueCode());
        callApi(tokens);

        time.advance(Duration.ofSeconds(3600 - 61)); // 1 s before the 60 s skew
        callApi(tokens);
        assertThat(auth.refreshes).hasValue(0);

        time.advance(Duration.ofSeconds(2));
        callApi(tokens);
        assertThat(auth.refreshes).hasValue(1);
        RecordedRequest refresh = auth.lastTokenRequest();
        assertThat(refresh.formValue("grant_type")).isEqualTo("refresh_token");
        assertThat(refresh.formValue("refresh_token")).startsWith("REFRESH");
        assertThat(refresh.form()).doesNotContainKeys("code", "redirect_uri");
        assertThat(auth.codeExchanges).hasValue(1);
    }

    @Test
    void a401RefreshesOnceAndReplaysTheRequest() {
        OAuth2TokenManager tokens = manager(auth.issueCode());
        callApi(tokens);
        auth.revokeAccessTokens();

        ApiResponse response = callApi(tokens);

        assertThat(response.status()).isEqualTo(200);
        assertThat(auth.refreshes).hasValue(1);
        assertThat(auth.apiCalls).hasValue(3);
    }

    @Test
    void a401AgainAfterTheRefreshIsACredentialsException() {
        OAuth2TokenManager tokens = manager(auth.issueCode());
        auth.server.route(FakeAuthServer.API_PATH, r -> Reply.json(401, "{\"code\":\"OAUTH_SCOPE_MISMATCH\"}"));

        assertThatThrownBy(() -> callApi(tokens)).isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.isFatal()).isTrue();
            assertThat(e.call().status()).isEqualTo(401);
        }).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("GET /api/me answered HTTP 401 again with a freshly refreshed access token")
                .hasMessageContaining("OAUTH_SCOPE_MISMATCH");
        assertThat(auth.refreshes).hasValue(1);
        assertThat(auth.server.count(FakeAuthServer.API_PATH)).isEqualTo(2);
    }

    @Test
    void concurrentCallersShareOneExchangeAndOneRefresh() throws Exception {
        auth.tokenDelayMillis = 100;
        OAuth2TokenManager tokens = manager(auth.issueCode());

        runConcurrently(16, () -> callApi(tokens));
        assertThat(auth.codeExchanges).hasValue(1);

        time.advance(Duration.ofHours(1));
        runConcurrently(16, () -> callApi(tokens));
        assertThat(auth.refreshes).hasValue(1);

        auth.revokeAccessTokens(); // every thread gets a 401 with the same token
        runConcurrently(16, () -> callApi(tokens));
        assertThat(auth.refreshes).hasValue(2);
        assertThat(auth.codeExchanges).hasValue(1);
    }

    @Test
    void zohoStyleErrorsInHttp200BodiesAreClearCredentialsExceptions() {
        auth.zohoErrors = true;
        OAuth2TokenManager tokens = manager(new ZohoLikeProvider(URI.create(auth.tokenUrl())), "CODE-ALREADY-USED-1234",
                null);

        assertThatThrownBy(() -> callApi(tokens)).isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.isFatal()).isTrue();
            assertThat(e.oauthError()).hasValue("invalid_code");
            assertThat(e.call().status()).isEqualTo(200);
        }).hasMessageContaining("Zoho Accounts refused the authorization code exchange (invalid_code")
                .hasMessageContaining("generate a new code in the Zoho API console")
                .hasMessageNotContaining("CODE-ALREADY-USED-1234").hasMessageNotContaining(CLIENT_SECRET);
        assertThat(auth.server.count(FakeAuthServer.API_PATH)).isZero();
    }

    @Test
    void standardErrorsIn400BodiesSayWhatToDo() {
        OAuth2TokenManager spent = manager("CODE-NEVER-ISSUED-5678");
        assertThatThrownBy(() -> callApi(spent)).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("JobAdder refused the authorization code exchange (invalid_grant")
                .hasMessageContaining("already used, has expired").hasMessageNotContaining("CODE-NEVER-ISSUED-5678");

        OAuth2TokenManager wrongClient = OAuth2TokenManager.builder().client(client)
                .provider(OAuth2Provider.standard("JobAdder", URI.create(auth.tokenUrl())))
                .credentials(new OAuth2Credentials(CLIENT_ID, "wrong-secret-000", auth.issueCode(), null, null)).build();
        assertThatThrownBy(() -> callApi(wrongClient)).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("(invalid_client").hasMessageContaining("client_id or client_secret is wrong")
                .hasMessageNotContaining("wrong-secret-000");
    }

    @Test
    void aServerErrorAtTheTokenEndpointIsNotACredentialsProblem() {
        auth.server.route(FakeAuthServer.TOKEN_PATH, r -> Reply.status(502));
        OAuth2TokenManager tokens = manager(auth.issueCode());

        assertThatThrownBy(() -> callApi(tokens)).isInstanceOf(ServerException.class)
                .isNotInstanceOf(CredentialsException.class);
    }

    @Test
    void aCodeIsNeverExchangedTwiceEvenAfterAFailure() {
        auth.server.route(FakeAuthServer.TOKEN_PATH, r -> Reply.status(500));
        OAuth2TokenManager tokens = manager(auth.issueCode());
        assertThatThrownBy(() -> callApi(tokens)).isInstanceOf(ServerException.class);

        assertThatThrownBy(() -> callApi(tokens)).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("already exchanged");
        assertThat(auth.tokenRequests()).hasSize(1);
    }

    @Test
    void withoutARefreshTokenTheUserIsToldAtOnceAndAgainAtExpiry() {
        auth.giveRefreshToken = false;
        OAuth2TokenManager tokens = manager(auth.issueCode());
        try (LogCapture logs = new LogCapture()) {
            callApi(tokens);
            assertThat(logs.messagesAt(Level.WARN)).singleElement().asString()
                    .contains("JobAdder returned no refresh token").contains("offline access");
        }
        time.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> callApi(tokens)).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("gave no refresh token");
    }

    @Test
    void nothingConfiguredIsACredentialsException() {
        assertThatThrownBy(() -> callApi(manager(null))).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("No authorization code or refresh token is configured for JobAdder");
    }

    @Test
    void aConfiguredRefreshTokenIsUsedWithoutACode() {
        String refreshToken = auth.issueRefreshToken();
        OAuth2TokenManager tokens = manager(OAuth2Provider.standard("JobAdder", URI.create(auth.tokenUrl())), null,
                refreshToken);

        callApi(tokens);

        assertThat(auth.codeExchanges).hasValue(0);
        assertThat(auth.lastTokenRequest().formValue("refresh_token")).isEqualTo(refreshToken);
    }

    @Test
    void exposesKeptFieldsOfTheTokenResponseAcrossRefreshes() {
        OAuth2TokenManager tokens = manager(auth.issueCode());

        assertThat(tokens.grantField("api")).hasValue(auth.server.url("/api"));
        assertThat(tokens.grantField("token_type")).isEmpty(); // not a kept field
        time.advance(Duration.ofHours(2));
        callApi(tokens); // the refresh answer has no "api"
        assertThat(auth.refreshes).hasValue(1);
        assertThat(tokens.grantField("api")).hasValue(auth.server.url("/api"));
    }

    @Test
    void basicClientAuthenticationAndProviderScheme() {
        OAuth2TokenManager tokens = manager(new ZohoLikeProvider(URI.create(auth.tokenUrl())) {
            @Override
            public ClientAuthentication clientAuthentication() {
                return ClientAuthentication.BASIC;
            }
        }, auth.issueCode(), null);

        assertThat(callApi(tokens).json().path("scheme").asText()).isEqualTo("Zoho-oauthtoken");
        RecordedRequest exchange = auth.tokenRequests().get(0);
        assertThat(exchange.header("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)));
        assertThat(exchange.form()).doesNotContainKeys("client_id", "client_secret");
    }

    @Test
    void noCodeSecretOrTokenIsEverLogged() {
        String code = auth.issueCode();
        try (LogCapture logs = new LogCapture()) {
            OAuth2TokenManager tokens = manager(code);
            callApi(tokens);
            time.advance(Duration.ofHours(2));
            callApi(tokens);
            auth.revokeAccessTokens();
            callApi(tokens);

            assertThat(auth.issued).hasSizeGreaterThanOrEqualTo(4);
            assertThat(logs.events()).hasSizeGreaterThan(10);
            assertThat(logs.text()).doesNotContain(CLIENT_SECRET).doesNotContain(auth.issued);
        }
    }

    private static void runConcurrently(int threads, Runnable task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                go.await();
                task.run();
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    /** What the Zoho connector will plug in: Zoho's scheme, field and message for its own error code. */
    static class ZohoLikeProvider implements OAuth2Provider {
        private final URI tokenUrl;

        ZohoLikeProvider(URI tokenUrl) {
            this.tokenUrl = tokenUrl;
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
        public String explain(OAuth2Error error) {
            if (error.code().equals("invalid_code")) {
                return "the authorization code was already used or expired, or the refresh token was revoked:"
                        + " generate a new code in the Zoho API console";
            }
            return OAuth2Provider.super.explain(error);
        }
    }
}
