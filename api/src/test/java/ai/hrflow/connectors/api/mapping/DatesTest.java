package ai.hrflow.connectors.api.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2019-05-17|2019-05-17T00:00:00",
        "2019-05-17T23:30:00+02:00|2019-05-17T00:00:00",
        "2019-05-17T22:00:00Z|2019-05-17T00:00:00",
        "2019-05|2019-05-01T00:00:00",
        "2019/5|2019-05-01T00:00:00",
        "05-2019|2019-05-01T00:00:00",
        "5/2019|2019-05-01T00:00:00",
        "05.2019|2019-05-01T00:00:00",
        "17/05/2019|2019-05-17T00:00:00",
        "05/17/2019|2019-05-17T00:00:00",
        "03/04/2019|2019-04-03T00:00:00",
        "17.05.2019|2019-05-17T00:00:00",
        "Jan 2020|2020-01-01T00:00:00",
        "January 2020|2020-01-01T00:00:00",
        "jan. 2020|2020-01-01T00:00:00",
        "Sept 2018|2018-09-01T00:00:00",
        "15 Jan 2020|2020-01-15T00:00:00",
        "Jan 15th, 2020|2020-01-15T00:00:00",
        "2020|2020-01-01T00:00:00",
        "Summer 2017|2017-01-01T00:00:00",
        "2019-13|2019-01-01T00:00:00",
    })
    void readsWhatRecruitersType(String typed, String hrflow) {
        assertThat(Dates.toHrFlow(typed)).isEqualTo(hrflow);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Present", "present", "CURRENT", "Till date", "till Date.", "Now", "to date", "Ongoing",
        "Currently"})
    void wordsForNowAreAnOpenEnd(String typed) {
        assertThat(Dates.meansNow(typed)).isTrue();
        assertThat(Dates.toHrFlow(typed)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "n/a", "soon", "yyyy-MM", "last year"})
    void unreadableTextIsNoDateAndNeverCopied(String typed) {
        assertThat(Dates.toHrFlow(typed)).isNull();
        assertThat(Dates.meansNow(typed)).isFalse();
    }

    @Test
    void writesTheVendorsPattern() {
        assertThat(Dates.format("2019-05-01T00:00:00", DateTimeFormatter.ofPattern("MM-yyyy"))).isEqualTo("05-2019");
        assertThat(Dates.format("2019-05-17T10:00:00+0000", DateTimeFormatter.ISO_LOCAL_DATE)).isEqualTo("2019-05-17");
        assertThat(Dates.format("Present", DateTimeFormatter.ISO_LOCAL_DATE)).isNull();
        assertThat(Dates.format(null, DateTimeFormatter.ISO_LOCAL_DATE)).isNull();
    }
}
