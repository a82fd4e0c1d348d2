package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.api.errors.ConnectorException;

/** The cursors of Recruitee readers that page through a list they hold: an index into it. */
final class Cursors {
    private Cursors() {
    }

    /** The index a cursor names. */
    static int index(String cursor, String what) {
        try {
            int index = Integer.parseInt(cursor);
            if (index >= 0) {
                return index;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConnectorException("'" + cursor + "' is not a cursor of a read of " + what
                + " (expected the index given by one of its pages)");
    }
}
