package ai.hrflow.connectors.recruitee;

import static ai.hrflow.connectors.recruitee.RecruiteeTestEnv.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import ai.hrflow.connectors.hrflow.HrFlowClient;
import ai.hrflow.connectors.hrflow.HrFlowClientOptions;
import ai.hrflow.connectors.hrflow.ObjectRef;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Scheduled {@code create_profiles_in_recruitee} runs, through the engine with a state store: each HrFlow profile
 * becomes exactly one Recruitee candidate, however many profiles share a second and whatever is edited later.
 */
class IncrementalCreateTest {
    private final RecruiteeTestEnv env = new RecruiteeTestEnv();

    @AfterEach
    void close() {
        env.close();
    }

    private RunResult createIncrementally() {
        return env.run("create_profiles_in_recruitee", ActionRequest.builder("scheduled-create")
                .connectorAuth(env.auth()).hrflowAuth(env.hrflowAuth()).pullParameters(Map.of("source_key", env.source))
                .pushParameters(Map.of()).incremental(true).build());
    }

    @Test
    void aThousandProfilesSharingOneSecondAreEachCreatedOnceOverThreeRuns() {
        int count = 1_050; // the HrFlow emulator's clock stands still: one created_at and updated_at for all
        for (int i = 0; i < count; i++) {
            env.seedProfile("p" + i, "Name " + i, "p" + i + "@example.com");
        }

        RunResult first = createIncrementally();
        RunResult second = createIncrementally();
        RunResult third = createIncrementally();

        assertThat(first.status()).as(first.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(first.count(Event.READ_SUCCESS)).isEqualTo(count);
        assertThat(second.count(Event.READ_SUCCESS)).isZero();
        assertThat(third.count(Event.READ_SUCCESS)).isZero();
        assertThat(env.rec.candidates(COMPANY)).hasSize(count)
                .extracting(c -> c.path("name").asText()).doesNotHaveDuplicates();
    }

    @Test
    void profilesEditedBetweenTwoRunsAreNotCreatedAgain() {
        for (int i = 0; i < 5; i++) {
            env.seedProfile("p" + i, "Name " + i, "p" + i + "@example.com");
        }
        RunResult first = createIncrementally();
        env.tick(Duration.ofMinutes(5));
        HrFlowClient hrflow = HrFlowClient.create(env.apiKey, RecruiteeTestEnv.HRFLOW_EMAIL,
                HrFlowClientOptions.defaults().withBaseUrl(env.hrflow.baseUrl()));
        for (String reference : List.of("p1", "p3")) {
            ObjectNode profile = hrflow.profiles().get(env.source, ObjectRef.reference(reference)).orElseThrow();
            profile.with("info").put("full_name", "Edited " + reference);
            hrflow.profiles().edit(env.source, profile);
        }
        env.tick(Duration.ofMinutes(1));
        env.seedProfile("p5", "Name 5", "p5@example.com");

        RunResult second = createIncrementally();

        assertThat(first.count(Event.READ_SUCCESS)).isEqualTo(5);
        assertThat(second.status()).as(second.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(second.count(Event.READ_SUCCESS)).as("only the new profile").isEqualTo(1);
        assertThat(env.rec.candidates(COMPANY)).extracting(c -> c.path("name").asText())
                .containsExactlyInAnyOrder("Name 0", "Name 1", "Name 2", "Name 3", "Name 4", "Name 5");
    }
}
