package ai.hrflow.connectors.emulators.zoho;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.MutableClock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The emulated Recruit org: its settings and clock, one record id sequence shared by every module (Zoho ids
 * are org-wide), its users, its API credits, the call counters, and one {@link RecordStore} per module.
 */
final class ZohoOrg {
    /** 18 digits, above 2^53 like real ids, so a client keeping them as doubles loses precision and fails. */
    private static final long FIRST_ID = 486_812_000_000_100_000L;

    final ZohoSettings settings;
    final MutableClock clock;
    final Credits credits;
    final ZohoCalls calls = new ZohoCalls();
    private final AtomicLong ids = new AtomicLong(FIRST_ID);
    private final Map<String, String> users = new ConcurrentHashMap<>();
    private final String adminId;
    /** Shared by every record and answer that names the admin; only ever serialised, never edited. */
    private final ObjectNode adminRef;
    private final Map<RecruitModule, RecordStore> stores = new EnumMap<>(RecruitModule.class);
    private final Map<RecruitModule, RecordWriter> writers = new EnumMap<>(RecruitModule.class);

    ZohoOrg(ZohoSettings settings, MutableClock clock) {
        this.settings = settings;
        this.clock = clock;
        this.credits = new Credits(settings, clock);
        this.adminId = addUser("Recruit Admin");
        this.adminRef = userRef(adminId);
        for (RecruitModule m : RecruitModule.values()) {
            RecordStore store = new RecordStore(m, this);
            stores.put(m, store);
            writers.put(m, new RecordWriter(this, store));
        }
    }

    RecordStore store(RecruitModule module) {
        return stores.get(module);
    }

    RecordWriter writer(RecruitModule module) {
        return writers.get(module);
    }

    String nextId() {
        return Long.toString(ids.incrementAndGet());
    }

    /** Keeps the sequence above a seeded id, so later ids never collide with it. */
    void observeId(String id) {
        long value = Long.parseLong(id);
        ids.updateAndGet(current -> Math.max(current, value));
    }

    long now() {
        return clock.instant().getEpochSecond();
    }

    String addUser(String name) {
        String id = nextId();
        users.put(id, name);
        return id;
    }

    /** {@code {name, id}} of the user every token acts as (the emulated org has one API user). */
    ObjectNode admin() {
        return adminRef;
    }

    String adminId() {
        return adminId;
    }

    /** {@code {name, id}} of a user, or {@code null} when the org has no such user. */
    ObjectNode userRef(String id) {
        String name = id == null ? null : users.get(id);
        return name == null ? null : Json.object().put("name", name).put("id", id);
    }
}
