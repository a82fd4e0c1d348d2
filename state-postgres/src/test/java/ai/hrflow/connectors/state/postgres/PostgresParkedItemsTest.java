package ai.hrflow.connectors.state.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.runtime.state.WorkflowLock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rows behind parked items: replaced together, per workflow, untouched by a reset. */
class PostgresParkedItemsTest {
    PostgresStateStore store;

    @BeforeEach
    void open() {
        store = TestPostgres.open(TestPostgres.freshUrl());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void rowsAreReplacedTogetherAndSurviveAReset() {
        store.replaceParkedItems("wf", Map.of(
                "parked", Map.of("b", "{\"key\":\"b\",\"runs\":3}", "a", "{\"key\":\"a\",\"runs\":5}"),
                "streak", Map.of("c", "{\"key\":\"c\",\"runs\":1}")));
        store.replaceParkedItems("other", Map.of("parked", Map.of("a", "{\"key\":\"a\"}")));

        assertThat(store.parkedItems("wf", "parked")).containsExactly(
                Map.entry("a", "{\"key\":\"a\",\"runs\":5}"), Map.entry("b", "{\"key\":\"b\",\"runs\":3}"));
        assertThat(store.parkedItems("wf", "streak")).containsOnlyKeys("c");

        try (WorkflowLock lock = store.lock("wf")) {
            store.replaceParkedItems("wf", Map.of("parked", Map.of("b", "{\"key\":\"b\",\"runs\":4}")));
        }
        store.reset("wf");

        assertThat(store.parkedItems("wf", "parked")).containsOnlyKeys("b");
        assertThat(store.parkedItems("wf", "streak")).isEmpty();
        assertThat(store.parkedItems("other", "parked")).containsOnlyKeys("a");
    }

    @Test
    void unknownKindsAreRefused() {
        assertThatThrownBy(() -> store.parkedItems("wf", "lost")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.replaceParkedItems("wf", Map.of("lost", Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
