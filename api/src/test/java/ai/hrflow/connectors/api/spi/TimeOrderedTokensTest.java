package ai.hrflow.connectors.api.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.ConnectorException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeOrderedTokensTest {
    private static final Instant T1 = Instant.parse("2024-06-03T08:00:01Z");
    private static final Instant T2 = T1.plusSeconds(1);
    private static final Instant T3 = T1.plusSeconds(2);

    private final TimeOrderedTokens trail = TimeOrderedTokens.ordered("Acme", t -> "at " + t.getEpochSecond());
    private final List<ReadItem> out = new ArrayList<>();

    private void feed(String id, Instant key, boolean wanted) {
        ReadItem released = trail.next(record(id), key, wanted);
        if (released != null) {
            out.add(released);
        }
    }

    private static ObjectNode record(String id) {
        return Json.object().put("id", id);
    }

    @Test
    void anItemInsideATieGroupGetsNoTokenTheLastOfTheGroupNamesItsSecond() {
        feed("a", T1, true);
        feed("b", T1, true);
        feed("c", T2, true);
        out.add(trail.finish("final"));

        assertThat(out).extracting(i -> i.data().path("id").asText()).containsExactly("a", "b", "c");
        assertThat(out).extracting(ReadItem::token).containsExactly(null, "at " + T1.getEpochSecond(), "final");
    }

    @Test
    void skippedRecordsMoveTheHeldItemsTokenOnlyToTheirLastCompleteSecond() {
        feed("a", T1, true);
        feed("skipped-1", T2, false);
        feed("skipped-2", T3, false);
        feed("d", T3, true); // same second as skipped-2: T3 is not complete when a is done

        assertThat(out).hasSize(1);
        assertThat(out.get(0).token()).isEqualTo("at " + T2.getEpochSecond());
    }

    @Test
    void theLastItemWaitsForTheEndOfTheScanWhateverPageItCameIn() {
        feed("a", T1, true);
        assertThat(out).isEmpty(); // the next page may hold more records of T1
        feed("b", T1, false);
        ReadItem last = trail.finish("final");

        assertThat(last.data().path("id").asText()).isEqualTo("a");
        assertThat(last.token()).isEqualTo("final");
    }

    @Test
    void aFailedRecordComesAfterTheHeldItemWithoutAPosition() {
        feed("a", T1, true);
        out.addAll(trail.failed(record("broken"), "no times"));

        assertThat(out).extracting(ReadItem::isFailed).containsExactly(false, true);
        assertThat(out.get(1).token()).isNull();
        assertThat(trail.finish("final")).isNull();
    }

    @Test
    void recordsOutOfOrderStopTheScanRatherThanSaveAWrongPosition() {
        feed("a", T2, true);
        assertThatThrownBy(() -> feed("b", T1, true)).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("Acme returned records out of time order");
    }

    @Test
    void anUnorderedTrailGivesOnlyTheLastItemAToken() {
        TimeOrderedTokens unordered = TimeOrderedTokens.unordered("Acme");
        List<ReadItem> items = new ArrayList<>();
        for (Instant t : List.of(T3, T1, T2)) {
            ReadItem released = unordered.next(record(t.toString()), t, true);
            if (released != null) {
                items.add(released);
            }
        }
        items.add(unordered.finish("final"));

        assertThat(items).extracting(ReadItem::token).containsExactly(null, null, "final");
    }
}
