package ai.hrflow.connectors.runtime.state;

import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.api.spi.CredentialStore;
import java.util.Optional;

/**
 * Where runs keep what must survive them: per {@code workflow_id} the last {@link RunResult} (and with
 * it the incremental token) and its parked items, and per connector credential key the rotated OAuth
 * credentials.
 *
 * <p>Implementations are safe for use by several threads and, for stores shared between processes, by
 * several processes. {@link #lock(String)} makes sure two runs of one workflow never interleave.
 */
public interface StateStore extends CredentialStore {

    /** A short name for messages and {@code state show}, e.g. {@code localjson:/var/lib/hrflow}. */
    String describe();

    /** The last saved result of the workflow, if any. */
    Optional<RunResult> lastRun(String workflowId);

    /** Replaces the saved result of the workflow, atomically. */
    void saveRun(String workflowId, RunResult result);

    /** Forgets the workflow's saved result (its incremental position starts over). Returns true if one existed. */
    boolean reset(String workflowId);

    /**
     * The workflow's parked items and failure streaks ({@link ParkingLot#empty()} when none). Kept apart from the
     * run result: {@link #reset(String)} does not forget them, so nothing parked is ever dropped silently.
     */
    ParkingLot parking(String workflowId);

    /** Replaces the workflow's parked items and failure streaks, atomically; readable by its owner only. */
    void saveParking(String workflowId, ParkingLot parking);

    /**
     * Takes the exclusive lock of a workflow for the duration of a run.
     *
     * @throws WorkflowLockedException at once, without waiting, when another run (in this or another
     *     process) holds it
     */
    WorkflowLock lock(String workflowId) throws WorkflowLockedException;
}
