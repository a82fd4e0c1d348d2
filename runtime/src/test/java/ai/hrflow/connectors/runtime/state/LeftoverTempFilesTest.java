package ai.hrflow.connectors.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.runtime.FailureSink;
import ai.hrflow.connectors.runtime.Stage;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an interrupted atomic write leaves is cleaned at the next start; failures directories are private. */
class LeftoverTempFilesTest {
    @TempDir
    Path dir;

    @Test
    void lockingAWorkflowDeletesTheTemporaryFilesAKilledSaveLeftForIt() throws Exception {
        LocalJsonStateStore store = new LocalJsonStateStore(dir);
        Path workflows = dir.resolve("workflows");
        String name = StateFileNames.encode("wf") + ".json";
        Path leftover = Files.writeString(workflows.resolve(".tmp-" + name + ".12345.tmp"), "{\"half\":");
        Path otherWorkflows = Files.writeString(workflows.resolve(".tmp-" + StateFileNames.encode("other")
                + ".json.6789.tmp"), "{");

        try (WorkflowLock lock = store.lock("wf")) {
            assertThat(leftover).doesNotExist();
            assertThat(otherWorkflows).as("another workflow's save may be in progress").exists();
        }
    }

    @Test
    void atomicWritesNameTheirTemporaryFileAfterTheirTarget() throws Exception {
        Path target = dir.resolve("wf.json");
        assertThat(PrivateFiles.tempPrefix(target)).isEqualTo(".tmp-wf.json.");
        PrivateFiles.writeAtomically(target, "{}".getBytes());
        assertThat(PrivateFiles.deleteLeftoverTemps(target)).isZero();
        assertThat(Files.readString(target)).isEqualTo("{}");
    }

    @Test
    void theFailuresDirectoryIsPrivate() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path failures = dir.resolve("failures/nested");
        try (FailureSink sink = new FailureSink(failures, "wf", "a1", Clock.systemUTC())) {
            sink.record(Stage.WRITE, "refused", null);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(failures))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(failures.getParent())))
                .isEqualTo("rwx------");
    }
}
