package ai.hrflow.connectors.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckpointTest {

    @Test
    void advancesOnlyOverAContiguousDonePrefix() {
        Checkpoint c = new Checkpoint("0");
        c.read(1, "a");
        c.read(2, "b");
        c.read(3, "c");
        c.done(2);
        assertThat(c.token()).isEqualTo("0");
        assertThat(c.advanced()).isFalse();
        c.done(1);
        assertThat(c.token()).isEqualTo("b");
        c.done(3);
        assertThat(c.token()).isEqualTo("c");
        assertThat(c.pending()).isZero();
    }

    @Test
    void aFailedItemCapsTheTokenJustBeforeIt() {
        Checkpoint c = new Checkpoint(null);
        for (int i = 1; i <= 5; i++) {
            c.read(i, "t" + i);
        }
        c.failed(3);
        c.done(4);
        c.done(5);
        c.done(2);
        assertThat(c.token()).isNull();
        c.done(1);
        assertThat(c.token()).isEqualTo("t2");
        c.read(6, "t6");
        c.done(6);
        assertThat(c.token()).isEqualTo("t2");
    }

    @Test
    void anEarlierFailureLowersTheCap() {
        Checkpoint c = new Checkpoint(null);
        for (int i = 1; i <= 4; i++) {
            c.read(i, "t" + i);
        }
        c.failed(4);
        c.failed(2);
        c.done(1);
        c.done(3);
        assertThat(c.token()).isEqualTo("t1");
    }

    @Test
    void itemsWithoutTokenKeepTheLastToken() {
        Checkpoint c = new Checkpoint("start");
        c.read(1, "x");
        c.read(2, null);
        c.done(1);
        c.done(2);
        assertThat(c.token()).isEqualTo("x");
    }
}
