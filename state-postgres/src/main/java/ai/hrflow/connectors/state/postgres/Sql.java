package ai.hrflow.connectors.state.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;

/** Small JDBC helpers of the store. */
final class Sql {
    private Sql() {
    }

    /** SQL that runs on a connection and returns a value. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Whether the failure means the session is gone (network, server restart, {@code pg_terminate_backend}):
     * SQLSTATE class 08 (connection exception) or 57P01-57P03 (admin/crash shutdown, cannot connect now).
     */
    static boolean isConnectionLost(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }
}
