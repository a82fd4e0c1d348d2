package ai.hrflow.connectors.api.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An open write to a target for one run. The engine calls {@link #write(List)} with batches of at most the
 * declared batch size, from up to the declared number of threads at once, and closes it at the end of the run.
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

    @Override
    default void close() throws Exception {
    }
}
