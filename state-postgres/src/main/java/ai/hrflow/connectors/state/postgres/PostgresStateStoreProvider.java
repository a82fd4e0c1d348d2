package ai.hrflow.connectors.state.postgres;

import ai.hrflow.connectors.runtime.state.StateStore;
import ai.hrflow.connectors.runtime.state.StateStoreProvider;
import java.util.List;

/** Opens {@code postgresql://}, {@code postgres://} and {@code jdbc:postgresql://} state URLs. */
public final class PostgresStateStoreProvider implements StateStoreProvider {
    @Override
    public List<String> schemes() {
        return List.of("postgresql", "postgres");
    }

    @Override
    public StateStore open(String url) {
        return PostgresStateStore.open(PostgresUrl.parse(url));
    }
}
