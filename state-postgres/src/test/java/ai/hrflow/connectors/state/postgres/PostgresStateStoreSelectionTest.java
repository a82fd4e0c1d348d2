package ai.hrflow.connectors.state.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.runtime.state.StateStore;
import ai.hrflow.connectors.runtime.state.StateStoreException;
import ai.hrflow.connectors.runtime.state.StateStores;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code HRFLOW_CONNECTORS_STATE_URL} picks this store through its provider; the tables it creates. */
class PostgresStateStoreSelectionTest {
    @Test
    void stateUrlSelectsThePostgresStore() throws Exception {
        String url = TestPostgres.freshUrl();
        StateStore store = StateStores.fromEnvironment(Map.of(StateStores.STATE_URL, url,
                StateStores.STATE_DIR, "/ignored")).orElseThrow();
        try (PostgresStateStore pg = (PostgresStateStore) store) {
            assertThat(pg.describe()).startsWith("postgresql://postgres@localhost:")
                    .doesNotContain(TestPostgres.PASSWORD);
        }
        StateStore jdbc = StateStores.fromUrl("jdbc:" + url);
        assertThat(jdbc).isInstanceOf(PostgresStateStore.class);
        ((PostgresStateStore) jdbc).close();
    }

    @Test
    void badOrUnreachableUrlsAreClearAndKeepThePasswordOut() {
        assertThatThrownBy(() -> StateStores.fromEnvironment(Map.of(StateStores.STATE_URL,
                "postgresql://u:" + TestPostgres.PASSWORD + "@localhost:5432")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without a database").hasMessageNotContaining(TestPostgres.PASSWORD);
        assertThatThrownBy(() -> StateStores.fromUrl("redis://u:" + TestPostgres.PASSWORD + "@h/0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no state store for scheme 'redis'").hasMessageContaining("postgresql")
                .hasMessageNotContaining(TestPostgres.PASSWORD);
        // A port nothing listens on: a fatal store error naming the place, not the password.
        assertThatThrownBy(() -> StateStores.fromUrl("postgresql://u:" + TestPostgres.PASSWORD + "@127.0.0.1:1/db"))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining("cannot connect to postgresql://u@127.0.0.1:1/db")
                .hasMessageNotContaining(TestPostgres.PASSWORD);
    }

    @Test
    void migrationCreatesEveryTableAndCredentialsAreClosedToOtherRoles() throws Exception {
        String schema = "sel" + ProcessHandle.current().pid();
        TestPostgres.open(TestPostgres.url(schema)).close();
        try (Connection admin = TestPostgres.admin(); Statement st = admin.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT string_agg(table_name, ',' ORDER BY table_name)"
                    + " FROM information_schema.tables WHERE table_schema = '" + schema + "'")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("hrflow_connectors_schema_history,hrflow_credentials,"
                        + "hrflow_parked_items,hrflow_positions,hrflow_run_results");
            }
            st.execute("DROP ROLE IF EXISTS reader_" + schema);
            st.execute("CREATE ROLE reader_" + schema);
            st.execute("GRANT USAGE ON SCHEMA " + schema + " TO reader_" + schema);
            st.execute("SET ROLE reader_" + schema);
            assertThatThrownBy(() -> st.executeQuery("SELECT * FROM " + schema + ".hrflow_credentials"))
                    .hasMessageContaining("permission denied");
            st.execute("RESET ROLE");
        }
    }
}
