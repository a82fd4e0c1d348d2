package ai.hrflow.connectors.emulators.zoho;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ZohoOAuthTest {
    private final ZohoFixture f = new ZohoFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void codeExchangeReturnsAccessAndRefreshTokens() {
        String code = f.zoho.issueAuthorizationCode(f.client.clientId());

        HttpResponse<String> r = f.token(f.codeGrant(code));

        JsonNode body = ZohoFixture.body(r);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(body.path("access_token").asText()).matches("1000\\.[0-9a-f]{32}\\.[0-9a-f]{32}");
        assertThat(body.path("refresh_token").asText()).startsWith("1000.").isNotEqualTo(body.path("access_token").asText());
        assertThat(body.path("api_domain").asText()).isEqualTo("https://www.zohoapis.eu");
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asInt()).isEqualTo(3600);
        assertThat(f.as(body.path("access_token").asText()).get("/Candidates").statusCode()).isEqualTo(204);
        assertThat(f.zoho.codeExchanges()).isEqualTo(1);
    }

    @Test
    void parametersMayComeAsQueryString() {
        String code = f.zoho.issueAuthorizationCode(f.client.clientId());
        String query = "?grant_type=authorization_code&client_id=" + f.client.clientId() + "&client_secret="
                + f.client.clientSecret() + "&code=" + code;

        HttpResponse<String> r = f.accounts.send("POST", "/oauth/v2/token" + query, null, null);

        assertThat(ZohoFixture.body(r).has("access_token")).isTrue();
    }

    @Test
    void codeIsSingleUseAndErrorsComeWithHttp200() {
        String code = f.zoho.issueAuthorizationCode(f.client.clientId());
        f.token(f.codeGrant(code));

        HttpResponse<String> again = f.token(f.codeGrant(code));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(ZohoFixture.body(again).path("error").asText()).isEqualTo("invalid_code");
        assertThat(ZohoFixture.body(again).has("access_token")).isFalse();
        assertThat(f.zoho.codeExchanges()).isEqualTo(2);
    }

    @Test
    void codeExpiresByTheClock() {
        String code = f.zoho.issueAuthorizationCode(f.client.clientId());
        String stillValid = f.zoho.issueAuthorizationCode(f.client.clientId());
        f.tick(179);
        assertThat(ZohoFixture.body(f.token(f.codeGrant(stillValid))).has("access_token")).isTrue();

        f.tick(1);

        assertThat(ZohoFixture.body(f.token(f.codeGrant(code))).path("error").asText()).isEqualTo("invalid_code");
    }

    @Test
    void codeOfAnotherClientIsInvalid() {
        ZohoClientCredentials other = f.zoho.registerClient();
        String foreign = f.zoho.issueAuthorizationCode(other.clientId());

        assertThat(ZohoFixture.body(f.token(f.codeGrant(foreign))).path("error").asText()).isEqualTo("invalid_code");
        assertThat(ZohoFixture.body(f.token(f.codeGrant("1000.nope.nope"))).path("error").asText()).isEqualTo("invalid_code");
    }

    @Test
    void unknownClientOrOtherDataCenterIsInvalidClient() {
        f.zoho.registerClient("1000.US", "secret", DataCenter.US);
        Map<String, String> unknown = f.codeGrant("x");
        unknown.put("client_id", "1000.UNKNOWN");
        Map<String, String> us = f.codeGrant("x");
        us.put("client_id", "1000.US");
        us.put("client_secret", "secret");

        assertThat(ZohoFixture.body(f.token(unknown)).path("error").asText()).isEqualTo("invalid_client");
        assertThat(ZohoFixture.body(f.token(us)).path("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void wrongSecretIsInvalidClientOrInvalidClientSecret() {
        String code = f.zoho.issueAuthorizationCode(f.client.clientId());
        Map<String, String> wrong = f.codeGrant(code);
        wrong.put("client_secret", "wrong");

        String byDefault = ZohoFixture.body(f.token(wrong)).path("error").asText();
        f.zoho.settings().wrongSecret(ZohoSettings.WrongSecret.INVALID_CLIENT_SECRET);
        String switched = ZohoFixture.body(f.token(wrong)).path("error").asText();

        assertThat(byDefault).isEqualTo("invalid_client");
        assertThat(switched).isEqualTo("invalid_client_secret");
        // A failed attempt does not burn the code.
        assertThat(ZohoFixture.body(f.token(f.codeGrant(code))).has("access_token")).isTrue();
    }

    @Test
    void refreshGrantDoesNotRotateTheRefreshToken() {
        String refresh = ZohoFixture.body(f.token(f.codeGrant(f.zoho.issueAuthorizationCode(f.client.clientId()))))
                .path("refresh_token").asText();

        JsonNode first = ZohoFixture.body(f.token(f.refreshGrant(refresh)));
        JsonNode second = ZohoFixture.body(f.token(f.refreshGrant(refresh)));

        assertThat(first.has("refresh_token")).isFalse();
        assertThat(first.path("access_token").asText()).startsWith("1000.").isNotEqualTo(second.path("access_token").asText());
        assertThat(first.path("expires_in").asInt()).isEqualTo(3600);
        assertThat(f.zoho.refreshes()).isEqualTo(2);
    }

    @Test
    void unknownOrRevokedRefreshTokenIsInvalidCode() {
        String refresh = f.zoho.issueRefreshToken(f.client.clientId());
        String access = ZohoFixture.body(f.token(f.refreshGrant(refresh))).path("access_token").asText();

        HttpResponse<String> revoke = f.accounts.send("POST", "/oauth/v2/token/revoke?token=" + refresh, null, null);

        assertThat(ZohoFixture.body(revoke).path("status").asText()).isEqualTo("success");
        assertThat(ZohoFixture.body(f.token(f.refreshGrant(refresh))).path("error").asText()).isEqualTo("invalid_code");
        assertThat(ZohoFixture.body(f.token(f.refreshGrant("1000.a.b"))).path("error").asText()).isEqualTo("invalid_code");
        assertThat(f.as(access).get("/Candidates").statusCode()).isEqualTo(401);
    }

    @Test
    void revokeHookKillsTheRefreshTokenToo() {
        String refresh = f.zoho.issueRefreshToken(f.client.clientId());

        assertThat(f.zoho.revokeRefreshToken(refresh)).isTrue();

        assertThat(ZohoFixture.body(f.token(f.refreshGrant(refresh))).path("error").asText()).isEqualTo("invalid_code");
    }

    @Test
    void accessTokenExpiresByTheClockWithConfigurableLifetime() {
        f.zoho.settings().accessTokenLifetime(Duration.ofSeconds(60));
        JsonNode tokens = ZohoFixture.body(f.token(f.codeGrant(f.zoho.issueAuthorizationCode(f.client.clientId()))));
        String access = tokens.path("access_token").asText();
        f.tick(59);
        int before = f.as(access).get("/Candidates").statusCode();

        f.tick(1);
        HttpResponse<String> after = f.as(access).get("/Candidates");

        assertThat(tokens.path("expires_in").asInt()).isEqualTo(60);
        assertThat(before).isEqualTo(204);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(ZohoFixture.body(after).path("code").asText()).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void tooManyRefreshesIn10MinutesAreAccessDenied() {
        String refresh = f.zoho.issueRefreshToken(f.client.clientId());
        for (int i = 0; i < 10; i++) {
            assertThat(ZohoFixture.body(f.token(f.refreshGrant(refresh))).has("access_token")).isTrue();
        }

        HttpResponse<String> eleventh = f.token(f.refreshGrant(refresh));
        f.tick(600);
        JsonNode later = ZohoFixture.body(f.token(f.refreshGrant(refresh)));

        assertThat(eleventh.statusCode()).isEqualTo(200);
        assertThat(ZohoFixture.body(eleventh).path("error").asText()).isEqualTo("access_denied");
        assertThat(later.has("access_token")).isTrue();
    }

    @Test
    void sixteenthAccessTokenEvictsTheOldest() {
        f.zoho.settings().accessTokensPerRefreshTokenPer10Minutes(0);
        String refresh = f.zoho.issueRefreshToken(f.client.clientId());
        String oldest = ZohoFixture.body(f.token(f.refreshGrant(refresh))).path("access_token").asText();
        String second = null;
        for (int i = 0; i < 15; i++) {
            String t = ZohoFixture.body(f.token(f.refreshGrant(refresh))).path("access_token").asText();
            second = second == null ? t : second;
        }

        assertThat(f.as(oldest).get("/Candidates").statusCode()).isEqualTo(401);
        assertThat(f.as(second).get("/Candidates").statusCode()).isEqualTo(204);
    }

    @Test
    void twentyFirstRefreshTokenEvictsTheOldest() {
        String oldest = f.zoho.issueRefreshToken(f.client.clientId());
        String oldestAccess = ZohoFixture.body(f.token(f.refreshGrant(oldest))).path("access_token").asText();
        for (int i = 0; i < 19; i++) {
            f.zoho.issueRefreshToken(f.client.clientId());
        }
        for (int i = 0; i < 30; i++) {
            f.zoho.issueAccessToken(f.client.clientId());
        }
        assertThat(ZohoFixture.body(f.token(f.refreshGrant(oldest))).has("access_token")).isTrue();

        f.zoho.issueRefreshToken(f.client.clientId());

        assertThat(ZohoFixture.body(f.token(f.refreshGrant(oldest))).path("error").asText()).isEqualTo("invalid_code");
        assertThat(f.as(oldestAccess).get("/Candidates").statusCode()).isEqualTo(401);
        assertThat(f.recruit.get("/Candidates").statusCode()).as("hook tokens are not evicted").isEqualTo(204);
    }

    @Test
    void unknownGrantTypeIsRejected() {
        Map<String, String> form = f.codeGrant("x");
        form.put("grant_type", "password");

        assertThat(ZohoFixture.body(f.token(form)).path("error").asText()).isEqualTo("unsupported_grant_type");
        assertThat(f.zoho.codeExchanges()).isZero();
    }
}
