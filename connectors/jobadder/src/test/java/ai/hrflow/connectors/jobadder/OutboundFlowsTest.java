package ai.hrflow.connectors.jobadder;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.Reason;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import ai.hrflow.connectors.api.spi.Format;
import ai.hrflow.connectors.emulators.server.Fault;
import ai.hrflow.connectors.emulators.server.RecordedRequest;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.LoggerFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** HrFlow → JobAdder: {@code push_profile} (seed 003) and the v2 create/update flows, against both emulators. */
class OutboundFlowsTest {
    private final JobAdderTestEnv env = new JobAdderTestEnv();

    @AfterEach
    void close() {
        env.close();
    }

    private RunResult push(String profileKey, String code, boolean allowDuplicates) {
        return env.run("push_profile", ActionRequest.builder("push-" + profileKey)
                .originParameters(env.pushOrigin(profileKey))
                .targetParameters(env.pushTarget(code, allowDuplicates)).build());
    }

    private RunResult pushWith(Format format, String profileKey, String code) {
        return env.run("push_profile", ActionRequest.builder("push-" + profileKey).format(format)
                .originParameters(env.pushOrigin(profileKey)).targetParameters(env.pushTarget(code, false)).build());
    }

    @Test
    void pushProfileCreatesTheCandidateWithTheModelsKeys() {
        String key = env.seedProfile("hr-1", "Ada", "Lovelace", "ada@example.com");

        RunResult result = push(key, env.newCode(), false);

        assertThat(result.status()).as(result.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(1);
        ObjectNode candidate = env.ja.candidatesWithEmail("ada@example.com").get(0);
        assertThat(candidate.path("firstName").asText()).isEqualTo("Ada");
        assertThat(candidate.path("address").path("city").asText()).isEqualTo("Sydney");
        assertThat(candidate.path("address").path("street").get(0).asText()).isEqualTo("1 George Street");
        assertThat(candidate.path("skillTags").get(0).asText()).isEqualTo("Java");
        assertThat(candidate.path("employment").path("history").get(0).path("employer").asText()).isEqualTo("Acme");
        assertThat(candidate.path("employment").path("current").path("position").asText()).isEqualTo("Engineer");
        assertThat(candidate.path("education").get(0).path("institution").asText()).isEqualTo("UNSW");
        RecordedRequest post = env.ja.requests().last("POST", "/v2/candidates").orElseThrow();
        assertThat(post.header("X-Allow-Duplicates")).isNull();
        assertThat(post.json().has("educations")).isFalse();
        assertThat(post.json().has("candidateId")).isFalse();
    }

    @Test
    void aDuplicateWithoutXAllowDuplicatesIsSkippedNamingTheExistingCandidateAndWithItIsCreated() {
        long existing = env.ja.seedCandidate(Json.object().put("firstName", "Ada").put("lastName", "L")
                .put("email", "ADA@example.com")).path("candidateId").asLong();
        String key = env.seedProfile("hr-1", "Ada", "Lovelace", "ada@example.com");

        RunResult refused;
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        root.setLevel(Level.DEBUG);
        logs.start();
        root.addAppender(logs);
        try {
            refused = push(key, env.newCode(), false);
        } finally {
            root.detachAppender(logs);
            root.setLevel(level);
        }
        RunResult allowed = push(key, env.newCode(), true);

        assertThat(refused.status()).as("JobAdder already has it: done, not failed").isEqualTo(Status.SUCCESS);
        assertThat(refused.count(Event.WRITE_SKIPPED)).isEqualTo(1);
        assertThat(refused.count(Event.WRITE_SUCCESS)).isZero();
        assertThat(refused.count(Event.WRITE_FAILURE)).isZero();
        assertThat(refused.failuresFile()).isNull();
        List<String> info = logs.list.stream().filter(e -> e.getLevel() == Level.INFO)
                .map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains("candidateId " + existing)).toList();
        assertThat(info).as("one summary line, no per-item INFO line").singleElement()
                .satisfies(m -> assertThat(m).startsWith("Skipped 1 item(s)").contains("XAllowDuplicates"));
        assertThat(logs.list).filteredOn(e -> e.getLevel() == Level.DEBUG)
                .anySatisfy(e -> assertThat(e.getFormattedMessage()).startsWith("Item skipped: duplicate"));
        assertThat(allowed.status()).as(allowed.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(env.ja.candidatesWithEmail("ada@example.com")).hasSize(2);
        List<RecordedRequest> posts = env.ja.requests().filter("POST", "/v2/candidates");
        RecordedRequest conflict = posts.get(posts.size() - 2);
        RecordedRequest overridden = posts.get(posts.size() - 1);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.header("X-Allow-Duplicates")).isNull();
        assertThat(overridden.status()).isEqualTo(201);
        assertThat(overridden.header("X-Allow-Duplicates")).isNotBlank().isNotEqualTo("true");
    }

    @Test
    void withDuplicatesAllowedA409WithoutAnOverrideCodeOrASecond409FailsTheItemClearly() {
        env.ja.seedCandidate(Json.object().put("firstName", "Ada").put("lastName", "L").put("email", "ada@example.com"));
        String key = env.seedProfile("hr-1", "Ada", "Lovelace", "ada@example.com");
        String conflict = "{\"message\":\"duplicate\",\"candidateId\":1001}";
        env.ja.faults().next(1, "POST", "/v2/candidates", Fault.status(409).withBody(conflict));
        RunResult noCode = push(key, env.newCode(), true);
        env.ja.faults().next(1, "POST", "/v2/candidates", Fault.status(409).withBody(conflict)
                .withHeader("X-Allow-Duplicates", "abc"));
        env.ja.faults().next(1, "POST", "/v2/candidates", Fault.status(409).withBody(conflict));
        RunResult twice = push(key, env.newCode(), true);

        assertThat(noCode.reason()).isEqualTo(Reason.WRITE_FAILURE);
        assertThat(noCode.errors()).anySatisfy(e -> assertThat(e).contains("without the duplicate-override code"));
        assertThat(twice.errors()).anySatisfy(e -> assertThat(e).contains("HTTP 409 twice"));
        assertThat(env.ja.candidatesWithEmail("ada@example.com")).hasSize(1);
    }

    @Test
    void theDemoSequencePushThenRefusedDuplicateThenAllowedDuplicateWithOneCode() {
        String key = env.seedProfile("cv-1", "Alex", "Martin", "alex.martin@example.com");
        String code = env.newCode(); // one code for the three runs: the state store keeps the grant

        RunResult first = push(key, code, false);
        long created = env.ja.candidatesWithEmail("alex.martin@example.com").get(0).path("candidateId").asLong();
        RunResult refused = push(key, code, false);
        RunResult allowed = push(key, code, true);

        assertThat(first.status()).as(first.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(refused.status()).isEqualTo(Status.SUCCESS);
        assertThat(refused.count(Event.WRITE_SKIPPED)).isEqualTo(1);
        assertThat(refused.count(Event.WRITE_FAILURE)).isZero();
        assertThat(created).isPositive();
        assertThat(allowed.status()).as(allowed.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(env.ja.candidatesWithEmail("alex.martin@example.com")).hasSize(2);
        assertThat(env.ja.idRequests().filter(r -> r.bodyText().contains("grant_type=authorization_code"))).hasSize(1);
    }

    @Test
    void jobAdders409IsASkipNotAFailure() {
        String key = env.seedProfile("hr-1", "Ada", "Lovelace", "ada@example.com");
        // the candidate appears between our email lookup and our create (another user, another sync)
        env.ja.faults().next(1, "GET", "/v2/candidates", Fault.status(200).withBody("{\"items\":[],\"totalCount\":0,"
                + "\"links\":{}}"));
        long existing = env.ja.seedCandidate(Json.object().put("firstName", "Ada").put("lastName", "L")
                .put("email", "ada@example.com")).path("candidateId").asLong();

        RunResult result = push(key, env.newCode(), false);

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.WRITE_SKIPPED)).isEqualTo(1);
        assertThat(env.ja.requests().last("POST", "/v2/candidates").orElseThrow().status()).isEqualTo(409);
        assertThat(existing).isPositive();
        assertThat(env.ja.candidatesWithEmail("ada@example.com")).hasSize(1);
    }

    @Test
    void validationErrorsNameTheRefusedFieldsWhatever400Or422() {
        String noNames = env.hrflow.seedProfile(env.source, (ObjectNode) Json.object().put("reference", "x")
                .set("info", Json.object().put("email", "anon@example.com"))).path("key").asText();
        // the default format refuses a nameless profile itself; a user's format may still send one
        Format emailOnly = profile -> Json.object().put("email", "anon@example.com");
        assertThat(push(noNames, env.newCode(), false).reason()).isEqualTo(Reason.FORMAT_FAILURE);
        RunResult with422 = pushWith(emailOnly, noNames, env.newCode());
        env.ja.settings().validationStatus(400);
        RunResult with400 = pushWith(emailOnly, noNames, env.newCode());

        for (RunResult r : new RunResult[] {with400, with422}) {
            assertThat(r.reason()).isEqualTo(Reason.WRITE_FAILURE);
            assertThat(r.errors()).anySatisfy(e -> assertThat(e).contains("JobAdder refused the candidate")
                    .contains("firstName: firstName is required").contains("lastName"));
        }
        assertThat(env.ja.candidateCount()).isZero();
    }

    @Test
    void aCreateWhoseAnswerIsLostAfterJobAdderAppliedItIsNotSentAgain() {
        String key = env.seedProfile("hr-1", "Ada", "Lovelace", "ada@example.com");
        env.ja.faults().next(1, "POST", "/v2/candidates", Fault.dropAfterProcessing());

        RunResult result = push(key, env.newCode(), true);

        assertThat(result.status()).as(result.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(env.ja.candidatesWithEmail("ada@example.com")).hasSize(1);
        assertThat(env.ja.requests().count("POST", "/v2/candidates")).isEqualTo(1);
    }

    @Test
    void aCreateLostBeforeJobAdderAppliedItIsSentOnceMore() {
        String key = env.seedProfile("hr-1", "Ada", "Lovelace", "ada@example.com");
        env.ja.faults().next(1, "POST", "/v2/candidates", Fault.status(503));

        RunResult result = push(key, env.newCode(), false);

        assertThat(result.status()).as(result.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(env.ja.candidatesWithEmail("ada@example.com")).hasSize(1);
        assertThat(env.ja.requests().count("POST", "/v2/candidates")).isEqualTo(2);
    }

    @Test
    void aCreateWithUnknownOutcomeAndNoEmailFailsInsteadOfRiskingADuplicate() {
        String key = env.hrflow.seedProfile(env.source, (ObjectNode) Json.object().put("reference", "x")
                .set("info", Json.object().put("first_name", "No").put("last_name", "Email"))).path("key").asText();
        env.ja.faults().next(1, "POST", "/v2/candidates", Fault.dropAfterProcessing());

        RunResult result = push(key, env.newCode(), true);

        assertThat(result.reason()).isEqualTo(Reason.WRITE_FAILURE);
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).contains("outcome is unknown")
                .contains("No Email"));
        assertThat(env.ja.requests().count("POST", "/v2/candidates")).isEqualTo(1);
    }

    @Test
    void createAndUpdateProfilesInJobadderV2() {
        String key = env.seedProfile("hr-1", "Ada", "Lovelace", "ada@example.com");
        String code = env.newCode();
        RunResult created = env.run("create_profiles_in_jobadder", ActionRequest.builder("v2-create")
                .hrflowAuth(env.hrflowAuth()).pullParameters(Map.of("source_key", env.source, "profile_key", key))
                .connectorAuth(env.connectorAuth(code)).pushParameters(Map.of("allow_duplicates", false)).build());
        long id = env.ja.candidatesWithEmail("ada@example.com").get(0).path("candidateId").asLong();
        String updatable = env.seedProfile(String.valueOf(id), "Ada", "King", "ada@example.com");
        RunResult updated = env.run("update_profiles_in_jobadder", ActionRequest.builder("v2-update")
                .hrflowAuth(env.hrflowAuth()).pullParameters(Map.of("source_key", env.source, "profile_key", updatable))
                .connectorAuth(env.connectorAuth(code)).build());
        String unknown = env.seedProfile("424242", "Nobody", "Here", "nobody@example.com");
        RunResult missing = env.run("update_profiles_in_jobadder", ActionRequest.builder("v2-update")
                .hrflowAuth(env.hrflowAuth()).pullParameters(Map.of("source_key", env.source, "profile_key", unknown))
                .connectorAuth(env.connectorAuth(code)).build());

        assertThat(created.status()).as(created.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(updated.status()).as(updated.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(env.ja.candidate(id).orElseThrow().path("lastName").asText()).isEqualTo("King");
        JsonNode put = env.ja.requests().last("PUT", "/v2/candidates/{id}").orElseThrow().json();
        assertThat(put.has("candidateId")).isFalse();
        assertThat(missing.errors()).anySatisfy(e -> assertThat(e).contains("JobAdder has no candidate 424242"));
        // one code exchange for the three runs: the grant saved by the first is reused
        assertThat(env.ja.idRequests().filter(r -> r.bodyText().contains("grant_type=authorization_code"))).hasSize(1);
    }
}
