package ai.hrflow.connectors.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StateStoresTest {
    @TempDir
    Path temp;

    Path home;
    Path workingDir;

    @BeforeEach
    void dirs() {
        home = temp.resolve("home");
        workingDir = temp.resolve("cwd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "FALSE", "False", "0", " false "})
    void falseOrZeroTurnsTheStoreOff(String value) {
        assertThat(StateStores.fromEnvironment(env(StateStores.ENABLED, value), home, workingDir)).isEmpty();
        assertThat(temp).isEmptyDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "1", "yes", "", "no"})
    void anyOtherValueKeepsItOn(String value) {
        assertThat(StateStores.fromEnvironment(env(StateStores.ENABLED, value), home, workingDir)).isPresent();
    }

    @Test
    void unsetMeansALocalJsonStoreUnderTheHomeDirectory() {
        Optional<StateStore> store = StateStores.fromEnvironment(Map.of(), home, workingDir);

        assertThat(store).get().isInstanceOf(LocalJsonStateStore.class);
        assertThat(store.get().describe()).isEqualTo("localjson:" + home.resolve(".hrflow-connectors/state"));
        assertThat(home.resolve(".hrflow-connectors/state/workflows")).isDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localjson", "LocalJSON", " localjson", ""})
    void localjsonIsTheOneStoreKind(String value) {
        assertThat(StateStores.fromEnvironment(env(StateStores.STORE, value), home, workingDir))
                .get().isInstanceOf(LocalJsonStateStore.class);
    }

    @Test
    void otherStoreKindsAreRefusedWithTheSupportedOnes() {
        assertThatThrownBy(() -> StateStores.fromEnvironment(env(StateStores.STORE, "s3"), home, workingDir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HRFLOW_CONNECTORS_STORE='s3'")
                .hasMessageContaining("supported: localjson");
    }

    @Test
    void turnedOffWinsOverAnUnknownStoreKind() {
        Map<String, String> env = env(StateStores.ENABLED, "0", StateStores.STORE, "s3");
        assertThat(StateStores.fromEnvironment(env, home, workingDir)).isEmpty();
    }

    @Test
    void stateDirWinsOverTheReferenceVariable() {
        Map<String, String> env = env(StateStores.STATE_DIR, temp.resolve("ours").toString(),
                StateStores.LOCALJSON_DIR, temp.resolve("reference").toString());

        assertThat(describe(env)).isEqualTo("localjson:" + temp.resolve("ours"));
    }

    @Test
    void referenceVariableIsUsedWhenOursIsUnsetOrBlank() {
        String reference = temp.resolve("reference").toString();

        assertThat(describe(env(StateStores.LOCALJSON_DIR, reference))).isEqualTo("localjson:" + reference);
        assertThat(describe(env(StateStores.STATE_DIR, " ", StateStores.LOCALJSON_DIR, reference)))
                .isEqualTo("localjson:" + reference);
    }

    @Test
    void relativeDirectoryIsResolvedAgainstTheWorkingDirectory() {
        assertThat(describe(env(StateStores.STATE_DIR, "run/state")))
                .isEqualTo("localjson:" + workingDir.resolve("run/state"));
    }

    @Test
    void publicEntryPointReadsTheGivenMap() {
        Path dir = temp.resolve("public");
        Optional<StateStore> store = StateStores.fromEnvironment(env(StateStores.STATE_DIR, dir.toString()));

        assertThat(store).get().extracting(StateStore::describe).isEqualTo("localjson:" + dir);
        assertThat(StateStores.fromEnvironment(env(StateStores.ENABLED, "false"))).isEmpty();
    }

    @Test
    void localJsonBuildsAStoreInTheDirectory() {
        assertThat(StateStores.localJson(temp.resolve("x")).describe()).isEqualTo("localjson:" + temp.resolve("x"));
    }

    private String describe(Map<String, String> env) {
        return StateStores.fromEnvironment(env, home, workingDir).orElseThrow().describe();
    }

    private static Map<String, String> env(String... keyValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    @Test
    void aStateUrlWithoutItsProviderOnTheClassPathIsRefusedWithoutRepeatingTheUrl() {
        assertThatThrownBy(() -> StateStores.fromEnvironment(env(StateStores.STATE_URL,
                "postgresql://hr:pw-Secret-3@db/state"), home, workingDir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(StateStores.STATE_URL + ": no state store for scheme 'postgresql'; supported: none on the"
                        + " class path");
        assertThatThrownBy(() -> StateStores.fromUrl("db.internal/state"))
                .hasMessageContaining("no URL scheme").hasMessageNotContaining("db.internal");
        assertThat(temp).isEmptyDirectory();
    }
}
