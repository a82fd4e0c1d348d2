package ai.hrflow.connectors.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workflow lock of {@link LocalJsonStateStore} between stores, threads and processes. */
class LocalJsonStateStoreLockTest {
    @TempDir
    Path temp;

    Path dir;
    LocalJsonStateStore store;

    @BeforeEach
    void createStore() {
        dir = temp.resolve("state");
        store = new LocalJsonStateStore(dir);
    }

    @Test
    void holderWritesItsPidIntoTheLockFileAndClearsItOnClose() throws IOException {
        Path lockFile = dir.resolve("locks/wf.lock");
        try (WorkflowLock lock = store.lock("wf")) {
            JsonNode holder = Json.MAPPER.readTree(lockFile.toFile());
            assertThat(holder.get("pid").asLong()).isEqualTo(ProcessHandle.current().pid());
            assertThat(holder.get("workflow_id").asText()).isEqualTo("wf");
            assertThat(holder.get("started_at").asText()).isNotBlank();
        }
        assertThat(lockFile).isEmptyFile();
    }

    @Test
    void anotherStoreInThisJvmIsRefusedEvenThroughASymlink() throws Exception {
        Path link;
        try {
            link = Files.createSymbolicLink(temp.resolve("link"), dir);
        } catch (UnsupportedOperationException | IOException e) {
            link = dir;
        }
        LocalJsonStateStore viaLink = new LocalJsonStateStore(link);

        try (WorkflowLock lock = store.lock("wf"); ChildJvm probe = new ChildJvm(dir, "wf", "try")) {
            assertThatThrownBy(() -> viaLink.lock("wf"))
                    .isInstanceOf(WorkflowLockedException.class)
                    .hasMessageContaining("this process")
                    .hasMessageContaining("pid " + ProcessHandle.current().pid());
            // The refused attempt must not have dropped the OS lock: another process is still kept out.
            assertThat(probe.firstLine()).startsWith("BUSY");
        }
    }

    @Test
    void aStaleCloseLeavesTheNextHolderLockedAgainstOtherProcesses() throws Exception {
        WorkflowLock first = store.lock("wf");
        first.close();
        try (WorkflowLock second = store.lock("wf")) {
            first.close();
            assertThatThrownBy(() -> store.lock("wf")).isInstanceOf(WorkflowLockedException.class);
            try (ChildJvm probe = new ChildJvm(dir, "wf", "try")) {
                assertThat(probe.firstLine()).startsWith("BUSY");
            }
        }
    }

    @Test
    void lockHeldByAnotherProcessIsRefusedUntilItExits() throws Exception {
        try (ChildJvm holder = new ChildJvm(dir, "wf", "hold")) {
            assertThat(holder.firstLine()).isEqualTo("LOCKED wf");

            assertThatThrownBy(() -> store.lock("wf"))
                    .isInstanceOf(WorkflowLockedException.class)
                    .hasMessageContaining("'wf'")
                    .hasMessageContaining("another process")
                    .hasMessageContaining("pid " + holder.pid());

            holder.closeStdinAndWait();
        }
        try (WorkflowLock lock = store.lock("wf")) {
            assertThat(lock.workflowId()).isEqualTo("wf");
        }
    }

    @Test
    void lockIsReleasedWhenTheHoldingProcessIsKilled() throws Exception {
        try (ChildJvm holder = new ChildJvm(dir, "wf", "hold")) {
            assertThat(holder.firstLine()).isEqualTo("LOCKED wf");
            assertThatThrownBy(() -> store.lock("wf")).isInstanceOf(WorkflowLockedException.class);

            holder.kill();
        }
        store.lock("wf").close();
    }
}
