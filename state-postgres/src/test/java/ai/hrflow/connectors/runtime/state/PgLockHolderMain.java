package ai.hrflow.connectors.runtime.state;

import ai.hrflow.connectors.state.postgres.PostgresStateStore;
import ai.hrflow.connectors.state.postgres.PostgresUrl;
import java.io.IOException;

/**
 * Run in a child JVM to hold or probe a workflow lock in PostgreSQL from another process. Arguments: state URL,
 * workflow id, and {@code hold} (take the lock, print {@code LOCKED <id>}, keep it until stdin closes, or print
 * {@code BUSY <message>} and exit when another process holds it).
 */
public final class PgLockHolderMain {
    private PgLockHolderMain() {
    }

    public static void main(String[] args) throws IOException {
        try (PostgresStateStore store = PostgresStateStore.open(PostgresUrl.parse(args[0]))) {
            try (WorkflowLock lock = store.lock(args[1])) {
                System.out.println("LOCKED " + lock.workflowId());
                System.out.flush();
                while (System.in.read() != -1) {
                    // Wait for the parent to close our stdin (or kill us).
                }
            } catch (WorkflowLockedException e) {
                System.out.println("BUSY " + e.getMessage());
            }
        }
    }
}
