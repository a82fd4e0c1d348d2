package ai.hrflow.connectors.jobadder;

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
 * Scheduled {@code create_profiles_in_jobadder} runs, through the engine with a state store. JobAdder refuses
 * duplicates, so a profile sent twice would fail the run: each profile must be created exactly once, however many
 * share a second and whatever is edited later.
 */
class IncrementalCreateTest {
    private final JobAdderTestEnv env = new JobAdderTestEnv();
    private final String code = env.newCode();

    @AfterEach
    void close() {
        env.close();
    }

    private RunResult createIncrementally() {
        return env.run("create_profiles_in_jobadder", ActionRequest.builder("scheduled-create")
                .hrflowAuth(env.hrflowAuth()).pullParameters(Map.of("source_key", env.source))
                .connectorAuth(env.connectorAuth(code)).pushParameters(Map.of("allow_duplicates", false))
                .incremental(true).build());
    }

    @Test
    void aThousandProfilesSharingOneSecondAreEachCreatedOnceOverThreeRuns() {
        int count = 1_050; // the HrFlow emulator's clock stands still: one created_at and updated_at for all
        for (int i = 0; i < count; i++) {
            env.seedProfile("p" + i, "First" + i, "Last" + i, "p" + i + "@example.com");
        }

        RunResult first = createIncrementally();
        RunResult second = createIncrementally();
        RunResult third = createIncrementally();

        assertThat(first.status()).as(first.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(first.count(Event.READ_SUCCESS)).isEqualTo(count);
        assertThat(second.status()).as(second.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(second.count(Event.READ_SUCCESS)).isZero();
        assertThat(third.count(Event.READ_SUCCESS)).isZero();
        assertThat(env.ja.candidates()).hasSize(count)
                .extracting(c -> c.path("email").asText()).doesNotHaveDuplicates();
    }

    @Test
    void profilesEditedBetweenTwoRunsAreNotCreatedAgain() {
        for (int i = 0; i < 5; i++) {
            env.seedProfile("p" + i, "First" + i, "Last" + i, "p" + i + "@example.com");
        }
        RunResult first = createIncrementally();
        env.hrflow.clock().advance(Duration.ofMinutes(5));
        HrFlowClient hrflow = HrFlowClient.create(env.apiKey, JobAdderTestEnv.HRFLOW_EMAIL,
                HrFlowClientOptions.defaults().withBaseUrl(env.hrflow.baseUrl()));
        for (String reference : List.of("p1", "p3")) {
            ObjectNode profile = hrflow.profiles().get(env.source, ObjectRef.reference(reference)).orElseThrow();
            profile.with("info").put("last_name", "Edited");
            hrflow.profiles().edit(env.source, profile);
        }
        env.hrflow.clock().advance(Duration.ofMinutes(1));
        env.seedProfile("p5", "First5", "Last5", "p5@example.com");

        RunResult second = createIncrementally();

        assertThat(first.count(Event.READ_SUCCESS)).isEqualTo(5);
        assertThat(second.status()).as(second.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(second.count(Event.READ_SUCCESS)).as("only the new profile").isEqualTo(1);
        assertThat(env.ja.candidates()).hasSize(6).extracting(c -> c.path("email").asText()).doesNotHaveDuplicates();
    }
}
