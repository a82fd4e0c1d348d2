package ai.hrflow.connectors.zohorecruit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import ai.hrflow.connectors.emulators.zoho.ZohoData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A scheduled {@code archive_profiles_in_zohorecruit} (no {@code profile_key}) with the HrFlow emulator as it
 * starts: profiles synced earlier, then some archived in HrFlow; the next run deletes exactly their candidates.
 */
class ScheduledArchiveTest {
    private final SyncSandbox sandbox = new SyncSandbox();

    @AfterEach
    void close() {
        sandbox.close();
    }

    private RunResult archiveRun() {
        return sandbox.run("archive_profiles_in_zohorecruit", sandbox.flow("scheduled-archive")
                .pullParameters(Map.of("source_key", sandbox.source)).incremental(true));
    }

    @Test
    void archivingNProfilesInHrFlowDeletesExactlyThoseNCandidates() {
        List<String> ids = sandbox.zoho.zoho.candidates().seed(ZohoData.candidates(6, 21));
        for (String id : ids) {
            sandbox.hrflow.seedProfile(sandbox.source, Json.object().put("reference", id)
                    .put("updated_at", "2024-06-01T08:00:00+0000"));
        }
        RunResult before = archiveRun();

        List<String> archived = List.of(ids.get(0), ids.get(2), ids.get(5));
        archived.forEach(ref -> sandbox.hrflow.archiveProfile(sandbox.source, ref));
        RunResult result = archiveRun();
        RunResult again = archiveRun();

        assertThat(before.status()).isEqualTo(Status.SUCCESS);
        assertThat(before.count(Event.READ_SUCCESS)).isZero();
        assertThat(result.status()).as(result.errors().toString()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(3);
        assertThat(result.count(Event.WRITE_SUCCESS)).isEqualTo(3);
        assertThat(sandbox.zoho.zoho.candidates().all()).extracting(c -> c.path("id").asText())
                .containsExactlyInAnyOrder(ids.get(1), ids.get(3), ids.get(4));
        assertThat(again.count(Event.READ_SUCCESS)).isZero();
    }
}
