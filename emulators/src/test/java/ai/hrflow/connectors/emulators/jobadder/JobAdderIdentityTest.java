package ai.hrflow.connectors.emulators.jobadder;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.emulators.TestHttp;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobAdderIdentityTest {
    private final JobAdderFixture f = new JobAdderFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void codeExchangeGivesTokensAndTheApiUrl() {
        JsonNode grant = f.grant();

        assertThat(grant.path("access_token").asText()).isNotBlank();
        assertThat(grant.path("refresh_token").asText()).isNotBlank();
        assertThat(grant.path("expires_in").asInt()).isEqualTo(3600);
        assertThat(grant.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(grant.path("api").asText()).isEqualTo(f.emu.apiUrl());
    }

    @Test
    void aCodeIsSingleUseEvenWhenTheFirstExchangeFailed() {
        String code = f.emu.issueCode(JobAdderFixture.CLIENT, JobAdderFixture.REDIRECT);
        assertThat(f.exchange(code).statusCode()).isEqualTo(200);
        assertOAuthError(f.exchange(code), "invalid_grant");

        String other = f.emu.issueCode(JobAdderFixture.CLIENT, JobAdderFixture.REDIRECT);
        HttpResponse<String> wrongRedirect = f.token("grant_type=authorization_code&code=" + other
                + "&redirect_uri=https://evil.example.com&client_id=" + JobAdderFixture.CLIENT + "&client_secret="
                + JobAdderFixture.SECRET);
        assertOAuthError(wrongRedirect, "invalid_grant");
        assertOAuthError(f.exchange(other), "invalid_grant");
    }

    @Test
    void aCodeExpiresAfterFiveMinutes() {
        String code = f.emu.issueCode(JobAdderFixture.CLIENT, JobAdderFixture.REDIRECT);
        f.tick(Duration.ofMinutes(5));

        assertOAuthError(f.exchange(code), "invalid_grant");
    }

    @Test
    void wrongSecretIsInvalidClientAndUnknownGrantIsUnsupported() {
        String code = f.emu.issueCode(JobAdderFixture.CLIENT, JobAdderFixture.REDIRECT);
        assertOAuthError(f.token("grant_type=authorization_code&code=" + code + "&redirect_uri="
                + TestHttp.enc(JobAdderFixture.REDIRECT) + "&client_id=" + JobAdderFixture.CLIENT
                + "&client_secret=wrong"), "invalid_client");
        assertOAuthError(f.token("grant_type=password&client_id=" + JobAdderFixture.CLIENT + "&client_secret="
                + JobAdderFixture.SECRET), "unsupported_grant_type");
    }

    @Test
    void refreshTokensRotateAndTheOldOneDies() {
        String first = f.grant().path("refresh_token").asText();

        HttpResponse<String> refreshed = f.refresh(first);
        String second = TestHttp.body(refreshed).path("refresh_token").asText();

        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(TestHttp.body(refreshed).path("api").asText()).isEqualTo(f.emu.apiUrl());
        assertThat(second).isNotBlank().isNotEqualTo(first);
        assertOAuthError(f.refresh(first), "invalid_grant");
        assertThat(f.refresh(second).statusCode()).isEqualTo(200);
        assertThat(f.emu.liveRefreshTokens()).isEqualTo(1);
    }

    @Test
    void refreshTokensExpireAfterFourteenDaysUnused() {
        String token = f.grant().path("refresh_token").asText();
        f.tick(Duration.ofDays(13));
        String next = TestHttp.body(f.refresh(token)).path("refresh_token").asText();
        f.tick(Duration.ofDays(14));

        assertOAuthError(f.refresh(next), "invalid_grant");
    }

    @Test
    void withoutOfflineAccessThereIsNoRefreshToken() {
        String code = f.emu.issueCode(JobAdderFixture.CLIENT, JobAdderFixture.REDIRECT, "read write");

        JsonNode grant = TestHttp.body(f.exchange(code));

        assertThat(grant.has("access_token")).isTrue();
        assertThat(grant.has("refresh_token")).isFalse();
    }

    @Test
    void authorizeRedirectsWithACodeAndTheState() {
        HttpResponse<String> r = f.id.get("/connect/authorize?response_type=code&client_id=" + JobAdderFixture.CLIENT
                + "&redirect_uri=" + TestHttp.enc(JobAdderFixture.REDIRECT) + "&scope=read%20offline_access&state=xyz");

        assertThat(r.statusCode()).isEqualTo(302);
        URI location = URI.create(r.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(JobAdderFixture.REDIRECT + "?code=").endsWith("&state=xyz");
        String code = location.getQuery().replaceAll("^code=([^&]+).*$", "$1");
        assertThat(TestHttp.body(f.exchange(code)).has("refresh_token")).isTrue();
    }

    @Test
    void theApiRefusesMissingUnknownAndExpiredTokens() {
        TestHttp api = f.api();
        assertThat(api.get("/candidates").statusCode()).isEqualTo(200);
        assertThat(new TestHttp(f.emu.apiUrl()).get("/candidates").statusCode()).isEqualTo(401);
        assertThat(new TestHttp(f.emu.apiUrl()).withHeader("Authorization", "Bearer nope").get("/candidates")
                .statusCode()).isEqualTo(401);

        f.tick(Duration.ofMinutes(60));
        assertThat(api.get("/candidates").statusCode()).isEqualTo(401);

        TestHttp fresh = f.api();
        f.emu.expireAccessTokens();
        assertThat(fresh.get("/jobs").statusCode()).isEqualTo(401);
    }

    private static void assertOAuthError(HttpResponse<String> r, String error) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(TestHttp.body(r).path("error").asText()).isEqualTo(error);
    }
}
