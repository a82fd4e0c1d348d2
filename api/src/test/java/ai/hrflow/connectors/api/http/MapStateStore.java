package ai.hrflow.connectors.api.http;

import ai.hrflow.connectors.api.spi.CredentialStore;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Credentials kept in a map, counting saves. */
class MapStateStore implements CredentialStore {
    final Map<String, ObjectNode> credentials = new ConcurrentHashMap<>();
    final AtomicInteger saves = new AtomicInteger();

    @Override
    public Optional<ObjectNode> loadCredentials(String key) {
        return Optional.ofNullable(credentials.get(key)).map(ObjectNode::deepCopy);
    }

    @Override
    public void saveCredentials(String key, ObjectNode value) {
        saves.incrementAndGet();
        credentials.put(key, value.deepCopy());
    }
}
