package ai.hrflow.connectors.api.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class JsltFunctionsTest {
    private static ObjectNode candidate() {
        ObjectNode item = Json.object().put("id", 7);
        item.putObject("info").put("email", "ana@example.com").put("source", "Referral");
        item.putArray("tags").addObject().put("name", "old").put("value", "x");
        return item;
    }

    @Test
    void aFormatChangesTheItemAsWritten() throws Exception {
        Format format = Format.jslt("""
                {"tags": [for (.tags) .] + [{"name": "zoho_source", "value": .info.source}], *: .}
                """);

        ObjectNode out = format.apply(candidate());

        assertThat(out.get("id").asInt()).isEqualTo(7);
        assertThat(out.at("/tags/1/value").asText()).isEqualTo("Referral");
        assertThat(out.get("tags")).hasSize(2);
        assertThat(format.name()).isEqualTo("jslt");
    }

    @Test
    void aFormatWithABaseAppliesTheBaseFirst() throws Exception {
        Format base = Format.named("format_base", null, item -> Json.object().put("key", "k-" + item.get("id")));
        Format format = Format.jslt(base, ". + {\"reference\": .key}");

        ObjectNode out = format.apply(candidate());

        assertThat(out.get("key").asText()).isEqualTo("k-7");
        assertThat(out.get("reference").asText()).isEqualTo("k-7");
        assertThat(out.has("info")).isFalse();
        assertThat(format.name()).isEqualTo("format_base + jslt");
    }

    @Test
    void aFormatThatGivesNoObjectFailsOnTheItem() {
        Format format = Format.jslt(".info.email");

        assertThatThrownBy(() -> format.apply(candidate())).hasMessage("the JSLT format gave a string instead of an "
                + "object");
    }

    @Test
    void anExpressionThatFailsOnOneItemThrowsForThatItemOnly() throws Exception {
        Format format = Format.jslt("{\"n\": number(.id) + 1}");
        ObjectNode bad = candidate().put("id", "seven");

        assertThatThrownBy(() -> format.apply(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the JSLT expression failed");
        assertThat(format.apply(candidate()).get("n").asInt()).isEqualTo(8);
    }

    @Test
    void aLogicKeepsOnTrueAndDiscardsOnFalseOrNull() throws Exception {
        Logic hasEmail = Logic.jslt("boolean(.info.email)");
        Logic nothing = Logic.jslt(".missing");
        ObjectNode noEmail = candidate();
        ((ObjectNode) noEmail.get("info")).remove("email");

        assertThat(hasEmail.apply(candidate())).isEqualTo(candidate());
        assertThat(hasEmail.apply(noEmail)).isNull();
        assertThat(nothing.apply(candidate())).isNull();
        assertThatThrownBy(() -> Logic.jslt(".info.email").apply(candidate()))
                .hasMessageContaining("gave a string instead of true, false or null");
    }

    @Test
    void aSyntaxErrorSaysWhereInTheExpression() {
        JsltSyntaxException e = catchThrowableOfType(JsltSyntaxException.class,
                () -> Format.jslt("{\n  \"a\": .x +\n}"));

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).isEqualTo("not valid JSLT at line 3, column 1: Parse error: Encountered \"}\"");
        assertThat(catchThrowableOfType(JsltSyntaxException.class, () -> Logic.jslt("\"unterminated")).column())
                .isEqualTo(14);
        assertThatThrownBy(() -> Logic.jslt(" ")).isInstanceOf(JsltSyntaxException.class)
                .hasMessageContaining("empty");
    }
}
