package ai.hrflow.connectors.api.spi;

/**
 * An open read of an origin for one run. The engine calls {@link #read(String)} with {@code null} first,
 * then with each page's {@link Page#nextCursor()} until a page has none, from one thread, and closes it at
 * the end of the run whatever happened.
 */
public interface Reader extends AutoCloseable {
    /**
     * Reads the page at {@code cursor}.
     *
     * @throws Exception a failure of this page: the engine counts one {@code read_failure}, stops reading and
     *     keeps what was read before; a {@link ai.hrflow.connectors.api.errors.ConnectorException} message is
     *     shown to the user as is
     */
    Page read(String cursor) throws Exception;

    @Override
    default void close() throws Exception {
    }
}
