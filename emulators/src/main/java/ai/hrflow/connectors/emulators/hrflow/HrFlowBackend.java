package ai.hrflow.connectors.emulators.hrflow;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorError;
import ai.hrflow.connectors.emulators.server.EmulatorRequest;
import ai.hrflow.connectors.emulators.server.MutableClock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The emulator's state and the rules every route shares: authentication, container lookup with HrFlow's error
 * answers, id allocation, and the create/edit/archive operations with reference uniqueness. Routes translate
 * HTTP to these calls; the test-facing {@link HrFlowEmulator} calls them directly.
 */
final class HrFlowBackend {
    final HrFlowSettings settings;
    final MutableClock clock;
    final ApiKeys keys = new ApiKeys();
    final Documents documents;
    /** Async parsings held back in {@link HrFlowSettings.AsyncParsing#ON_DEMAND} mode. */
    final Queue<Runnable> pendingParsing = new ConcurrentLinkedQueue<>();
    /** {@code POST /text/parsing} answers by exact text. */
    final Map<String, ObjectNode> textParsing = new ConcurrentHashMap<>();
    /** Uploaded resume bytes by attachment file name, served at {@code /files/{name}}. */
    final Map<String, byte[]> files = new ConcurrentHashMap<>();

    private final Map<Kind, ConcurrentHashMap<String, Container>> containers = new EnumMap<>(Kind.class);
    private final Map<Kind, AtomicLong> ids = new EnumMap<>(Kind.class);
    private final AtomicLong containerIds = new AtomicLong();

    HrFlowBackend(HrFlowSettings settings, MutableClock clock) {
        this.settings = settings;
        this.clock = clock;
        this.documents = new Documents(clock);
        for (Kind k : Kind.values()) {
            containers.put(k, new ConcurrentHashMap<>());
            ids.put(k, new AtomicLong());
        }
    }

    ApiKeys.ApiKey authenticate(EmulatorRequest request) {
        return keys.authenticate(request, settings.enforcePermissions());
    }

    /** Registers a source/board from a (possibly partial) object; fills the fields the API always returns. */
    Container addContainer(Kind kind, ObjectNode fields) {
        String key = fields.path("key").asText(Documents.newKey());
        String now = Timestamps.format(documents.now());
        ObjectNode info = Json.object();
        info.put("key", key);
        info.put("id", containerIds.incrementAndGet());
        info.put("name", kind.container + "-" + key.substring(0, Math.min(8, key.length())));
        info.put("description", "");
        info.put("type", "api");
        info.put("subtype", "python");
        info.put("environment", "production");
        info.put("private", true);
        info.put("status", true);
        info.putNull("archive");
        if (kind == Kind.PROFILE) {
            info.put("sync_parsing", false);
        }
        info.put("created_at", now);
        info.put("updated_at", now);
        info.setAll(fields.deepCopy());
        Container c = new Container(kind, info);
        if (containers.get(kind).putIfAbsent(key, c) != null) {
            throw new IllegalArgumentException(kind.container + " already registered: " + key);
        }
        return c;
    }

    Container container(Kind kind, String key) {
        return key == null ? null : containers.get(kind).get(key);
    }

    /**
     * The container a call names, checked for existence then visibility.
     *
     * @throws EmulatorError 400 when the key is missing, the not-found status when unknown, 401 when the API key
     *     does not see it
     */
    Container requireContainer(Kind kind, String key, ApiKeys.ApiKey apiKey) {
        if (key == null || key.isBlank()) {
            throw Envelope.badParameters(kind.containerKeyParam() + " is required");
        }
        Container c = container(kind, key);
        if (c == null) {
            throw notFound(kind.container);
        }
        checkAccess(c, apiKey);
        return c;
    }

    void checkAccess(Container c, ApiKeys.ApiKey apiKey) {
        if (!apiKey.sees(c.key())) {
            throw Envelope.error(401, "Unauthorized Access to " + c.kind().container + " key: " + c.key());
        }
    }

    EmulatorError notFound(String object) {
        return Envelope.error(settings.notFoundStatus(), "Invalid parameters. Unable to find object: " + object);
    }

    long nextId(Kind kind) {
        return ids.get(kind).incrementAndGet();
    }

    /** POST semantics: a new key and id. @throws EmulatorError 400 on a used reference */
    StoredObject create(Container c, ObjectNode body) {
        StoredObject created = documents.create(c, body, Documents.newKey(), nextId(c.kind()));
        return insert(c, created);
    }

    StoredObject insert(Container c, StoredObject object) {
        if (!c.insert(object, settings.archivedReferenceBlocksCreate())) {
            throw duplicate(c.kind(), object.reference());
        }
        return object;
    }

    /** PUT semantics. @throws EmulatorError 400 when the new reference belongs to another object */
    StoredObject replace(Container c, StoredObject current, ObjectNode body) {
        StoredObject next = documents.replace(c, current, body);
        if (!c.replace(next)) {
            throw duplicate(c.kind(), next.reference());
        }
        return next;
    }

    StoredObject archive(Container c, StoredObject current, boolean archive) {
        StoredObject next = documents.archive(c, current, archive);
        // Fails only when an archived object's reference was taken over (archivedReferenceBlocksCreate off).
        if (!c.replace(next)) {
            throw duplicate(c.kind(), next.reference());
        }
        return next;
    }

    /** Reference wins over key when both are given (SDK documentation). */
    StoredObject find(Container c, String key, String reference) {
        return reference != null && !reference.isEmpty() ? c.byReference(reference) : c.get(key);
    }

    static EmulatorError duplicate(Kind kind, String reference) {
        return Envelope.error(400, "Cannot create " + kind.object + " with this reference: " + reference + ". Already used!");
    }

    /** Parses HrFlow's loose booleans: {@code true/false/True/False/1/0}. */
    static boolean flag(String value, boolean fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true":
            case "1":
                return true;
            case "false":
            case "0":
                return false;
            default:
                throw Envelope.badParameters(name + " must be a boolean: " + value);
        }
    }
}
