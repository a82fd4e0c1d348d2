package ai.hrflow.connectors.emulators.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MutableClockTest {
    private static final Instant T0 = Instant.parse("2023-06-20T15:25:07Z");

    @Test
    void fixedClockMovesOnlyWhenTold() {
        MutableClock clock = MutableClock.fixed(T0);

        assertThat(clock.instant()).isEqualTo(T0);
        clock.advance(Duration.ofMinutes(5));
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(300));
        clock.set(T0);
        assertThat(clock.instant()).isEqualTo(T0);
    }

    @Test
    void systemClockCanBeShiftedAndResumedFromAFrozenInstant() {
        MutableClock clock = MutableClock.system();
        clock.advance(Duration.ofDays(365));
        assertThat(clock.instant()).isAfter(Instant.now().plus(Duration.ofDays(364)));

        clock.set(T0);
        clock.resume();

        assertThat(clock.instant()).isBetween(T0, T0.plusSeconds(60));
    }
}
