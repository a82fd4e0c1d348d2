package ai.hrflow.connectors.jobadder;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.Reason;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import ai.hrflow.connectors.api.spi.Logic;
import ai.hrflow.connectors.emulators.jobadder.JobAdderData;
import ai.hrflow.connectors.emulators.server.Fault;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** OAuth across runs (code reuse, refresh rotation, expiry mid-run) and the HTTP layer's 429 handling. */
class AuthAndResilienceTest {
    private final JobAdderTestEnv env = new JobAdderTestEnv();

    @AfterEach
    void close() {
        env.close();
    }

    private RunResult pull(String code, List<Logic> logics) {
        return env.run("create_profiles_in_hrflow", ActionRequest.builder("ja-to-hrflow")
                .connectorAuth(env.connectorAuth(code)).pullParameters(Map.of("limit", 2))
                .hrflowAuth(env.hrflowAuth()).pushParameters(Map.of("source_key", env.source)).logics(logics).build());
    }

    private long codeExchanges() {
        return env.ja.idRequests().filter(r -> r.bodyText().contains("grant_type=authorization_code")).size();
    }

    private List<String> refreshTokensSent() {
        List<String> out = new ArrayList<>();
        env.ja.idRequests().filter(r -> r.bodyText().contains("grant_type=refresh_token"))
                .forEach(r -> out.add(r.bodyText().replaceAll(".*refresh_token=([^&]+).*", "$1")));
        return out;
    }

    @Test
    void aReusedCodeWithoutAStateStoreIsAClearFatalError() {
        env.store = null;
        env.ja.seedCandidates(JobAdderData.candidates(2, 1));
        String code = env.newCode();

        RunResult first = pull(code, null);
        RunResult second = pull(code, null);

        assertThat(first.status()).as(first.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(second.status()).isEqualTo(Status.FATAL);
        assertThat(second.reason()).isEqualTo(Reason.READ_FAILURE);
        assertThat(String.join("\n", second.errors())).contains("invalid_grant")
                .contains("authorization code was already exchanged").contains("state store")
                .doesNotContain(code).doesNotContain(JobAdderTestEnv.CLIENT_SECRET);
        assertThat(codeExchanges()).isEqualTo(2);
    }

    @Test
    void withAStateStoreLaterRunsRefreshAndRotatedRefreshTokensArePersisted() throws Exception {
        env.ja.seedCandidates(JobAdderData.candidates(2, 1));
        String code = env.newCode();
        String key = JobAdderCredentials.fromParameters(JobAdderParameters.AUTH.bind(env.connectorAuth(code)))
                .credentialKey();

        RunResult first = pull(code, null);
        String savedAfterFirst = env.store.loadCredentials(key).orElseThrow().path("refresh_token").asText();
        env.ja.expireAccessTokens();
        RunResult second = pull(code, null);
        String savedAfterSecond = env.store.loadCredentials(key).orElseThrow().path("refresh_token").asText();
        env.ja.expireAccessTokens();
        RunResult third = pull(code, null);

        assertThat(List.of(first, second, third)).allSatisfy(r -> assertThat(r.status())
                .as(r.errors().toString()).isEqualTo(Status.SUCCESS));
        assertThat(codeExchanges()).isEqualTo(1);
        assertThat(refreshTokensSent()).containsExactly(savedAfterFirst, savedAfterSecond);
        assertThat(savedAfterSecond).isNotEqualTo(savedAfterFirst);
        // the rotated-out token is dead: a run that kept it in memory only would be locked out now
        assertThat(refreshStatus(savedAfterFirst)).isEqualTo(400);
        assertThat(env.store.loadCredentials(key).orElseThrow().path("fields").path("api").asText())
                .isEqualTo(env.ja.apiUrl());
        assertThat(key).doesNotContain(code);
    }

    @Test
    void anAccessTokenExpiringMidRunIsRefreshedAndTheRequestReplayed() {
        env.ja.seedCandidates(JobAdderData.candidates(5, 2));
        Logic expireAtSecondItem = new Logic() {
            private int seen;

            @Override
            public ObjectNode apply(ObjectNode item) {
                if (++seen == 2) {
                    env.ja.clock().advance(Duration.ofMinutes(61)); // JobAdder's clock: tokens live 60 minutes
                }
                return item;
            }
        };

        RunResult result = pull(env.newCode(), List.of(expireAtSecondItem));

        assertThat(result.status()).as(result.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.WRITE_SUCCESS)).isEqualTo(5);
        assertThat(env.ja.requests().filter(r -> r.status() == 401)).hasSize(1);
        assertThat(refreshTokensSent()).hasSize(1);
        assertThat(codeExchanges()).isEqualTo(1);
    }

    @Test
    void aWrongClientSecretIsFatalAndSaysWhatToFix() {
        env.ja.seedCandidates(JobAdderData.candidates(1, 1));
        Map<String, Object> auth = env.connectorAuth(env.newCode());
        auth.put("client_secret", "not-the-secret");

        RunResult result = env.run("create_profiles_in_hrflow", ActionRequest.builder("wrong-secret")
                .connectorAuth(auth).hrflowAuth(env.hrflowAuth()).pushParameters(Map.of("source_key", env.source))
                .build());

        assertThat(result.status()).isEqualTo(Status.FATAL);
        assertThat(String.join("\n", result.errors())).contains("invalid_client").contains("client_secret")
                .doesNotContain("not-the-secret");
    }

    @Test
    void rateLimitedCallsAreRetriedAfterRetryAfterOnReadsAndCreates() {
        env.ja.seedCandidates(JobAdderData.candidates(3, 4));
        env.ja.faults().next(1, "GET", "/v2/candidates", Fault.status(429).withRetryAfter(3));
        RunResult read = pull(env.newCode(), null);
        String key = env.seedProfile("hr-1", "Ada", "Lovelace", "ada@example.com");
        env.ja.faults().next(1, "POST", "/v2/candidates", Fault.status(429));

        RunResult write = env.run("push_profile", ActionRequest.builder("push").originParameters(env.pushOrigin(key))
                .targetParameters(env.pushTarget(env.newCode(), false)).build());

        assertThat(read.status()).as(read.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(read.count(Event.READ_SUCCESS)).isEqualTo(3);
        assertThat(env.waits).contains(Duration.ofSeconds(3));
        assertThat(write.status()).as(write.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(env.ja.requests().count("POST", "/v2/candidates")).isEqualTo(2);
        assertThat(env.ja.candidatesWithEmail("ada@example.com")).hasSize(1);
    }

    @Test
    void aMalformedListAnswerFailsTheReadWithoutMovingTheToken() {
        env.ja.seedCandidates(JobAdderData.candidates(4, 5));
        String code = env.newCode();
        env.ja.faults().add(ai.hrflow.connectors.emulators.server.FaultRule.on("GET", "/v2/candidates").skip(1)
                .times(1).then(Fault.malformedJson()));

        RunResult broken = env.run("create_profiles_in_hrflow", ActionRequest.builder("broken")
                .connectorAuth(env.connectorAuth(code)).pullParameters(Map.of("limit", 2)).incremental(true)
                .hrflowAuth(env.hrflowAuth()).pushParameters(Map.of("source_key", env.source)).build());
        RunResult resumed = env.run("create_profiles_in_hrflow", ActionRequest.builder("broken")
                .connectorAuth(env.connectorAuth(code)).pullParameters(Map.of("limit", 2)).incremental(true)
                .hrflowAuth(env.hrflowAuth()).pushParameters(Map.of("source_key", env.source)).build());

        assertThat(broken.count(Event.READ_FAILURE)).isEqualTo(1);
        assertThat(String.join("\n", broken.errors())).contains("not valid JSON");
        assertThat(resumed.status()).as(resumed.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(env.hrflow.profileCount(env.source)).isEqualTo(4);
        assertThat(Json.MAPPER.valueToTree(resumed).path("incremental_token").asText()).startsWith("v1;by=created;");
    }

    /** The id host's answer to a refresh with this token, sent by hand. */
    private int refreshStatus(String refreshToken) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(env.ja.idUrl() + "/connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=" + refreshToken
                        + "&client_id=" + JobAdderTestEnv.CLIENT_ID + "&client_secret=" + JobAdderTestEnv.CLIENT_SECRET))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
