package ai.hrflow.connectors.jobadder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.TimeOrderedTokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which items carry a token, and which token. */
class JobAdderScanTokensTest {
    private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");
    private final TimeOrderedTokens trail = TimeOrderedTokens.ordered("JobAdder", t -> new ScanToken(ScanToken.UPDATED, t).format());
    private final List<ReadItem> out = new ArrayList<>();

    private void next(int id, int second, boolean wanted) {
        ReadItem released = trail.next(item(id), T.plusSeconds(second), wanted);
        if (released != null) {
            out.add(released);
        }
    }

    private static ObjectNode item(int id) {
        return Json.object().put("candidateId", id);
    }

    private static String at(int second) {
        return "updated_after=" + T.plusSeconds(second);
    }

    @Test
    void anItemGetsATokenOnlyOnceItsTimeIsComplete() {
        next(1, 0, true);
        next(2, 5, true);
        next(3, 5, true);
        next(4, 9, true);
        out.add(trail.finish("final"));

        assertThat(out).extracting(ReadItem::token).containsExactly(at(0), null, at(5), "final");
    }

    @Test
    void unwantedRecordsMoveTheHeldItemsToken() {
        next(1, 0, true);
        next(2, 3, false);
        next(3, 7, false);
        next(4, 8, true);

        assertThat(out).singleElement().satisfies(i -> {
            assertThat(i.data().path("candidateId").asInt()).isEqualTo(1);
            assertThat(i.token()).isEqualTo(at(7));
        });
    }

    @Test
    void aFailedRecordReleasesTheHeldItemAndHasNoToken() {
        next(1, 0, true);
        List<ReadItem> failed = trail.failed(item(2), "no time");

        assertThat(failed).hasSize(2);
        assertThat(failed.get(1).isFailed()).isTrue();
        assertThat(failed.get(1).token()).isNull();
        assertThat(trail.finish("final")).isNull();
    }

    @Test
    void recordsOutOfOrderStopTheScan() {
        next(1, 5, true);

        assertThatThrownBy(() -> next(2, 4, true)).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("out of time order");
    }

    @Test
    void tokensParseBackAndForeignOnesAreRefused() {
        assertThat(ScanToken.parse(at(3), ScanToken.UPDATED)).isEqualTo(new ScanToken(ScanToken.UPDATED, T.plusSeconds(3)));
        assertThat(ScanToken.parse(null, ScanToken.UPDATED)).isNull();
        assertThatThrownBy(() -> ScanToken.parse(at(3), ScanToken.CREATED)).hasMessageContaining("created_after=");
        assertThatThrownBy(() -> ScanToken.parse("modified_after=2024-01-01T00:00:00Z", ScanToken.UPDATED))
                .hasMessageContaining("workflow_id");
    }
}
