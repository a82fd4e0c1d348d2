package ai.hrflow.connectors.api.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "40000|40000|40000|null",
        "40000.50|40000.50|40000.50|null",
        "40,000|40000|40000|null",
        "€40 000|40000|40000|EUR",
        "45k|45000|45000|null",
        "40000-50000|40000|50000|null",
        "USD 40,000 – 50,000|40000|50000|USD",
        "£30k - £35k per year|30000|35000|GBP",
        "AUD $90,000|90000|90000|AUD",
    })
    void readsAmountsAndRanges(String text, String min, String max, String currency) {
        Amount amount = Amount.parse(text);
        assertThat(amount.min()).isEqualByComparingTo(new BigDecimal(min));
        assertThat(amount.max()).isEqualByComparingTo(new BigDecimal(max));
        assertThat(amount.currency()).isEqualTo(currency);
    }

    @ParameterizedTest
    @CsvSource({"competitive", "''", "DOE"})
    void noNumberIsNoAmount(String text) {
        assertThat(Amount.parse(text)).isNull();
    }

    @Test
    void rangesFromTwoValuesKeepAMissingEndMissing() {
        Amount both = Amount.between(Amount.of(Json.object().numberNode(40000)), Amount.of(Json.object().textNode("50k")));
        assertThat(both.min()).isEqualByComparingTo("40000");
        assertThat(both.max()).isEqualByComparingTo("50000");

        Amount from = Amount.between(Amount.of(Json.object().textNode("40000")), Amount.of(Json.object().nullNode()));
        assertThat(from.min()).isEqualByComparingTo("40000");
        assertThat(from.max()).isNull();

        Amount inOne = Amount.between(Amount.of(Json.object().textNode("40000-50000 EUR")), null);
        assertThat(inOne.max()).isEqualByComparingTo("50000");
        assertThat(inOne.currency()).isEqualTo("EUR");
        assertThat(Amount.between(null, Amount.of(Json.object().booleanNode(true)))).isNull();
    }
}
