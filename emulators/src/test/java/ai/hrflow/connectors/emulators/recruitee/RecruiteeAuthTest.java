package ai.hrflow.connectors.emulators.recruitee;

import static ai.hrflow.connectors.emulators.recruitee.RecruiteeFixture.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.emulators.TestHttp;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecruiteeAuthTest {
    private final RecruiteeFixture f = new RecruiteeFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void missingMalformedOrUnknownTokensAre401() {
        TestHttp anonymous = new TestHttp(f.emu.baseUrl());
        assertThat(anonymous.get("/" + COMPANY + "/candidates").statusCode()).isEqualTo(401);
        assertThat(anonymous.withHeader("Authorization", "Token " + f.token).get("/" + COMPANY + "/candidates")
                .statusCode()).isEqualTo(401);
        assertThat(anonymous.withHeader("Authorization", "Bearer ").get("/" + COMPANY + "/offers").statusCode())
                .isEqualTo(401);
        HttpResponse<String> unknown = f.as("not-a-token").get("/" + COMPANY + "/candidates");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(TestHttp.body(unknown).path("error").get(0).asText()).contains("Unauthorized");
        assertThat(unknown.headers().firstValue("Content-Type")).contains("application/json");
    }

    @Test
    void companyIsFoundByIdOrSubdomain() {
        assertThat(f.http.get("/" + COMPANY + "/offers").statusCode()).isEqualTo(200);
        assertThat(f.http.get("/acme/offers").statusCode()).isEqualTo(200);
        assertThat(f.http.get("/nobody/offers").statusCode()).isEqualTo(404);
    }

    @Test
    void tokenOfAnotherCompanyIs403OrConfigured404() {
        assertThat(f.as(f.otherToken).get("/acme/candidates").statusCode()).isEqualTo(403);
        f.emu.settings().foreignCompanyStatus(404);
        assertThat(f.as(f.otherToken).get("/acme/candidates").statusCode()).isEqualTo(404);
    }

    @Test
    void adminDescribesTheTokenOwner() {
        HttpResponse<String> r = f.http.get("/acme/admin");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(TestHttp.body(r).path("admin").path("company_id").asLong()).isEqualTo(COMPANY);
        assertThat(TestHttp.body(r).path("admin").path("id").asLong()).isPositive();
    }

    @Test
    void perTokenRateCapAnswers429WithRetryAfter() {
        f.emu.tokenRateLimit(2);

        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> r = f.http.get("/acme/offers");
            if (r.statusCode() == 429) {
                limited++;
                retryAfter = r.headers().firstValue("Retry-After").orElse(null);
            }
        }
        assertThat(limited).isPositive();
        assertThat(retryAfter).isNotNull();
        assertThat(f.emu.tokenRateRejections()).isEqualTo(limited);
        // another token has its own bucket
        f.emu.addToken("second-token", COMPANY);
        assertThat(f.as("second-token").get("/acme/offers").statusCode()).isEqualTo(200);
    }

    @Test
    void requestLogMasksTheToken() {
        f.http.get("/acme/candidates?limit=1");

        var recorded = f.emu.requests().last("GET", RecruiteeFixture.CANDIDATES).orElseThrow();
        assertThat(recorded.header("Authorization")).isEqualTo("Bearer ***");
        assertThat(RecruiteeRequests.authorizationScheme(recorded)).isEqualTo("Bearer");
        assertThat(recorded.query().first("limit")).isEqualTo("1");
        assertThat(f.emu.requests().all()).flatMap(r -> r.headers().values()).flatMap(v -> v)
                .noneMatch(v -> v.contains(f.token));
    }
}
