package ai.hrflow.connectors.state.postgres;

import java.util.LinkedHashMap;
import ai.hrflow.connectors.runtime.state.ParkedItem;
import ai.hrflow.connectors.runtime.state.ParkingLot;
import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.state.StateFileNames;
import ai.hrflow.connectors.runtime.state.StateStore;
import ai.hrflow.connectors.runtime.state.StateStoreException;
import ai.hrflow.connectors.runtime.state.WorkflowLock;
import ai.hrflow.connectors.runtime.state.WorkflowLockedException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link StateStore} in PostgreSQL, for CLI workers on many machines sharing their workflows: run results,
 * positions, parked items and rotated credentials in the tables of the {@code db/hrflow-connectors} migrations
 * (applied on open, by Flyway), and one advisory lock per workflow (see {@link AdvisoryLock}).
 *
 * <p>Reads and writes go through a small HikariCP pool; a write of a workflow whose lock this store holds goes
 * through the lock's own session instead, so it fails clearly if the lock was lost. A failed pool operation
 * whose connection broke is tried once more on a fresh connection (the pool's idle ones are dropped first). Passwords are handed to the driver apart from
 * the URL and appear in no message or log line.
 */
public final class PostgresStateStore implements StateStore, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresStateStore.class);
    private static final String HISTORY_TABLE = "hrflow_connectors_schema_history";

    private final PostgresUrl url;
    private final HikariDataSource pool;
    private final LockSessions sessions;
    private final ConcurrentMap<String, AdvisoryLock> held = new ConcurrentHashMap<>();

    private PostgresStateStore(PostgresUrl url, HikariDataSource pool) {
        this.url = url;
        this.pool = pool;
        this.sessions = new LockSessions(url);
    }

    /**
     * Connects, creates or upgrades the tables, and returns the store.
     *
     * @throws StateStoreException when the database cannot be reached or the tables cannot be prepared
     */
    public static PostgresStateStore open(PostgresUrl url) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("hrflow-state");
        config.setJdbcUrl(url.jdbcUrl());
        config.setUsername(url.user());
        config.setPassword(url.password());
        config.setSchema(url.schema());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(10_000);
        config.addDataSourceProperty("ApplicationName", LockSessions.applicationName("state"));
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StateStoreException("cannot connect to " + url + ": " + rootMessage(e), e);
        }
        try {
            MigrateResult migrated = Flyway.configure(PostgresStateStore.class.getClassLoader())
                    .dataSource(pool)
                    .schemas(url.schema())
                    .defaultSchema(url.schema())
                    .createSchemas(true)
                    .table(HISTORY_TABLE)
                    .locations("classpath:db/hrflow-connectors")
                    .load()
                    .migrate();
            if (migrated.migrationsExecuted > 0) {
                LOG.info("Applied {} state table migration(s) in {}: now at version {}", migrated.migrationsExecuted,
                        url, migrated.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            pool.close();
            throw new StateStoreException("cannot prepare the state tables in " + url + ": " + rootMessage(e), e);
        }
        return new PostgresStateStore(url, pool);
    }

    @Override
    public String describe() {
        return url.redacted();
    }

    @Override
    public Optional<RunResult> lastRun(String workflowId) {
        String id = checkedId(workflowId);
        String json = query("read the run of workflow '" + workflowId + "'", c ->
                single(c, "SELECT result FROM hrflow_run_results WHERE workflow_id = ?", id));
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.MAPPER.readValue(json, RunResult.class));
        } catch (IOException e) {
            throw new StateStoreException("Saved run of workflow '" + workflowId + "' in " + url
                    + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void saveRun(String workflowId, RunResult result) {
        String id = checkedId(workflowId);
        Objects.requireNonNull(result, "result");
        String json = toJson(result, "the run of workflow '" + workflowId + "'");
        write(id, "save the run of workflow '" + workflowId + "'", c -> {
            update(c, "INSERT INTO hrflow_run_results (workflow_id, status, result, saved_at) VALUES (?, ?, ?::json, now())"
                    + " ON CONFLICT (workflow_id) DO UPDATE SET status = EXCLUDED.status, result = EXCLUDED.result,"
                    + " saved_at = now()", id, result.status().value(), json);
            update(c, "INSERT INTO hrflow_positions (workflow_id, position, saved_at) VALUES (?, ?, now())"
                    + " ON CONFLICT (workflow_id) DO UPDATE SET position = EXCLUDED.position, saved_at = now()",
                    id, result.incrementalToken());
        });
    }

    @Override
    public boolean reset(String workflowId) {
        String id = checkedId(workflowId);
        boolean[] existed = new boolean[1];
        write(id, "reset workflow '" + workflowId + "'", c -> {
            existed[0] = update(c, "DELETE FROM hrflow_run_results WHERE workflow_id = ?", id) > 0;
            update(c, "DELETE FROM hrflow_positions WHERE workflow_id = ?", id);
        });
        return existed[0];
    }

    @Override
    public Optional<ObjectNode> loadCredentials(String key) {
        String id = checkedId(key);
        // The key carries no secret (CredentialStore's contract); the value never enters a message.
        String json = query("read the credentials '" + key + "'", c ->
                single(c, "SELECT credentials FROM hrflow_credentials WHERE credential_key = ?", id));
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of((ObjectNode) Json.MAPPER.readTree(json));
        } catch (IOException | ClassCastException e) {
            throw new StateStoreException("Saved credentials '" + key + "' in " + url + " cannot be read");
        }
    }

    @Override
    public void saveCredentials(String key, ObjectNode credentials) {
        String id = checkedId(key);
        Objects.requireNonNull(credentials, "credentials");
        String json = toJson(credentials, "the credentials '" + key + "'");
        query("save the credentials '" + key + "'", c -> {
            update(c, "INSERT INTO hrflow_credentials (credential_key, credentials, saved_at) VALUES (?, ?::json, now())"
                    + " ON CONFLICT (credential_key) DO UPDATE SET credentials = EXCLUDED.credentials,"
                    + " saved_at = now()", id, json);
            return null;
        });
    }

    @Override
    public WorkflowLock lock(String workflowId) throws WorkflowLockedException {
        String id = checkedId(workflowId);
        // Removes only this lock's entry: closing a lock lost earlier must not hide the current holder's.
        AdvisoryLock lock = sessions.tryLock(id, closed -> held.remove(closed.workflowId(), closed));
        if (lock == null) {
            throw new WorkflowLockedException("Workflow '" + workflowId + "' is already running "
                    + sessions.holder(AdvisoryLock.key(id)) + ". Wait for that run to finish.");
        }
        held.put(id, lock);
        return lock;
    }

    /** The workflow's parked items and failure streaks, one row each ({@code parked} or {@code streak}). */
    @Override
    public ParkingLot parking(String workflowId) {
        return new ParkingLot(items(workflowId, "parked"), items(workflowId, "streak"));
    }

    /** Replaces the workflow's parked items and failure streaks in one transaction. */
    @Override
    public void saveParking(String workflowId, ParkingLot parking) {
        Map<String, Map<String, String>> byKind = new LinkedHashMap<>();
        byKind.put("parked", rows(parking.parked()));
        byKind.put("streak", rows(parking.streaks()));
        replaceParkedItems(workflowId, byKind);
    }

    private List<ParkedItem> items(String workflowId, String kind) {
        List<ParkedItem> out = new ArrayList<>();
        for (String json : parkedItems(workflowId, kind).values()) {
            try {
                out.add(Json.MAPPER.readValue(json, ParkedItem.class));
            } catch (IOException e) {
                throw new StateStoreException("A parked item of workflow '" + workflowId + "' cannot be read back: "
                        + e.getMessage(), e);
            }
        }
        return out;
    }

    private static Map<String, String> rows(List<ParkedItem> items) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (ParkedItem item : items) {
            try {
                rows.put(item.key(), Json.MAPPER.writeValueAsString(item));
            } catch (IOException e) {
                throw new StateStoreException("A parked item cannot be saved: " + e.getMessage(), e);
            }
        }
        return rows;
    }

    /**
     * The workflow's rows in {@code hrflow_parked_items} of one kind ({@code parked} or {@code streak}): item key
     * to the item's JSON, sorted by key. The storage half of {@code StateStore.parking(workflowId)}.
     */
    public SortedMap<String, String> parkedItems(String workflowId, String kind) {
        String id = checkedId(workflowId);
        String k = checkedKind(kind);
        return query("read the parked items of workflow '" + workflowId + "'", c -> {
            SortedMap<String, String> rows = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT item_key, item FROM hrflow_parked_items WHERE workflow_id = ? AND kind = ?")) {
                ps.setString(1, id);
                ps.setString(2, k);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return rows;
        });
    }

    /**
     * Replaces all of the workflow's parked-item rows in one transaction (through its lock's session when this
     * store holds the lock): per kind, item key to item JSON. A {@link #reset(String)} leaves them alone. The
     * storage half of {@code StateStore.saveParking(workflowId, lot)}.
     */
    public void replaceParkedItems(String workflowId, Map<String, ? extends Map<String, String>> itemsByKind) {
        String id = checkedId(workflowId);
        itemsByKind.keySet().forEach(PostgresStateStore::checkedKind);
        write(id, "save the parked items of workflow '" + workflowId + "'", c -> {
            update(c, "DELETE FROM hrflow_parked_items WHERE workflow_id = ?", id);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO hrflow_parked_items"
                    + " (workflow_id, kind, item_key, item, saved_at) VALUES (?, ?, ?, ?::json, now())")) {
                for (Map.Entry<String, ? extends Map<String, String>> kind : itemsByKind.entrySet()) {
                    for (Map.Entry<String, String> item : kind.getValue().entrySet()) {
                        ps.setString(1, id);
                        ps.setString(2, kind.getKey());
                        ps.setString(3, item.getKey());
                        ps.setString(4, item.getValue());
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        });
    }

    /** Ids of the workflows that have a saved result, sorted. */
    public List<String> workflowIds() {
        List<String> ids = query("list the workflows", c -> {
            List<String> all = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT workflow_id FROM hrflow_run_results");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(rs.getString(1));
                }
            }
            return all;
        });
        ids.sort(null);
        return ids;
    }

    /** Closes the pool; locks still held are released by their own {@link WorkflowLock#close()}. */
    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return describe();
    }

    /** Writes through the workflow's lock session when this store holds its lock, else through the pool. */
    private void write(String id, String what, AdvisoryLock.SqlWork work) {
        AdvisoryLock lock = held.get(id);
        if (lock == null) {
            query(what, c -> {
                c.setAutoCommit(false);
                try {
                    work.run(c);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
                return null;
            });
            return;
        }
        try {
            lock.inTransaction(work);
        } catch (SQLException e) {
            throw Sql.isConnectionLost(e) ? lock.lost(e)
                    : new StateStoreException("cannot " + what + " in " + url + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} on a pooled connection, once more on a fresh one if the first connection broke. */
    private <T> T query(String what, Sql.Work<T> work) {
        SQLException failure = null;
        for (int attempt = 1; attempt <= 2; attempt++) {
            try (Connection c = pool.getConnection()) {
                return work.run(c);
            } catch (SQLException e) {
                failure = e;
                if (!Sql.isConnectionLost(e)) {
                    break;
                }
                // The other idle connections most likely died with this one (server restart, failover).
                pool.getHikariPoolMXBean().softEvictConnections();
            }
        }
        throw new StateStoreException("cannot " + what + " in " + url + ": " + failure.getMessage(), failure);
    }

    private static String single(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static int update(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setString(i + 1, values[i]);
            }
            return ps.executeUpdate();
        }
    }

    private static String toJson(Object value, String what) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StateStoreException("Could not serialise " + what, e);
        }
    }

    /** Same rules as the local store (non-empty, no NUL), so ids that work there work here. */
    private static String checkedId(String id) {
        StateFileNames.encode(id);
        if (id.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("an id must not contain the NUL character");
        }
        return id;
    }

    private static String checkedKind(String kind) {
        if (!"parked".equals(kind) && !"streak".equals(kind)) {
            throw new IllegalArgumentException("kind of parked item must be 'parked' or 'streak', not '" + kind + "'");
        }
        return kind;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
