package ai.hrflow.connectors.emulators.hrflow;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A source (holding profiles) or a board (holding jobs), with its objects indexed by key and by reference.
 * Reads are lock-free; writes lock the container so the two indexes and the reference-uniqueness rule stay
 * consistent under concurrent clients. {@link #version()} moves on every write, which is what lets listings
 * cache a sorted result until the data changes.
 */
final class Container {
    private final Kind kind;
    private final ObjectNode info;
    private final ObjectNode summary;
    private final ConcurrentHashMap<String, StoredObject> byKey = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> keyByReference = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();

    Container(Kind kind, ObjectNode info) {
        this.kind = kind;
        this.info = info;
        this.summary = Json.object();
        for (String f : new String[] {"key", "name", "type", "subtype", "environment"}) {
            summary.set(f, info.get(f));
        }
    }

    Kind kind() {
        return kind;
    }

    String key() {
        return info.path("key").asText();
    }

    /** The full source/board object as {@code GET /source} returns it. Not to be mutated. */
    ObjectNode info() {
        return info;
    }

    /** The {@code {key, name, type, subtype, environment}} summary embedded in each object. */
    ObjectNode summary() {
        return summary;
    }

    boolean syncParsing() {
        return info.path("sync_parsing").asBoolean(false);
    }

    StoredObject get(String key) {
        return key == null ? null : byKey.get(key);
    }

    StoredObject byReference(String reference) {
        String key = reference == null ? null : keyByReference.get(reference);
        return key == null ? null : byKey.get(key);
    }

    /**
     * Adds a new object unless its reference is taken.
     *
     * @param archivedHoldsReference whether an archived holder of the reference still blocks it; if not, the
     *     new object takes the reference over and the archived one is reachable by key only
     * @return false when the reference is already used
     */
    synchronized boolean insert(StoredObject object, boolean archivedHoldsReference) {
        if (object.reference() != null) {
            StoredObject holder = byReference(object.reference());
            if (holder != null && (archivedHoldsReference || !holder.archived())) {
                return false;
            }
            keyByReference.put(object.reference(), object.key());
        }
        byKey.put(object.key(), object);
        version.incrementAndGet();
        return true;
    }

    /** Replaces an object by key. @return false when its (new) reference belongs to another object */
    synchronized boolean replace(StoredObject next) {
        StoredObject previous = byKey.get(next.key());
        String newRef = next.reference();
        if (newRef != null) {
            String holder = keyByReference.get(newRef);
            if (holder != null && !holder.equals(next.key())) {
                return false;
            }
        }
        if (previous != null && previous.reference() != null && !previous.reference().equals(newRef)) {
            keyByReference.remove(previous.reference(), next.key());
        }
        if (newRef != null) {
            keyByReference.put(newRef, next.key());
        }
        byKey.put(next.key(), next);
        version.incrementAndGet();
        return true;
    }

    Collection<StoredObject> values() {
        return byKey.values();
    }

    int size() {
        return byKey.size();
    }

    long version() {
        return version.get();
    }
}
