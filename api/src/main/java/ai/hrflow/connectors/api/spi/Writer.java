package ai.hrflow.connectors.api.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An open write to a target for one run. The engine calls {@link #write(List)} with batches of at most the
 * declared batch size, from up to the declared number of threads at once, and closes it at the end of the run.
 *
 * <p><b>Output positions.</b> A target whose output can be cut back to an earlier point (an append-only file)
 * reports where its output ends with {@link #position()}. The engine commits that position together with the
 * incremental read position during the run, and opens the next incremental run's writer with it
 * ({@link WriteRequest#resumePosition()}): the writer then first cuts its output back to it, so the items
 * that run reads again (those after the committed read position) are not written twice, and nothing is lost.
 * A writer that reports positions must be declared with a concurrency of 1, so batches land in order.
 */
public interface Writer extends AutoCloseable {
    /**
     * Writes a batch.
     *
     * @return which items failed and why (by index in {@code items}); {@link WriteResult#ok()} when all were written
     * @throws Exception the whole batch failed; if the exception is a fatal
     *     {@link ai.hrflow.connectors.api.errors.ConnectorException} (rejected credentials...) the run stops
     */
    WriteResult write(List<ObjectNode> items) throws Exception;

    /**
     * Where the output ends, as an opaque string only this writer parses back (in
     * {@link WriteRequest#resumePosition()}); null, the default, for targets that cannot be cut back.
     *
     * <p>Called by the engine only while no {@link #write(List)} call is running; must be cheap (no I/O).
     * The position covers exactly the items of the write calls that have returned. A writer returns null
     * from the start or never.
     */
    default String position() {
        return null;
    }

    /**
     * Makes everything written so far durable (e.g. {@code fsync}). The engine calls it before committing a
     * {@link #position()}, never while holding up writes; a writer without positions need not implement it.
     *
     * @throws Exception the output could not be made durable; the run stops as fatal
     */
    default void sync() throws Exception {
    }

    @Override
    default void close() throws Exception {
    }
}
