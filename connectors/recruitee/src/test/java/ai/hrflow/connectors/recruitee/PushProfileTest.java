package ai.hrflow.connectors.recruitee;

import static ai.hrflow.connectors.recruitee.RecruiteeTestEnv.CANDIDATES;
import static ai.hrflow.connectors.recruitee.RecruiteeTestEnv.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.Reason;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.emulators.server.Fault;
import ai.hrflow.connectors.hrflow.HrFlowClientOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Seed 004's {@code push_profile} run end to end: HrFlow emulator → engine → Recruitee emulator. */
class PushProfileTest {
    private final RecruiteeTestEnv env = new RecruiteeTestEnv();

    @AfterEach
    void close() {
        env.close();
    }

    private RunResult push(String profileKey, Map<String, Object> targetOverrides) {
        Map<String, Object> target = new HashMap<>(Map.of("company_id", "12345", "api_token", env.token,
                "recruitee_endpoint", "PRODUCTION ENDPOINT", "offer_ids", List.of(env.offerA, env.offerB)));
        target.putAll(targetOverrides);
        target.values().removeIf(v -> v == null);
        return env.run("push_profile", ActionRequest.builder("push-" + profileKey)
                .originParameters(Map.of("api_secret", env.apiKey, "api_user", RecruiteeTestEnv.HRFLOW_EMAIL,
                        "source_key", env.source, "profile_key", profileKey))
                .targetParameters(target).build());
    }

    private String seedAnn() {
        ObjectNode p = env.seedProfile("hrflow-1", "Ann Lee", "ann@example.com");
        ((ObjectNode) p.path("info")).putArray("urls").addObject().put("type", "from_resume")
                .put("url", "https://annlee.dev");
        p.putArray("attachments").addObject().put("type", "resume").put("public_url", "https://files.example/ann.pdf");
        env.hrflow.seedProfile(env.source, p.deepCopy().put("reference", "hrflow-2"));
        return env.hrflow.profile(env.source, "hrflow-2").orElseThrow().path("key").asText();
    }

    @Test
    void pushesTheProfileAsACandidateOnTheOffers() {
        RunResult result = push(seedAnn(), Map.of());

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.WRITE_SUCCESS)).isEqualTo(1);
        JsonNode candidate = env.rec.candidates(COMPANY).get(0);
        assertThat(candidate.path("name").asText()).isEqualTo("Ann Lee");
        assertThat(candidate.path("emails")).extracting(JsonNode::asText).containsExactly("ann@example.com");
        assertThat(candidate.path("phones")).isEmpty();
        assertThat(candidate.path("links")).extracting(JsonNode::asText).containsExactly("https://annlee.dev");
        assertThat(candidate.path("sources")).extracting(JsonNode::asText).containsExactly("Recruitee candidates");
        assertThat(candidate.path("cv_original_url").asText()).isEqualTo("https://files.example/ann.pdf");
        assertThat(candidate.path("placements")).extracting(p -> p.path("offer_id").asLong())
                .containsExactly(env.offerA, env.offerB);
    }

    @Test
    void oneOfferIdIsAcceptedAsWellAsAList() {
        String key = env.seedProfile("r1", "Ann Lee", "ann@example.com").path("key").asText();

        RunResult result = push(key, Map.of("offer_ids", env.offerB));

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(env.rec.candidates(COMPANY).get(0).path("placements")).extracting(p -> p.path("offer_id").asLong())
                .containsExactly(env.offerB);
    }

    @Test
    void withoutOfferIdsTheCandidateIsCreatedUnassigned() {
        String key = env.seedProfile("r1", "Ann Lee", null).path("key").asText();
        Map<String, Object> noOffers = new HashMap<>();
        noOffers.put("offer_ids", null);

        RunResult result = push(key, noOffers);

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        JsonNode sent = env.rec.requests().last("POST", CANDIDATES).orElseThrow().json();
        assertThat(sent.has("offers")).isFalse();
        assertThat(sent.path("candidate").path("emails")).isEmpty(); // the reference sent [null]
        assertThat(sent.path("candidate").path("phones")).isEmpty();
    }

    @Test
    void aRejectedTokenStopsTheRunWithAClearReasonAndNoSecret() throws Exception {
        String key = env.seedProfile("r1", "Ann Lee", "ann@example.com").path("key").asText();

        RunResult result = push(key, Map.of("api_token", "revoked-token-123"));

        assertThat(result.status()).isEqualTo(Status.FATAL);
        assertThat(result.reason()).isEqualTo(Reason.WRITE_FAILURE);
        assertThat(String.join("\n", result.errors())).contains("401").contains("credentials were refused");
        String json = Json.MAPPER.writeValueAsString(result);
        assertThat(json).doesNotContain("revoked-token-123").doesNotContain(env.apiKey);
        assertThat(Files.readString(Path.of(result.failuresFile()))).doesNotContain("revoked-token-123");
        assertThat(env.rec.candidateCount(COMPANY)).isZero();
    }

    @Test
    void anUnknownOfferIsAValidationFailureOfTheItem() throws Exception {
        String key = env.seedProfile("r1", "Ann Lee", "ann@example.com").path("key").asText();

        RunResult result = push(key, Map.of("offer_ids", List.of(999)));

        assertThat(result.count(Event.WRITE_FAILURE)).isEqualTo(1);
        assertThat(result.reason()).isEqualTo(Reason.WRITE_FAILURE);
        assertThat(String.join("\n", result.errors())).contains("422").contains("offer 999 not found");
        assertThat(Files.readString(Path.of(result.failuresFile()))).contains("Ann Lee").doesNotContain(env.token);
        assertThat(env.rec.requests().count("POST", CANDIDATES)).isEqualTo(1); // refused: not retried
    }

    @Test
    void aLostAnswerToTheCreateMakesNoDuplicate() {
        String key = env.seedProfile("r1", "Ann Lee", "ann@example.com").path("key").asText();
        env.rec.faults().next(1, "POST", CANDIDATES, Fault.dropAfterProcessing());

        RunResult result = push(key, Map.of());

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(env.rec.candidateCount(COMPANY)).isEqualTo(1);
        assertThat(env.rec.requests().count("POST", CANDIDATES)).isEqualTo(1);
        assertThat(env.rec.requests().filter("GET", CANDIDATES)).singleElement()
                .satisfies(r -> assertThat(r.query().first("query")).isEqualTo("Ann Lee"));
    }

    @Test
    void aServerErrorBeforeTheCreateIsSentOnceMoreAfterTheLookUp() {
        String key = env.seedProfile("r1", "Ann Lee", "ann@example.com").path("key").asText();
        env.rec.faults().next(1, "POST", CANDIDATES, Fault.status(500));

        RunResult result = push(key, Map.of());

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(env.rec.requests().count("POST", CANDIDATES)).isEqualTo(2);
        assertThat(env.rec.candidateCount(COMPANY)).isEqualTo(1);
    }

    @Test
    void aServerErrorAfterTheCreateIsFoundByTheLookUp() {
        String key = env.seedProfile("r1", "Ann Lee", "ann@example.com").path("key").asText();
        env.rec.faults().next(1, "POST", CANDIDATES, Fault.status(502).afterProcessing());

        RunResult result = push(key, Map.of());

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(env.rec.requests().count("POST", CANDIDATES)).isEqualTo(1);
        assertThat(env.rec.candidateCount(COMPANY)).isEqualTo(1);
    }

    @Test
    void aNamesakeWithoutContactDetailsIsNotTakenForOurs() {
        ObjectNode noContact = Json.object().put("reference", "r1");
        noContact.putObject("info").put("full_name", "John Smith");
        String key = env.hrflow.seedProfile(env.source, noContact).path("key").asText();
        env.rec.seedCandidate(COMPANY, Json.object().put("name", "John Smith"));
        env.rec.faults().next(1, "POST", CANDIDATES, Fault.dropAfterProcessing());

        RunResult result = push(key, Map.of());

        assertThat(result.count(Event.WRITE_FAILURE)).isEqualTo(1);
        assertThat(String.join("\n", result.errors())).contains("same name").contains("not sent again");
        assertThat(env.rec.candidateCount(COMPANY)).isEqualTo(2); // the namesake and ours, never a third
    }

    @Test
    void twoUnknownOutcomesInARowFailTheItemWithoutAThirdSend() {
        String key = env.seedProfile("r1", "Ann Lee", "ann@example.com").path("key").asText();
        env.rec.faults().next(2, "POST", CANDIDATES, Fault.status(503));

        RunResult result = push(key, Map.of());

        assertThat(result.count(Event.WRITE_FAILURE)).isEqualTo(1);
        assertThat(String.join("\n", result.errors())).contains("outcome stayed unknown");
        assertThat(env.rec.requests().count("POST", CANDIDATES)).isEqualTo(2);
        assertThat(env.rec.candidateCount(COMPANY)).isZero();
    }

    @Test
    void badParametersAreListedByPath() {
        RunResult result = push("some-key", Map.of("recruitee_endpoint", "https://api.recruitee.com/c"));

        assertThat(result.status()).isEqualTo(Status.FATAL);
        assertThat(result.reason()).isEqualTo(Reason.BAD_TARGET_PARAMETERS);
        assertThat(String.join("\n", result.errors())).contains("target_parameters.recruitee_endpoint")
                .contains("STAGING ENDPOINT");
        assertThat(env.rec.requests().total()).isZero();
    }

    @Test
    void stagingLabelCallsTheStagingRoot() {
        String key = env.seedProfile("r1", "Ann Lee", "ann@example.com").path("key").asText();
        // only the staging root leads to the emulator: a candidate there proves which root was called
        RunEnvironment stagingOnly = env.environment().toBuilder().endpoints(EndpointOverrides.of(Map.of(
                "https://api.s.recruitee.com/c", env.rec.baseUrl(),
                HrFlowClientOptions.DEFAULT_BASE_URL, env.hrflow.baseUrl()))).build();

        RunResult result = stagingOnly.run(env.action("push_profile"), ActionRequest.builder("push-staging")
                .originParameters(Map.of("api_secret", env.apiKey, "api_user", RecruiteeTestEnv.HRFLOW_EMAIL,
                        "source_key", env.source, "profile_key", key))
                .targetParameters(Map.of("company_id", "acme", "api_token", env.token,
                        "recruitee_endpoint", "STAGING ENDPOINT")).build());

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(env.rec.candidateCount(COMPANY)).isEqualTo(1);
    }
}
