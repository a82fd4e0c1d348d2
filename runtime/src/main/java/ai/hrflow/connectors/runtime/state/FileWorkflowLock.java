package ai.hrflow.connectors.runtime.state;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock {@link LocalJsonStateStore#lock(String)} hands out: an OS file lock on
 * {@code locks/<encoded id>.lock}, which the OS drops when the holding process dies, so a crashed run
 * never blocks the next one.
 *
 * <p>OS file locks belong to the process, not the thread, and on POSIX systems closing <em>any</em>
 * channel to the file drops the process's lock on it. So within this JVM a process-wide map decides
 * first, keyed by the lock file's real path (two stores opened through a symlink share the key), and a
 * second channel to a held lock file is never opened. The holder writes its pid and start time into
 * the file so that a refused run can say who holds the lock.
 */
final class FileWorkflowLock implements WorkflowLock {
    private static final Logger LOG = LoggerFactory.getLogger(FileWorkflowLock.class);
    private static final ConcurrentMap<Path, Holder> HELD_IN_THIS_JVM = new ConcurrentHashMap<>();
    private static final int MAX_HOLDER_INFO_BYTES = 4096;

    private final String workflowId;
    private final Path key;
    private final Holder holder;
    private final FileChannel channel;
    private final FileLock fileLock;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Who holds a lock: this process's pid and when it took the lock. Compared by identity, so that a
     * stale {@link #close()} can never remove the entry of the next holder.
     */
    static final class Holder {
        final long pid = ProcessHandle.current().pid();
        final Instant startedAt = Instant.now();

        String describe() {
            return "pid " + pid + ", started at " + startedAt;
        }
    }

    private FileWorkflowLock(String workflowId, Path key, Holder holder, FileChannel channel, FileLock fileLock) {
        this.workflowId = workflowId;
        this.key = key;
        this.holder = holder;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /**
     * Takes the lock or fails at once.
     *
     * @param lockFile the lock file, already resolved against the real path of its directory
     */
    static FileWorkflowLock acquire(String workflowId, Path lockFile) throws IOException {
        Holder me = new Holder();
        Holder other = HELD_IN_THIS_JVM.putIfAbsent(lockFile, me);
        if (other != null) {
            throw locked(workflowId, lockFile, "another run in this process (" + other.describe() + ")");
        }
        FileChannel channel = null;
        try {
            channel = PrivateFiles.openReadWrite(lockFile);
            FileLock fileLock = tryLock(channel);
            if (fileLock == null) {
                String holderText = readHolder(channel);
                throw locked(workflowId, lockFile, "another process ("
                        + (holderText == null ? "holder unknown" : holderText) + ")");
            }
            writeHolder(channel, workflowId, me);
            return new FileWorkflowLock(workflowId, lockFile, me, channel, fileLock);
        } catch (IOException | RuntimeException e) {
            // Close before leaving the map: while our entry is there no other thread of this JVM can hold
            // a lock that closing this channel would drop.
            closeQuietly(channel, e);
            HELD_IN_THIS_JVM.remove(lockFile, me);
            throw e;
        }
    }

    @Override
    public String workflowId() {
        return workflowId;
    }

    /** Releases the lock; calling it again does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            // Clear the holder so that nobody is later blamed for a lock they no longer hold.
            channel.truncate(0);
            fileLock.release();
        } catch (IOException e) {
            LOG.warn("Could not release the lock of workflow '{}' cleanly ({}); closing its file", workflowId, e.toString());
        } finally {
            closeQuietly(channel, null);
            // Only now may another thread of this JVM open the file (see the class comment).
            HELD_IN_THIS_JVM.remove(key, holder);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // The JVM already holds this file (e.g. reached through a hard link): locked all the same.
            return null;
        }
    }

    private static void writeHolder(FileChannel channel, String workflowId, Holder me) {
        ObjectNode info = Json.object()
                .put("workflow_id", workflowId)
                .put("pid", me.pid)
                .put("started_at", me.startedAt.toString());
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Json.MAPPER.writeValueAsBytes(info)), 0);
        } catch (IOException e) {
            // The lock is held; the holder note only improves the message of a refused run.
            LOG.debug("Could not write the holder of the lock of workflow '{}'", workflowId, e);
        }
    }

    /** The holder's note, or null when it cannot be read (being written, or Windows' mandatory locks). */
    private static String readHolder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(MAX_HOLDER_INFO_BYTES);
            int n = channel.read(buffer, 0);
            if (n <= 0) {
                return null;
            }
            JsonNode info = Json.MAPPER.readTree(Arrays.copyOf(buffer.array(), n));
            if (info == null || !info.path("pid").canConvertToLong()) {
                return null;
            }
            return "pid " + info.get("pid").asLong() + ", started at " + info.path("started_at").asText("unknown time");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static WorkflowLockedException locked(String workflowId, Path lockFile, String holder) {
        return new WorkflowLockedException("Workflow '" + workflowId + "' is already running in " + holder
                + ". Wait for that run to finish, or stop it; the lock is released as soon as its process ends."
                + " Lock file: " + lockFile);
    }

    private static void closeQuietly(FileChannel channel, Exception primary) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            if (primary != null) {
                primary.addSuppressed(e);
            }
        }
    }
}
