package ai.hrflow.connectors.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StateFileNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc-XYZ_0.9    | abc-XYZ_0.9",
        "a/b            | a%2Fb",
        "../x           | %2E.%2Fx",
        ".              | %2E",
        "..             | %2E.",
        ".hidden        | %2Ehidden",
        "a.b.           | a.b.",
        "é              | %C3%A9",
        "'with space'   | with%20space",
        "100%           | 100%25",
        "%2F            | %252F",
        "a\\b           | a%5Cb",
    })
    void encodesToTheCanonicalNameAndBack(String id, String name) {
        assertThat(StateFileNames.encode(id)).isEqualTo(name);
        assertThat(StateFileNames.decode(name)).isEqualTo(id);
    }

    @Test
    void randomIdsRoundTripToSafeDistinctNames() {
        Random random = new Random(20240501);
        String alphabet = "aZ09._-/\\%: \t\n.éß日\uD83D\uDE00\u0000'\"*?<>|";
        Map<String, String> idByName = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            StringBuilder id = new StringBuilder();
            int length = 1 + random.nextInt(12);
            while (id.length() < length) {
                int at = random.nextInt(alphabet.length());
                char c = alphabet.charAt(at);
                // Keep surrogate pairs whole: a lone half is not an id (see loneSurrogatesAreRejected).
                if (Character.isHighSurrogate(c)) {
                    id.append(c).append(alphabet.charAt(at + 1));
                } else if (!Character.isLowSurrogate(c)) {
                    id.append(c);
                }
            }
            String name = StateFileNames.encode(id.toString());

            assertThat(name).matches("[A-Za-z0-9_%-][A-Za-z0-9._%-]*");
            assertThat(StateFileNames.decode(name)).isEqualTo(id.toString());
            String previous = idByName.put(name, id.toString());
            assertThat(previous == null || previous.equals(id.toString()))
                    .as("%s and %s both encode to %s", previous, id, name).isTrue();
        }
    }

    @Test
    void emptyIdsAreRejected() {
        assertThatThrownBy(() -> StateFileNames.encode("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StateFileNames.encode(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StateFileNames.decode("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loneSurrogatesAreRejectedRatherThanCollidingWithQuestionMarks() {
        assertThatThrownBy(() -> StateFileNames.encode("a\uD800"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unicode");
        assertThat(StateFileNames.encode("a?")).isEqualTo("a%3F");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%41", ".hidden", "%2e", "%2", "%", "a b", "é", "%C3", "%FF", "a%2Gb", ".tmp-123"})
    void onlyCanonicalNamesDecode(String name) {
        assertThat(StateFileNames.isEncoded(name)).isFalse();
        assertThatThrownBy(() -> StateFileNames.decode(name)).isInstanceOf(IllegalArgumentException.class);
    }
}
