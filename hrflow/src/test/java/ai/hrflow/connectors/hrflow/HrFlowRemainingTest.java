package ai.hrflow.connectors.hrflow;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.Reader;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pages of a source say how many profiles are left (from {@code meta.total}), so progress can show a total. */
class HrFlowRemainingTest {
    private final HrFlowTestEnv env = new HrFlowTestEnv(HrFlowClientOptions.defaults().withPageSize(3, 10));

    @AfterEach
    void close() {
        env.close();
    }

    @Test
    void eachPageSaysHowManyProfilesAreLeftFromIt() throws Exception {
        for (int i = 0; i < 7; i++) {
            env.seedProfile("p" + i, i * 10L);
        }
        Reader reader = env.reader("profile", Map.of("source_key", env.source), false, null);

        Page first = reader.read(null);
        Page second = reader.read(first.nextCursor());

        assertThat(first.remaining()).isEqualTo(7L);
        assertThat(first.items()).hasSize(3);
        // an estimate: the next query's time bound is inclusive, so objects of its second already read may count
        assertThat(second.remaining()).isBetween(4L, 5L);
    }
}
