package ai.hrflow.connectors.emulators.hrflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class TimestampsTest {
    private static final long T = Instant.parse("2023-06-20T15:25:07Z").getEpochSecond();

    @Test
    void formatsWithAColonLessOffset() {
        assertThat(Timestamps.format(T)).isEqualTo("2023-06-20T15:25:07+0000");
    }

    @Test
    void parsesIsoVariants() {
        assertThat(Timestamps.parse("2023-06-20T15:25:07+0000")).isEqualTo(T);
        assertThat(Timestamps.parse("2023-06-20T15:25:07Z")).isEqualTo(T);
        assertThat(Timestamps.parse("2023-06-20T17:25:07+02:00")).isEqualTo(T);
        assertThat(Timestamps.parse("2023-06-20T15:25:07.999")).isEqualTo(T);
        assertThat(Timestamps.parse("2023-06-20T15:25")).isEqualTo(T - 7);
        assertThat(Timestamps.parse("2023-06-20")).isEqualTo(Instant.parse("2023-06-20T00:00:00Z").getEpochSecond());
        assertThat(Timestamps.parseUpperBound("2023-06-20")).isEqualTo(Instant.parse("2023-06-20T23:59:59Z").getEpochSecond());
        assertThatThrownBy(() -> Timestamps.parse("20/06/2023")).isInstanceOf(DateTimeParseException.class);
    }
}
