package ai.hrflow.connectors.state.postgres;

import ai.hrflow.connectors.runtime.state.StateStoreException;
import ai.hrflow.connectors.runtime.state.WorkflowLock;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workflow's lock: a PostgreSQL session-level advisory lock held by a connection of its own (not from the
 * pool) for as long as the run goes on. The server releases it when the session ends, so a killed worker never
 * leaves a stale lock behind. While it is held, the store writes that workflow's state through this same
 * session: if the session was lost (and with it the lock), the write fails instead of racing the next holder.
 */
final class AdvisoryLock implements WorkflowLock {
    private static final Logger LOG = LoggerFactory.getLogger(AdvisoryLock.class);

    private final String workflowId;
    private final long key;
    private final Connection connection;
    private final Consumer<AdvisoryLock> onClose;
    private final AtomicBoolean closed = new AtomicBoolean();

    AdvisoryLock(String workflowId, long key, Connection connection, Consumer<AdvisoryLock> onClose) {
        this.workflowId = workflowId;
        this.key = key;
        this.connection = connection;
        this.onClose = onClose;
    }

    /**
     * The advisory lock key of a workflow: the first 64 bits of SHA-256 over a fixed prefix and the id's UTF-8
     * bytes. Stable across JVMs, versions and machines; the prefix keeps it apart from keys other applications
     * of the same database might use.
     */
    static long key(String workflowId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(("hrflow-connectors/workflow/" + workflowId).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String workflowId() {
        return workflowId;
    }

    long key() {
        return key;
    }

    /** Runs {@code work} in one transaction on the lock's session, one caller at a time. */
    synchronized void inTransaction(SqlWork work) throws SQLException {
        if (closed.get()) {
            throw new IllegalStateException("the lock of workflow '" + workflowId + "' was released");
        }
        connection.setAutoCommit(false);
        try {
            work.run(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                e.addSuppressed(ignored);
            }
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // The session is gone; close() will find out too.
            }
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        onClose.accept(this);
        synchronized (this) {
            try (connection) {
                try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    unlock.setLong(1, key);
                    unlock.execute();
                }
            } catch (SQLException e) {
                // Closing the session releases the lock anyway; a session that already died released it then.
                LOG.debug("Releasing the lock of workflow '{}' through a closed session: {}", workflowId,
                        e.getMessage());
            }
        }
    }

    /** SQL that runs on a connection. */
    @FunctionalInterface
    interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    /** The message for a write that failed because this lock's session is gone. */
    StateStoreException lost(SQLException e) {
        return new StateStoreException("the database session holding the lock of workflow '" + workflowId
                + "' was lost (" + e.getMessage() + "); this run's result was NOT saved and its position was not "
                + "advanced, so the next run starts again from the last saved position", e);
    }
}
