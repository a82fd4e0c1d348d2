package ai.hrflow.connectors.api.spi;

/**
 * An open read of an origin for one run. The engine calls {@link #read(String)} with {@code null} first,
 * then with each page's {@link Page#nextCursor()} until a page has none, from one thread, and closes it at
 * the end of the run whatever happened.
 *
 * <p><b>Cursor contract.</b> A page's cursor holds everything needed to read on: a reader opened anew from the
 * same request and given that cursor returns what the first reader would have returned next (what a distributed
 * runtime needs to resume a read on another worker). So a reader keeps no state between pages that its cursors do
 * not carry, and refuses a cursor it did not write with a {@link ai.hrflow.connectors.api.errors.ConnectorException}.
 * Cursors live for one run; the position saved between runs is the items' and pages' tokens (see
 * {@link ai.hrflow.connectors.api.position.PositionCodec}), which the engine treats as opaque strings.
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
