package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.position.TimePosition;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.Reader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one profile (or job) by key, as the reference does when a hook names it: an unknown key reads nothing
 * (not an error), any other failure fails the read. The incremental token is ignored, like the reference.
 */
final class SingleObjectReader implements Reader {
    private static final Logger LOG = LoggerFactory.getLogger(SingleObjectReader.class);

    private final IndexingApi api;
    private final String containerKey;
    private final String key;
    private final String by;

    /** @param by the time field of the flow's mode ({@link StoredListScan#byOf}), for the item's position */
    SingleObjectReader(IndexingApi api, String containerKey, String key, String by) {
        this.api = api;
        this.containerKey = containerKey;
        this.key = key;
        this.by = by;
    }

    @Override
    public Page read(String cursor) {
        Optional<ObjectNode> found = api.get(containerKey, ObjectRef.key(key));
        if (found.isEmpty()) {
            LOG.info("No {} with key {} in {} {}: nothing to read", api.kind().object(), key,
                    api.kind().container(), containerKey);
            return Page.empty();
        }
        ObjectNode object = found.get();
        Instant time = HrFlowTimes.parse(IndexingApi.text(object, by + "_at"));
        String token = time == null ? null : TimePosition.within(by, time, List.of(key)).encode();
        return Page.last(List.of(new ReadItem(object, token)));
    }

    /** Nothing to release: the client's JDK HTTP client has no close before Java 21 and holds no open call. */
    @Override
    public void close() {
    }
}
