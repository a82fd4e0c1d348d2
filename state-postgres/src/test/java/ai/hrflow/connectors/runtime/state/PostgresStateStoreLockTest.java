package ai.hrflow.connectors.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.state.postgres.PostgresStateStore;
import ai.hrflow.connectors.state.postgres.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL workflow lock between processes, with crashed workers and dropped connections. */
class PostgresStateStoreLockTest {
    String url;
    PostgresStateStore store;

    @BeforeEach
    void openStore() {
        url = TestPostgres.freshUrl();
        store = TestPostgres.open(url);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void twoProcessesRacingForOneWorkflowOneWinsTheOtherIsRefusedAtOnce() throws Exception {
        try (ChildJvm a = new ChildJvm(PgLockHolderMain.class, url, "wf", "hold");
                ChildJvm b = new ChildJvm(PgLockHolderMain.class, url, "wf", "hold")) {
            List<String> lines = List.of(a.firstLine(), b.firstLine());

            assertThat(lines).filteredOn(l -> l.equals("LOCKED wf")).hasSize(1);
            assertThat(lines).filteredOn(l -> l.startsWith("BUSY")).singleElement().asString()
                    .contains("Workflow 'wf' is already running")
                    .contains("hrflow-connectors lock pid " + (lines.get(0).startsWith("LOCKED") ? a : b).pid())
                    .doesNotContain(TestPostgres.PASSWORD);
            // This process is refused too, while the winner still holds the lock.
            assertThatThrownBy(() -> store.lock("wf")).isInstanceOf(WorkflowLockedException.class);

            (lines.get(0).startsWith("LOCKED") ? a : b).closeStdinAndWait();
        }
        store.lock("wf").close();
    }

    @Test
    void aWorkerKilledWhileHoldingTheLockDoesNotBlockTheNextRun() throws Exception {
        try (ChildJvm holder = new ChildJvm(PgLockHolderMain.class, url, "wf", "hold")) {
            assertThat(holder.firstLine()).isEqualTo("LOCKED wf");
            assertThatThrownBy(() -> store.lock("wf")).isInstanceOf(WorkflowLockedException.class);

            holder.kill();
        }
        // The server ends the dead worker's session as soon as it sees the socket closed.
        WorkflowLock next = eventually(() -> store.lock("wf"));
        assertThat(next.workflowId()).isEqualTo("wf");
        next.close();
    }

    @Test
    void locksOfTwoStoresInOneProcessExcludeEachOther() {
        try (PostgresStateStore other = TestPostgres.open(url); WorkflowLock lock = store.lock("wf")) {
            assertThatThrownBy(() -> other.lock("wf")).isInstanceOf(WorkflowLockedException.class)
                    .hasMessageContaining("pid " + ProcessHandle.current().pid());
            other.lock("another").close();
        }
    }

    @Test
    void stateSurvivesTheStoreAndIsSharedByEveryStoreOfTheDatabase() {
        RunResult saved = StateStoreContractTest.run("wf", "token-7");
        try (WorkflowLock lock = store.lock("wf")) {
            store.saveRun("wf", saved);
        }
        store.saveCredentials("zoho:client", StateStoreContractTest.credentials("refresh-1"));
        store.close();

        try (PostgresStateStore reopened = TestPostgres.open(url)) {
            assertThat(reopened.lastRun("wf")).contains(saved);
            assertThat(reopened.loadCredentials("zoho:client"))
                    .contains(StateStoreContractTest.credentials("refresh-1"));
            assertThat(reopened.workflowIds()).containsExactly("wf");
        }
        store = TestPostgres.open(url);
    }

    @Test
    void aConnectionDroppedMidRunIsAClearFatalAndLosesNothing() throws Exception {
        RunResult before = StateStoreContractTest.run("wf", "position-1");
        store.saveRun("wf", before);
        WorkflowLock lock = store.lock("wf");
        store.lastRun("wf");

        terminateStoreSessions();

        RunResult after = StateStoreContractTest.run("wf", "position-2");
        assertThatThrownBy(() -> store.saveRun("wf", after))
                .isInstanceOf(StateStoreException.class)
                .satisfies(e -> assertThat(((StateStoreException) e).isFatal()).isTrue())
                .hasMessageContaining("lock of workflow 'wf' was lost")
                .hasMessageContaining("NOT saved")
                .hasMessageNotContaining(TestPostgres.PASSWORD);
        lock.close();

        // The pool replaces its dead connections: the saved state is intact and the next run proceeds.
        assertThat(store.lastRun("wf")).contains(before);
        try (WorkflowLock next = store.lock("wf")) {
            store.saveRun("wf", after);
        }
        assertThat(store.lastRun("wf")).contains(after);
    }

    @Test
    void theLockCanBeTakenAgainAfterItsSessionWasTerminated() throws Exception {
        WorkflowLock lost = store.lock("wf");
        terminateStoreSessions();

        try (WorkflowLock next = eventually(() -> store.lock("wf"))) {
            lost.close();
            // A stale close must not release the new holder's lock.
            assertThatThrownBy(() -> store.lock("wf")).isInstanceOf(WorkflowLockedException.class);
        }
    }

    /** What pg_terminate_backend does to a worker's sessions when the DBA, a failover or the network drops them. */
    private static void terminateStoreSessions() throws Exception {
        try (Connection admin = TestPostgres.admin(); Statement st = admin.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE application_name LIKE 'hrflow-connectors %' AND pid <> pg_backend_pid()")) {
            rs.next();
            assertThat(rs.getInt(1)).isPositive();
        }
    }

    private static <T> T eventually(java.util.concurrent.Callable<T> action) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            try {
                return action.call();
            } catch (WorkflowLockedException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }
}
