package ai.hrflow.connectors.state.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server (zonky's embedded binaries, started from the test JVM, also when it runs as root)
 * shared by the tests of this module; each test gets a schema of its own.
 */
public final class TestPostgres {
    /** Never checked by the server (trust authentication); here to show it stays out of messages. */
    public static final String PASSWORD = "pg-secret-Zq7";
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // The JVM is ending; the server's temp files go with the OS's temp cleanup.
                }
            }));
        }
        return server;
    }

    /** A state URL on a schema no other test uses. */
    public static String freshUrl() {
        return url("t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet());
    }

    public static String url(String schema) {
        return "postgresql://postgres:" + PASSWORD + "@localhost:" + server().getPort() + "/postgres?currentSchema="
                + schema;
    }

    /** A superuser connection, for tests that look behind the store or break its sessions. */
    public static Connection admin() throws SQLException {
        return server().getPostgresDatabase().getConnection();
    }

    public static PostgresStateStore open(String url) {
        return PostgresStateStore.open(PostgresUrl.parse(url));
    }
}
