package ai.hrflow.connectors.runtime.state;

import ai.hrflow.connectors.state.postgres.PostgresStateStore;
import ai.hrflow.connectors.state.postgres.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The shared state store contract, on a real PostgreSQL server. */
class PostgresStateStoreContractTest extends StateStoreContractTest {
    private final List<PostgresStateStore> opened = new ArrayList<>();

    @Override
    protected StateStore newStore() {
        PostgresStateStore store = TestPostgres.open(TestPostgres.freshUrl());
        opened.add(store);
        return store;
    }

    @Override
    protected List<String> workflowIds(StateStore store) {
        return ((PostgresStateStore) store).workflowIds();
    }

    @AfterEach
    void closeStores() {
        opened.forEach(PostgresStateStore::close);
    }
}
