package ai.hrflow.connectors.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryStateStoreTest extends StateStoreContractTest {

    @Override
    protected StateStore newStore() {
        return new InMemoryStateStore();
    }

    @Override
    protected List<String> workflowIds(StateStore store) {
        return ((InMemoryStateStore) store).workflowIds();
    }

    @Test
    void describesItselfAsMemory() {
        assertThat(store.describe()).isEqualTo("memory");
    }

    @Test
    void storesDoNotShareStateOrLocks() {
        InMemoryStateStore other = new InMemoryStateStore();
        store.saveRun("wf", run("wf", "t"));

        try (WorkflowLock lock = store.lock("wf"); WorkflowLock otherLock = other.lock("wf")) {
            assertThat(other.lastRun("wf")).isEmpty();
            assertThat(otherLock.workflowId()).isEqualTo(lock.workflowId());
        }
    }

    @Test
    void idsThatTheLocalStoreCouldNotEncodeAreRejectedHereToo() {
        String loneSurrogate = "a\uD800";
        assertThatThrownBy(() -> store.saveRun(loneSurrogate, run("x", "t"))).isInstanceOf(IllegalArgumentException.class);
    }
}
