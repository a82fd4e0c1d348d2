package ai.hrflow.connectors.state.postgres;

import ai.hrflow.connectors.runtime.state.StateStoreException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.Consumer;
import org.postgresql.Driver;

/**
 * Opens the dedicated sessions that hold workflow locks. They are not pooled: a lock lives exactly as long as its
 * session, and a pool would keep (or reuse) sessions beyond a run. Each session names its JVM and host in
 * {@code application_name}, so a refused run can say who holds the lock.
 */
final class LockSessions {
    private static final String PREFIX = "hrflow-connectors ";
    private static final Driver DRIVER = new Driver();

    private final PostgresUrl url;

    LockSessions(PostgresUrl url) {
        this.url = url;
    }

    /** {@code hrflow-connectors <role> pid <pid> on <host>}, at most 63 bytes as PostgreSQL keeps it. */
    static String applicationName(String role) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown host";
        }
        String name = PREFIX + role + " pid " + ProcessHandle.current().pid() + " on " + host;
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    /** The lock of {@code id} on a new session, or null (session closed) when another session holds it. */
    AdvisoryLock tryLock(String id, Consumer<AdvisoryLock> onRelease) {
        long key = AdvisoryLock.key(id);
        Connection c = open();
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return new AdvisoryLock(id, key, c, onRelease);
                }
            }
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StateStoreException("cannot take the lock of workflow '" + id + "' in " + url + ": "
                    + e.getMessage(), e);
        }
        closeQuietly(c);
        return null;
    }

    /** Who holds the lock of {@code key}, e.g. {@code (hrflow-connectors lock pid 12 on host-a, since ...)}. */
    String holder(long key) {
        String sql = "SELECT a.application_name, a.client_addr, a.backend_start FROM pg_locks l"
                + " JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted"
                + " AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.objsubid = 1";
        try (Connection c = open(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, key >>> 32);
            ps.setLong(2, key & 0xFFFFFFFFL);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    String app = rs.getString(1);
                    String addr = rs.getString(2);
                    return "(held by " + (app == null || app.isEmpty() ? "another session" : app)
                            + (addr == null ? "" : " from " + addr) + ", connected since " + rs.getTimestamp(3)
                            .toInstant() + ")";
                }
            }
        } catch (SQLException | RuntimeException e) {
            // Naming the holder is a courtesy; the refusal stands without it.
        }
        return "(on another worker)";
    }

    private Connection open() {
        Properties props = new Properties();
        props.setProperty("user", url.user());
        if (url.password() != null) {
            props.setProperty("password", url.password());
        }
        props.setProperty("ApplicationName", applicationName("lock"));
        props.setProperty("currentSchema", url.schema());
        // Lets the server notice a vanished worker (and free its lock) without waiting for the OS default of hours,
        // together with the server's tcp_keepalives_* settings (see the README).
        props.setProperty("tcpKeepAlive", "true");
        try {
            Connection c = DRIVER.connect(url.jdbcUrl(), props);
            if (c == null) {
                throw new StateStoreException("the PostgreSQL driver does not accept " + url);
            }
            return c;
        } catch (SQLException e) {
            throw new StateStoreException("cannot connect to " + url + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Closing ends the session, which is all that matters.
        }
    }
}
