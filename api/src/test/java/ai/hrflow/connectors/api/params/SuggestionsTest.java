package ai.hrflow.connectors.api.params;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> KNOWN = List.of("client_id", "client_secret", "refresh_token", "source_key");

    @Test
    void suggestsCloseKeysAndOtherSpellingsOfTheSameKey() {
        assertThat(Suggestions.closest("clent_id", KNOWN)).contains("client_id");
        assertThat(Suggestions.closest("clientSecret", KNOWN)).contains("client_secret");
        assertThat(Suggestions.closest("source-key", KNOWN)).contains("source_key");
        assertThat(Suggestions.closest("refresh_tokn", KNOWN)).contains("refresh_token");
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertThat(Suggestions.closest("workflow", KNOWN)).isEmpty();
        assertThat(Suggestions.closest("x", KNOWN)).isEmpty();
    }

    @Test
    void distanceIsLevenshtein() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same")).isZero();
    }
}
