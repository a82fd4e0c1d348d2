package ai.hrflow.connectors.recruitee;

import static ai.hrflow.connectors.recruitee.RecruiteeTestEnv.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The v2 flows HrFlow → Recruitee: create (with offers), update (PATCH by reference), archive (DELETE). */
class OutboundFlowsTest {
    private final RecruiteeTestEnv env = new RecruiteeTestEnv();

    @AfterEach
    void close() {
        env.close();
    }

    private RunResult run(String action, Map<String, ?> push) {
        return env.run(action, ActionRequest.builder("out-" + action).connectorAuth(env.auth())
                .hrflowAuth(env.hrflowAuth()).pullParameters(Map.of("source_key", env.source))
                .pushParameters(push).build());
    }

    @Test
    void createProfilesInRecruiteeAssignsTheOffers() {
        env.seedProfile("p1", "Ann Lee", "ann@example.com");
        env.seedProfile("p2", "Bob Ray", "bob@example.com");

        RunResult result = run("create_profiles_in_recruitee", Map.of("offers", List.of(env.offerA)));

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.WRITE_SUCCESS)).isEqualTo(2);
        assertThat(env.rec.candidates(COMPANY)).extracting(c -> c.path("name").asText())
                .containsExactlyInAnyOrder("Ann Lee", "Bob Ray");
        assertThat(env.rec.candidates(COMPANY)).allSatisfy(c -> assertThat(c.path("placements").get(0)
                .path("offer_id").asLong()).isEqualTo(env.offerA));
        assertThat(env.rec.candidates(COMPANY).get(0).path("social_links").get(0).asText())
                .startsWith("https://linkedin.com/in/");
    }

    @Test
    void updateProfilesInRecruiteePatchesByReferenceWithoutWipingWhatHrFlowLacks() {
        ObjectNode seeded = Json.object().put("name", "Ann Lee");
        seeded.putArray("emails").add("old@example.com");
        seeded.putArray("phones").add("+33 6 11 22 33 44");
        long id = env.rec.seedCandidate(COMPANY, seeded).path("id").asLong();
        env.seedProfile(Long.toString(id), "Ann Lee-Smith", "ann@example.com");

        RunResult result = run("update_profiles_in_recruitee", Map.of());

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        JsonNode updated = env.rec.candidate(COMPANY, id).orElseThrow();
        assertThat(updated.path("name").asText()).isEqualTo("Ann Lee-Smith");
        assertThat(updated.path("emails")).extracting(JsonNode::asText).containsExactly("ann@example.com");
        assertThat(updated.path("phones")).extracting(JsonNode::asText).containsExactly("+33 6 11 22 33 44");
        JsonNode sent = env.rec.requests().last("PATCH", "/c/{company}/candidates/{id}").orElseThrow().json();
        assertThat(sent.path("candidate").has("id")).isFalse();
        assertThat(sent.path("candidate").has("sources")).isFalse();
    }

    @Test
    void updateReportsProfilesThatAreNotRecruiteeCandidates() {
        env.seedProfile("not-a-number", "Ann Lee", "ann@example.com");
        env.seedProfile("40999999", "Gone Candidate", "gone@example.com");

        RunResult result = run("update_profiles_in_recruitee", Map.of());

        assertThat(result.count(Event.FORMAT_FAILURE)).isEqualTo(1);
        assertThat(result.count(Event.WRITE_FAILURE)).isEqualTo(1);
        assertThat(String.join("\n", result.errors())).contains("not a Recruitee candidate id")
                .contains("candidate 40999999 does not exist in Recruitee");
    }

    private void archived(String reference) {
        env.hrflow.seedProfile(env.source, Json.object().put("reference", reference)
                .put("archived_at", RecruiteeTestEnv.T0.toString()));
    }

    @Test
    void archiveProfilesInRecruiteeDeletesAndToleratesTheAlreadyGone() {
        env.hrflow.settings().storingIncludesArchived(true); // else HrFlow lists no archived profile to read
        long kept = env.seedCandidate("Kept One", 0, 0);
        long doomed = env.seedCandidate("Doomed One", 1, 0);
        env.seedProfile(Long.toString(kept), "Kept One", "kept.one@example.com"); // live in HrFlow: not read
        archived(Long.toString(doomed));
        archived("40999999");

        RunResult result = run("archive_profiles_in_recruitee", Map.of());

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.WRITE_SUCCESS)).isEqualTo(2);
        assertThat(env.rec.candidate(COMPANY, doomed)).isEmpty();
        assertThat(env.rec.candidate(COMPANY, kept)).isPresent();
    }
    @Test
    void scheduledArchiveWithTheEmulatorAsItStartsDeletesExactlyTheCandidatesArchivedInHrFlow() {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long id = env.seedCandidate("Person " + (char) ('A' + i), i, 0);
            ids.add(id);
            env.seedProfile(Long.toString(id), "Person " + (char) ('A' + i), "p" + i + "@example.com");
        }
        RunResult before = env.run("archive_profiles_in_recruitee", scheduledArchive());
        env.tick(java.time.Duration.ofMinutes(5));
        env.hrflow.archiveProfile(env.source, Long.toString(ids.get(1)));
        env.hrflow.archiveProfile(env.source, Long.toString(ids.get(3)));

        RunResult result = env.run("archive_profiles_in_recruitee", scheduledArchive());

        assertThat(before.count(Event.READ_SUCCESS)).isZero();
        assertThat(result.status()).as(result.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(2);
        assertThat(result.count(Event.WRITE_SUCCESS)).isEqualTo(2);
        assertThat(env.rec.candidates(COMPANY)).extracting(c -> c.path("id").asLong())
                .containsExactlyInAnyOrder(ids.get(0), ids.get(2), ids.get(4));
    }

    private ActionRequest scheduledArchive() {
        return ActionRequest.builder("scheduled-archive").connectorAuth(env.auth()).hrflowAuth(env.hrflowAuth())
                .pullParameters(Map.of("source_key", env.source)).incremental(true).build();
    }
}
