package ai.hrflow.connectors.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {
    private final JsonNode item = Json.MAPPER.valueToTree(java.util.Map.of(
            "info", java.util.Map.of("email", "  ada@example.com ", "blank", "   ", "list", java.util.List.of("x")),
            "tags", java.util.List.of(" a ", "", "b")));

    @Test
    void textIsTrimmedOrNullNeverNullTextOrEmpty() {
        assertThat(JsonFields.text(item, "info", "email")).isEqualTo("ada@example.com");
        assertThat(JsonFields.text(item, "info", "blank")).isNull();
        assertThat(JsonFields.text(item, "info", "list")).isNull();
        assertThat(JsonFields.text(item, "info", "missing")).isNull();
        assertThat(JsonFields.text(Json.MAPPER.nullNode())).isNull();
        assertThat(JsonFields.at(null, "a", "b").isMissingNode()).isTrue();
    }

    @Test
    void arraysPutsAndJoins() {
        assertThat(JsonFields.texts(item.get("tags"))).containsExactly("a", "b");
        assertThat(JsonFields.elements(item, "tags")).hasSize(3);
        assertThat(JsonFields.elements(item, "info")).isEmpty();
        assertThat(JsonFields.putText(Json.object(), "k", " ").has("k")).isFalse();
        assertThat(JsonFields.putIfNotEmpty(Json.object(), "k", Json.array()).has("k")).isFalse();
        assertThat(JsonFields.join(" ", " Ada ", null, "", "Lovelace")).isEqualTo("Ada Lovelace");
        assertThat(JsonFields.join(" ", null, " ")).isNull();
    }
}
