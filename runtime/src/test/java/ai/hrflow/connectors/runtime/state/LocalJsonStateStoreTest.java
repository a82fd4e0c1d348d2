package ai.hrflow.connectors.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.runtime.RunResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalJsonStateStoreTest extends StateStoreContractTest {
    @TempDir
    Path temp;

    Path dir;

    @Override
    protected StateStore newStore() {
        dir = temp.resolve("state");
        return new LocalJsonStateStore(dir);
    }

    @Override
    protected List<String> workflowIds(StateStore store) {
        return ((LocalJsonStateStore) store).workflowIds();
    }

    @Test
    void describesItselfWithTheAbsoluteDirectory() {
        assertThat(store.describe()).isEqualTo("localjson:" + dir.toAbsolutePath());
    }

    @Test
    void writesOneReadableJsonFilePerWorkflowAndCredentialKey() throws IOException {
        store.saveRun("a/b", run("a/b", "tok"));
        store.saveCredentials("zoho:c1", credentials("r1"));
        store.lock("a/b").close();

        JsonNode run = Json.MAPPER.readTree(dir.resolve("workflows/a%2Fb.json").toFile());
        assertThat(run.get("workflow_id").asText()).isEqualTo("a/b");
        assertThat(run.get("incremental_token").asText()).isEqualTo("tok");
        assertThat(run.get("events").get("write_failure").asLong()).isEqualTo(3);
        assertThat(Json.MAPPER.readTree(dir.resolve("credentials/zoho%3Ac1.json").toFile()))
                .isEqualTo(credentials("r1"));
        assertThat(dir.resolve("locks/a%2Fb.lock")).isRegularFile();
    }

    @Test
    void anotherStoreOnTheSameDirectorySeesTheState() {
        store.saveRun("wf", run("wf", "t"));
        store.saveCredentials("k", credentials("r"));

        LocalJsonStateStore reopened = new LocalJsonStateStore(dir);

        assertThat(reopened.lastRun("wf")).contains(run("wf", "t"));
        assertThat(reopened.loadCredentials("k")).contains(credentials("r"));
    }

    @Test
    void awkwardIdsNeverLeaveTheirSubdirectory() throws IOException {
        for (String id : AWKWARD_IDS) {
            store.saveRun(id, run(id, "t"));
            store.saveCredentials(id, credentials("r"));
            store.lock(id).close();
        }

        try (Stream<Path> siblings = Files.list(temp)) {
            assertThat(siblings).containsExactly(dir);
        }
        try (Stream<Path> all = Files.walk(dir)) {
            Set<Path> parents = all.filter(Files::isRegularFile).map(Path::getParent).collect(Collectors.toSet());
            assertThat(parents).containsExactlyInAnyOrder(
                    dir.resolve("workflows"), dir.resolve("credentials"), dir.resolve("locks"));
        }
        try (Stream<Path> files = Files.list(dir.resolve("workflows"))) {
            assertThat(files).hasSize(AWKWARD_IDS.size())
                    .allSatisfy(f -> assertThat(f.getFileName().toString()).doesNotStartWith("."));
        }
    }

    @Test
    void directoriesAre0700AndFiles0600FromTheStart() throws IOException {
        assumePosix();
        Path nested = temp.resolve("new/nested/state");
        LocalJsonStateStore fresh = new LocalJsonStateStore(nested);
        fresh.saveRun("wf", run("wf", "t"));
        fresh.saveCredentials("k", credentials("secret"));
        fresh.saveParking("wf", ParkingLot.empty().park(parked("p1", 3)));
        fresh.lock("wf").close();

        for (Path d : List.of(temp.resolve("new"), temp.resolve("new/nested"), nested,
                nested.resolve("workflows"), nested.resolve("credentials"), nested.resolve("locks"),
                nested.resolve("parked"))) {
            assertThat(permissions(d)).as(d.toString()).isEqualTo("rwx------");
        }
        for (Path f : List.of(nested.resolve("workflows/wf.json"), nested.resolve("credentials/k.json"),
                nested.resolve("locks/wf.lock"), nested.resolve("parked/wf.json"))) {
            assertThat(permissions(f)).as(f.toString()).isEqualTo("rw-------");
        }
    }

    @Test
    void aWorldReadableFileBecomesPrivateWhenRewritten() throws IOException {
        assumePosix();
        Path file = dir.resolve("credentials/k.json");
        Files.writeString(file, "{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        store.saveCredentials("k", credentials("secret"));

        assertThat(permissions(file)).isEqualTo("rw-------");
    }

    @Test
    void noTemporaryFileIsLeftAfterSaves() throws IOException {
        for (int i = 0; i < 20; i++) {
            store.saveRun("wf", run("wf", "t" + i));
            store.saveCredentials("k", credentials("r" + i));
        }
        assertThat(allFiles()).containsExactlyInAnyOrder(
                dir.resolve("workflows/wf.json"), dir.resolve("credentials/k.json"));
    }

    @Test
    void aFailedSaveLeavesNoTemporaryFileAndNamesThePath() throws IOException {
        // A directory where the state file should be: the rename over it fails.
        Path target = dir.resolve("workflows/wf.json");
        Files.createDirectories(target);
        Files.writeString(target.resolve("keep"), "x");

        assertThatThrownBy(() -> store.saveRun("wf", run("wf", "t")))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining(target.toString())
                .hasCauseInstanceOf(IOException.class);
        assertThat(allFiles()).containsExactly(target.resolve("keep"));
    }

    @Test
    void readErrorNamesThePathAndTheCause() throws IOException {
        Path target = dir.resolve("workflows/wf.json");
        Files.createDirectories(target);

        assertThatThrownBy(() -> store.lastRun("wf"))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("directory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{not json", "null", "[]", "{\"status\":\"bogus\"}", "{\"reason\":\"none\"}",
        "{\"status\":\"success\"} trailing"})
    void corruptRunFileTellsHowToRecover(String content) throws IOException {
        Path file = dir.resolve("workflows/my%20flow.json");
        Files.writeString(file, content);

        assertThatThrownBy(() -> store.lastRun("my flow"))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("hrflow-connectors state reset 'my flow'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[1]", "\"text\"", "{\"refresh_token\":\"s3cr3t", "{\"refresh_token\":s3cr3t}"})
    void corruptCredentialsFileNamesTheFileButNotItsContent(String content) throws IOException {
        Path file = dir.resolve("credentials/k.json");
        Files.writeString(file, content);

        assertThatThrownBy(() -> store.loadCredentials("k"))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("delete it")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void resetThenSaveAfterTheDirectoryWasRemoved() throws IOException {
        store.saveRun("wf", run("wf", "t"));
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }

        store.saveRun("wf", run("wf", "again"));
        assertThat(store.lastRun("wf")).map(RunResult::incrementalToken).contains("again");
        store.lock("wf").close();
    }

    @Test
    void listingSkipsFilesThatAreNotState() throws IOException {
        store.saveRun("b", run("b", "t"));
        store.saveRun("a/1", run("a/1", "t"));
        Files.writeString(dir.resolve("workflows/README.txt"), "notes");
        Files.writeString(dir.resolve("workflows/%41.json"), "{}");
        Files.writeString(dir.resolve("workflows/.tmp-123.json"), "{}");
        Files.createDirectories(dir.resolve("workflows/dir.json"));

        assertThat(((LocalJsonStateStore) store).workflowIds()).containsExactly("a/1", "b");
    }

    @Test
    void savingWorksOnAnInterruptedThread() {
        // A run being cancelled (interrupted) must still be able to save where it got to.
        Thread.currentThread().interrupt();
        try {
            store.saveRun("wf", run("wf", "t"));
            assertThat(store.lastRun("wf")).isPresent();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void anIdTooLongForAFileNameFailsWithThePathAndLeavesNoTemporaryFile() throws IOException {
        String id = "x".repeat(300);

        assertThatThrownBy(() -> store.saveRun(id, run(id, "t")))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining(dir.resolve("workflows").toString());
        assertThat(allFiles()).isEmpty();
    }

    private List<Path> allFiles() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).filter(p -> !p.getParent().endsWith("locks")).toList();
        }
    }

    @Test
    void aCorruptParkedItemsFileIsReportedWithoutQuotingItsContent() throws IOException {
        LocalJsonStateStore local = (LocalJsonStateStore) store;
        local.saveParking("wf", ParkingLot.empty().park(parked("p1", 3)));
        Path file = local.directory().resolve("parked/wf.json");
        Files.writeString(file, "{\"parked\": [{\"key\": \"p1\", \"item\": {\"email\": \"ada@example.com\"");

        assertThatThrownBy(() -> local.parking("wf")).isInstanceOf(StateStoreException.class)
                .hasMessageContaining(file.toString()).hasMessageNotContaining("ada@example.com");
    }

    @Test
    void savingNoParkedItemRemovesTheFile() {
        LocalJsonStateStore local = (LocalJsonStateStore) store;
        local.saveParking("wf", ParkingLot.empty().park(parked("p1", 3)));
        local.saveParking("wf", ParkingLot.empty());

        assertThat(local.directory().resolve("parked/wf.json")).doesNotExist();
        assertThat(local.parking("wf").isEmpty()).isTrue();
    }

    private static String permissions(Path path) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
        return PosixFilePermissions.toString(permissions);
    }

    private void assumePosix() {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    }
}
