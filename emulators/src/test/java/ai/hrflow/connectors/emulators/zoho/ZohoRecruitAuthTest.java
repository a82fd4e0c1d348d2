package ai.hrflow.connectors.emulators.zoho;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.emulators.TestHttp;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ZohoRecruitAuthTest {
    private final ZohoFixture f = new ZohoFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void missingOrUnknownTokenIs401InvalidToken() {
        HttpResponse<String> none = new TestHttp(f.zoho.recruitUrl() + "/recruit/v2").get("/Candidates");
        HttpResponse<String> unknown = f.as("1000.dead.beef").get("/Candidates");

        assertZohoError(none, 401, "INVALID_TOKEN");
        assertZohoError(unknown, 401, "INVALID_TOKEN");
        assertThat(ZohoFixture.body(unknown).path("status").asText()).isEqualTo("error");
        assertThat(ZohoFixture.body(unknown).path("details").isObject()).isTrue();
    }

    @Test
    void bearerSchemeIsRejectedUnlessAccepted() {
        TestHttp bearer = new TestHttp(f.zoho.recruitUrl() + "/recruit/v2").withHeader("Authorization", "Bearer " + f.token);

        int byDefault = bearer.get("/Candidates").statusCode();
        f.zoho.settings().acceptBearer(true);

        assertThat(byDefault).isEqualTo(401);
        assertThat(bearer.get("/Candidates").statusCode()).isEqualTo(204);
    }

    @Test
    void authenticationFailureCodeCanBeSwitchedOn() {
        f.zoho.settings().authenticationFailureCode(true);

        assertZohoError(f.as("1000.x.y").get("/Candidates"), 401, "AUTHENTICATION_FAILURE");
    }

    @Test
    void tokenOfAnotherDataCenterIsUnknownHere() {
        try (ZohoEmulator us = ZohoEmulator.builder().dataCenter(DataCenter.US).start()) {
            String usToken = us.issueAccessToken(us.registerClient().clientId());

            assertZohoError(f.as(usToken).get("/Candidates"), 401, "INVALID_TOKEN");
        }
    }

    @Test
    void missingScopeIs401ScopeMismatch() {
        String readOnly = f.zoho.issueAccessToken(f.client.clientId(), "ZohoRecruit.modules.candidate.READ");
        String jobsOnly = f.zoho.issueAccessToken(f.client.clientId(), "ZohoRecruit.modules.jobopening.ALL");
        String writer = f.zoho.issueAccessToken(f.client.clientId(), "zohorecruit.modules.candidate.write");

        assertThat(f.as(readOnly).get("/Candidates").statusCode()).isEqualTo(204);
        assertZohoError(f.as(readOnly).json("POST", "/Candidates", "{\"data\":[{\"Last_Name\":\"X\"}]}"), 401,
                "OAUTH_SCOPE_MISMATCH");
        assertZohoError(f.as(jobsOnly).get("/Candidates"), 401, "OAUTH_SCOPE_MISMATCH");
        assertThat(f.as(jobsOnly).get("/JobOpenings").statusCode()).isEqualTo(204);
        assertThat(f.as(writer).json("POST", "/Candidates", "{\"data\":[{\"Last_Name\":\"X\"}]}").statusCode()).isEqualTo(201);
        assertZohoError(f.as(writer).get("/Candidates"), 401, "OAUTH_SCOPE_MISMATCH");
    }

    @Test
    void searchNeedsTheSearchScope() {
        String noSearch = f.zoho.issueAccessToken(f.client.clientId(), "ZohoRecruit.modules.ALL");

        assertZohoError(f.as(noSearch).get("/Candidates/search?word=x"), 401, "OAUTH_SCOPE_MISMATCH");
        assertThat(f.recruit.get("/Candidates/search?word=x").statusCode()).isEqualTo(204);
        f.zoho.settings().enforceScopes(false);
        assertThat(f.as(noSearch).get("/Candidates/search?word=x").statusCode()).isEqualTo(204);
    }

    @Test
    void unknownModuleIs400AndJobOpeningsAliasIsAccepted() {
        assertZohoError(f.recruit.get("/Leads"), 400, "INVALID_MODULE");
        assertThat(f.recruit.get("/Job_Openings").statusCode()).isEqualTo(204);

        f.zoho.settings().jobOpeningsAlias(false);

        assertZohoError(f.recruit.get("/Job_Openings"), 400, "INVALID_MODULE");
    }

    @Test
    void badPathsAre404InvalidUrlPattern() {
        TestHttp host = new TestHttp(f.zoho.recruitUrl()).withHeader("Authorization", "Zoho-oauthtoken " + f.token);

        assertZohoError(host.get("/recruit/v2/Candidates/1/2/3"), 404, "INVALID_URL_PATTERN");
        assertZohoError(host.get("/recruit/private/json/Candidates/getRecords"), 404, "INVALID_URL_PATTERN");
        assertZohoError(host.send("PATCH", "/recruit/v2/Candidates", "application/json", "{}"), 405, "INVALID_REQUEST_METHOD");
        assertThat(new TestHttp(f.zoho.accountsUrl()).send("POST", "/oauth/v2/auth", null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void tokenExpiryIsMeasuredOnTheInjectableClock() {
        f.zoho.clock().advance(Duration.ofHours(1));

        assertZohoError(f.recruit.get("/Candidates"), 401, "INVALID_TOKEN");
    }

    static void assertZohoError(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode body = ZohoFixture.body(r);
        assertThat(body.path("code").asText()).isEqualTo(code);
        assertThat(body.path("status").asText()).isEqualTo("error");
    }
}
