package ai.hrflow.connectors.runtime.state;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link LocalJsonStateStoreLockTest} to hold or probe a workflow lock from another
 * process. Arguments: state directory, workflow id, and {@code hold} (take the lock, print
 * {@code LOCKED}, keep it until stdin closes) or {@code try} (print {@code LOCKED} or
 * {@code BUSY <message>} and exit).
 */
public final class LockHolderMain {
    private LockHolderMain() {
    }

    public static void main(String[] args) throws IOException {
        LocalJsonStateStore store = new LocalJsonStateStore(Path.of(args[0]));
        boolean hold = args[2].equals("hold");
        try (WorkflowLock lock = store.lock(args[1])) {
            System.out.println("LOCKED " + lock.workflowId());
            System.out.flush();
            if (hold) {
                while (System.in.read() != -1) {
                    // Wait for the parent to close our stdin.
                }
            }
        } catch (WorkflowLockedException e) {
            System.out.println("BUSY " + e.getMessage());
        }
    }
}
