package ai.hrflow.connectors.zohorecruit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Zoho answers record reads with every layout field, {@code null} when empty (the emulator too): records that are
 * almost empty go through the inbound flows, and no {@code null} becomes text in HrFlow.
 */
class SparseRecordsTest {
    private final SyncSandbox sandbox = new SyncSandbox();

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void candidatesWithMostFieldsNullBecomeProfiles() {
        ObjectNode rowOfNulls = Json.object().putNull("Company").putNull("Occupation_Title").putNull("Summary")
                .putNull("Work_Duration");
        ObjectNode withEmptyRow = Json.object().put("Last_Name", "Row").put("Email", "row@example.com");
        withEmptyRow.putArray("Experience_Details").add(rowOfNulls);
        List<String> ids = sandbox.zoho.zoho.candidates().seed(List.of(Json.object().put("Last_Name", "Solo"),
                withEmptyRow, Json.object().put("Last_Name", "Nulls").putNull("Email").putNull("Skill_Set")));
        JsonNode asRead = sandbox.zoho.zoho.candidates().get(ids.get(0)).orElseThrow();

        RunResult result = sandbox.run("create_profiles_in_hrflow", sandbox.flow("zoho-sparse")
                .pushParameters(Map.of("source_key", sandbox.source)));

        assertThat(asRead.get("Facebook__s").isNull()).isTrue(); // the shape that broke the reference
        assertThat(asRead.get("First_Name").isNull()).isTrue();
        assertThat(result.status()).as(result.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.WRITE_SUCCESS)).isEqualTo(3);
        for (String id : ids) {
            ObjectNode profile = sandbox.hrflow.profile(sandbox.source, id).orElseThrow();
            assertThat(profile.toString()).as(id).doesNotContain("\"null\"").doesNotContain("null null");
        }
        ObjectNode solo = sandbox.hrflow.profile(sandbox.source, ids.get(0)).orElseThrow();
        assertThat(solo.path("info").path("last_name").asText()).isEqualTo("Solo");
        assertThat(solo.path("info").path("email").isNull() || solo.path("info").path("email").isMissingNode())
                .isTrue();
    }

    @Test
    void jobOpeningsWithMostFieldsNullBecomeJobs() {
        List<String> ids = sandbox.zoho.zoho.jobOpenings().seed(List.of(
                Json.object().put("Job_Opening_Name", "Welder"),
                Json.object().put("Job_Opening_Name", "Cook").putNull("Job_Description").putNull("Salary")));

        RunResult result = sandbox.run("create_jobs_in_hrflow", sandbox.flow("zoho-sparse-jobs")
                .pushParameters(Map.of("board_key", sandbox.board)));

        assertThat(result.status()).as(result.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.WRITE_SUCCESS)).isEqualTo(2);
        for (String id : ids) {
            ObjectNode job = sandbox.hrflow.job(sandbox.board, id).orElseThrow();
            assertThat(job.toString()).as(id).doesNotContain("\"null\"");
        }
        assertThat(sandbox.hrflow.job(sandbox.board, ids.get(0)).orElseThrow().path("name").asText())
                .isEqualTo("Welder");
    }
}
