package ai.hrflow.connectors.recruitee;

import static ai.hrflow.connectors.recruitee.RecruiteeTestEnv.CANDIDATES;
import static ai.hrflow.connectors.recruitee.RecruiteeTestEnv.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.AuthenticationException;
import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.errors.ValidationException;
import ai.hrflow.connectors.emulators.recruitee.RecruiteeRequests;
import ai.hrflow.connectors.emulators.server.Fault;
import ai.hrflow.connectors.emulators.server.RecordedRequest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecruiteeClientTest {
    private final RecruiteeTestEnv env = new RecruiteeTestEnv();

    @AfterEach
    void close() {
        env.close();
    }

    private static ObjectNode candidate(String name) {
        ObjectNode c = Json.object().put("name", name);
        c.putArray("emails").add(name.toLowerCase().replace(' ', '.') + "@example.com");
        return c;
    }

    @Test
    void sendsTheBearerTokenAndReadsTheAdmin() {
        ObjectNode admin = env.client().admin();

        assertThat(admin.path("company_id").asLong()).isEqualTo(COMPANY);
        RecordedRequest sent = env.rec.requests().last("GET", "/c/{company}/admin").orElseThrow();
        assertThat(RecruiteeRequests.authorizationScheme(sent)).isEqualTo("Bearer");
    }

    @Test
    void createWithOffersThenGetUpdateDelete() {
        RecruiteeClient client = env.client();

        long id = client.postCandidate(candidate("Ann Lee"), List.of(env.offerA, env.offerB)).path("id").asLong();
        ObjectNode updated = client.updateCandidate(id, Json.object().put("name", "Ann Lee-Smith"));

        assertThat(updated.path("name").asText()).isEqualTo("Ann Lee-Smith");
        assertThat(client.candidate(id).orElseThrow().path("placements")).extracting(p -> p.path("offer_id").asLong())
                .containsExactly(env.offerA, env.offerB);
        assertThat(client.deleteCandidate(id)).isTrue();
        assertThat(client.deleteCandidate(id)).isFalse();
        assertThat(client.candidate(id)).isEmpty();
    }

    @Test
    void offersKeyIsLeftOutWhenThereAreNone() {
        env.client().postCandidate(candidate("Ann Lee"), List.of());

        assertThat(env.rec.requests().last("POST", CANDIDATES).orElseThrow().json().has("offers")).isFalse();
    }

    @Test
    void listIsAlwaysPagedAndBooleansGoOutAsLowercaseTrue() {
        CandidateQuery query = new CandidateQuery(null, true, false, null, null, "ann", null, false, true, 50, 100);

        env.client().candidates(query);

        RecordedRequest sent = env.rec.requests().last("GET", CANDIDATES).orElseThrow();
        assertThat(sent.query().first("limit")).isEqualTo("50");
        assertThat(sent.query().first("offset")).isEqualTo("100");
        assertThat(sent.query().first("disqualified")).isEqualTo("true");
        assertThat(sent.query().first("with_my_messages")).isEqualTo("true");
        assertThat(sent.query().has("qualified")).isFalse();
        assertThat(sent.query().first("query")).isEqualTo("ann");
    }

    @Test
    void subdomainWorksAsCompanyId() {
        RecruiteeClient bySubdomain = RecruiteeClient.open(new RecruiteeAccount("acme", env.token,
                RecruiteeEndpoint.PRODUCTION), env.context(), env.recruiteeHttp);

        assertThat(bySubdomain.offers("job", "active", "default")).hasSize(2);
    }

    @Test
    void rejectedTokenIsAFatalErrorThatDoesNotShowTheToken() {
        RecruiteeClient client = RecruiteeClient.open(new RecruiteeAccount("12345", "wrong-token-value",
                RecruiteeEndpoint.PRODUCTION), env.context(), env.recruiteeHttp);

        assertThatThrownBy(client::admin).isInstanceOf(AuthenticationException.class)
                .satisfies(e -> assertThat(((ConnectorException) e).isFatal()).isTrue())
                .hasMessageContaining("401").hasMessageNotContaining("wrong-token-value");
        assertThat(env.rec.requests().count("GET", "/c/{company}/admin")).isEqualTo(1);
    }

    @Test
    void validationErrorsCarryTheRefusedFields() {
        ObjectNode bad = Json.object().put("name", " ");
        bad.putArray("emails").addNull();

        assertThatThrownBy(() -> env.client().postCandidate(bad, List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.field()).containsExactly("name", "emails"))
                .hasMessageContaining("422");
    }

    @Test
    void rateLimitedCallsAreRetriedHonouringRetryAfter() {
        env.rec.faults().next(1, "GET", CANDIDATES, Fault.status(429).withRetryAfter(3));
        env.rec.faults().next(1, "GET", CANDIDATES, Fault.status(429));

        assertThat(env.client().candidates(CandidateQuery.page(10, 0)).candidates()).isEmpty();

        assertThat(env.rec.requests().count("GET", CANDIDATES)).isEqualTo(3);
        assertThat(env.waits).hasSize(2);
        assertThat(env.waits.get(0)).isEqualTo(Duration.ofSeconds(3));
        assertThat(env.waits.get(1)).isLessThan(Duration.ofSeconds(1)); // backoff without Retry-After
    }

    @Test
    void aPostIsNotRetriedByTheHttpLayerOnAServerError() {
        env.rec.faults().next(1, "POST", CANDIDATES, Fault.status(503));

        assertThatThrownBy(() -> env.client().postCandidate(candidate("Ann Lee"), List.of()))
                .hasMessageContaining("503");
        assertThat(env.rec.requests().count("POST", CANDIDATES)).isEqualTo(1);
    }

    @Test
    void stagingEndpointIsItsOwnRoot() {
        RecruiteeClient staging = RecruiteeClient.open(new RecruiteeAccount("12345", env.token,
                RecruiteeEndpoint.STAGING), RunContextFor.staging(env), env.recruiteeHttp);

        assertThat(staging.offers(null, null, "brief")).hasSize(2);
    }

    /** Maps only the staging root to the emulator, so a call reaching it proves the staging URL was used. */
    static final class RunContextFor {
        static ai.hrflow.connectors.api.spi.RunContext staging(RecruiteeTestEnv env) {
            return ai.hrflow.connectors.api.spi.RunContext.standalone("test").withEndpoints(
                    ai.hrflow.connectors.api.spi.EndpointOverrides.of(java.util.Map.of(
                            "https://api.s.recruitee.com/c", env.rec.baseUrl())));
        }
    }
}
