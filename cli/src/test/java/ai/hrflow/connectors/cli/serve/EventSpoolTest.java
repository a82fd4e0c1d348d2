package ai.hrflow.connectors.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventSpoolTest {
    @TempDir
    Path dir;

    private static SpooledEvent event(String id) {
        return new SpooledEvent(id, "wf", "profile.parsing.success", "wf:" + id, Map.of("profile_key", id),
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void eventsSurviveANewSpoolOnTheSameDirectoryInArrivalOrder() {
        EventSpool spool = new EventSpool(dir, 10);
        spool.append(event("b"));
        spool.append(event("a"));

        EventSpool reopened = new EventSpool(dir, 10);

        assertThat(reopened.size()).isEqualTo(2);
        assertThat(reopened.pending()).extracting(SpooledEvent::id).containsExactly("b", "a");
        assertThat(reopened.pending().get(0)).isEqualTo(event("b"));
    }

    @Test
    void refusesBeyondItsCapacityAndFreesRoomWhenAnEventIsDone() {
        EventSpool spool = new EventSpool(dir, 1);

        assertThat(spool.append(event("a"))).isTrue();
        assertThat(spool.append(event("b"))).isFalse();
        spool.remove(event("a"));

        assertThat(spool.size()).isZero();
        assertThat(spool.append(event("b"))).isTrue();
    }

    @Test
    void buriedAndUnreadableEventsGoToDead() throws Exception {
        EventSpool spool = new EventSpool(dir, 10);
        spool.append(event("a"));
        spool.bury(event("a"));
        Files.writeString(dir.resolve("00000000000000000001-broken.json"), "{not json");

        EventSpool reopened = new EventSpool(dir, 10);

        assertThat(reopened.size()).isZero();
        try (var dead = Files.list(dir.resolve("dead"))) {
            assertThat(dead.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.endsWith("-a.json")).anyMatch(name -> name.endsWith("-broken.json"));
        }
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        Duration initial = Duration.ofSeconds(5);
        Duration max = Duration.ofSeconds(60);

        assertThat(EventQueue.backoff(initial, max, 1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(EventQueue.backoff(initial, max, 2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(EventQueue.backoff(initial, max, 4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(EventQueue.backoff(initial, max, 30)).isEqualTo(max);
    }
}
