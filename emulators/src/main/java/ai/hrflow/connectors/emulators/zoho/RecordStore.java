package ai.hrflow.connectors.emulators.zoho;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One module's records. Live records sit in a skip list ordered by id (ids all have 18 digits, so text order
 * is numeric order): GET by id is a map lookup, a list walks in id order and sorts only when asked, and the
 * sorted result is cached until the next write ({@link #view}). Unique fields ({@code Email} on Candidates)
 * have a value-to-id index. Reads are lock-free; writers lock the store, which keeps "check duplicates, then
 * insert" atomic for a whole batch.
 */
final class RecordStore {
    /** Rendered on read from the record's epoch seconds, never stored in its JSON. */
    static final Set<String> TIME_FIELDS = Set.of("Created_Time", "Modified_Time", "Updated_On", "Last_Activity_Time");

    final RecruitModule module;
    final ModuleSchema schema;
    private final ZohoOrg org;
    private final ConcurrentSkipListMap<String, StoredRecord> live = new ConcurrentSkipListMap<>();
    /** Deleted entries in deletion order; guarded by {@code this}. */
    private final LinkedHashMap<String, DeletedRecord> deleted = new LinkedHashMap<>();
    private volatile List<String> uniqueFields;
    private final Map<String, Map<String, String>> uniqueIndex = new ConcurrentHashMap<>();
    private final AtomicLong autoNumber = new AtomicLong();
    private final AtomicLong version = new AtomicLong();
    private volatile CachedView cache;

    private record CachedView(Object key, long version, List<StoredRecord> rows) {
    }

    RecordStore(RecruitModule module, ZohoOrg org) {
        this.module = module;
        this.org = org;
        this.schema = ModuleSchema.of(module);
        uniqueFields(module == RecruitModule.CANDIDATES ? List.of("Email") : List.of());
    }

    StoredRecord get(String id) {
        return id == null ? null : live.get(id);
    }

    /** Live records in id order (a weakly consistent view). */
    Collection<StoredRecord> live() {
        return live.values();
    }

    int size() {
        return live.size();
    }

    long version() {
        return version.get();
    }

    /** The rows {@code compute} gives for {@code key}, reused while no write happened since. */
    List<StoredRecord> view(Object key, Supplier<List<StoredRecord>> compute) {
        long v = version.get();
        CachedView c = cache;
        if (c != null && c.version() == v && c.key().equals(key)) {
            return c.rows();
        }
        List<StoredRecord> rows = compute.get();
        cache = new CachedView(key, v, rows);
        return rows;
    }

    List<String> uniqueFields() {
        return uniqueFields;
    }

    /** Replaces the unique fields and rebuilds their index. @throws IllegalStateException on existing clashes */
    synchronized void uniqueFields(List<String> fields) {
        Map<String, Map<String, String>> rebuilt = new LinkedHashMap<>();
        for (String f : fields) {
            rebuilt.put(f, new ConcurrentHashMap<>());
        }
        for (StoredRecord r : live.values()) {
            ObjectNode values = r.fields();
            for (String f : fields) {
                String key = normalize(values.get(f));
                if (key != null && rebuilt.get(f).putIfAbsent(key, r.id()) != null) {
                    throw new IllegalStateException("Existing records share " + f + " = " + key);
                }
            }
        }
        uniqueIndex.clear();
        uniqueIndex.putAll(rebuilt);
        uniqueFields = List.copyOf(fields);
    }

    /** Id of the live record holding {@code value} in unique field {@code field}, ignoring {@code exceptId}. */
    String holderOf(String field, JsonNode value, String exceptId) {
        Map<String, String> index = uniqueIndex.get(field);
        String key = normalize(value);
        String holder = index == null || key == null ? null : index.get(key);
        return holder == null || holder.equals(exceptId) ? null : holder;
    }

    /** First unique field of {@code fields} whose value another live record holds, or {@code null}. */
    String[] clash(ObjectNode fields, String exceptId) {
        for (String f : uniqueFields) {
            String holder = holderOf(f, fields.get(f), exceptId);
            if (holder != null) {
                return new String[] {f, holder};
            }
        }
        return null;
    }

    /**
     * Stores a new record from already checked fields, completing what the server owns: id (unless given),
     * auto-number, {@code Full_Name}, owner, creator, subform row ids and the {@code $} flags. Callers hold the
     * lock and have checked unique fields.
     */
    synchronized StoredRecord create(ObjectNode input, String givenId, long created, long modified) {
        String id = givenId == null ? org.nextId() : givenId;
        ObjectNode f = Json.object().put("id", id);
        input.fields().forEachRemaining(e -> {
            if (!"id".equals(e.getKey()) && !TIME_FIELDS.contains(e.getKey())) {
                f.set(e.getKey(), e.getValue());
            }
        });
        String number = module.autoNumberField();
        if (!f.hasNonNull(number)) {
            f.put(number, "ZR_" + autoNumber.incrementAndGet() + "_" + module.autoNumberSuffix());
        }
        if (module == RecruitModule.CANDIDATES && !f.hasNonNull("Candidate_Owner")) {
            f.set("Candidate_Owner", org.admin());
        }
        putIfAbsent(f, "Created_By", org.admin());
        putIfAbsent(f, "Modified_By", org.admin());
        f.put("$state", "draft".equals(f.path("$state").asText()) ? "draft" : "save");
        f.put("$approved", f.path("$approved").asBoolean(true));
        f.put("$converted", f.path("$converted").asBoolean(false));
        f.put("$editable", true);
        completeDerived(f, null);
        StoredRecord r = StoredRecord.of(id, created, modified, f);
        live.put(id, r);
        index(null, f, id);
        version.incrementAndGet();
        return r;
    }

    /** Replaces a live record's fields; callers hold the lock and have checked unique fields. */
    synchronized StoredRecord replace(StoredRecord current, ObjectNode before, ObjectNode after, long modified) {
        after.set("Modified_By", org.admin());
        completeDerived(after, before);
        StoredRecord next = current.withFields(modified, after);
        live.put(current.id(), next);
        index(before, after, current.id());
        version.incrementAndGet();
        return next;
    }

    /** Moves a live record to the recycle bin (drafts are deleted permanently, contract §3.3). */
    synchronized DeletedRecord delete(String id) {
        StoredRecord r = live.remove(id);
        if (r == null) {
            return null;
        }
        ObjectNode f = r.fields();
        index(f, null, id);
        JsonNode creator = f.get("Created_By");
        DeletedRecord d = new DeletedRecord(id, displayName(f), r.draft(), org.now(),
                creator instanceof ObjectNode o ? o : null, org.admin());
        deleted.put(id, d);
        version.incrementAndGet();
        return d;
    }

    /** Empties the recycle bin: its entries become {@code permanent}. Returns how many moved. */
    synchronized int purgeRecycleBin() {
        int n = 0;
        for (Map.Entry<String, DeletedRecord> e : deleted.entrySet()) {
            if (!e.getValue().permanent()) {
                e.setValue(e.getValue().purged());
                n++;
            }
        }
        version.incrementAndGet();
        return n;
    }

    /** Deleted entries, most recently deleted first. */
    synchronized List<DeletedRecord> deleted() {
        List<DeletedRecord> out = new ArrayList<>(deleted.values());
        java.util.Collections.reverse(out);
        return out;
    }

    /** The record as the API returns it: stored fields plus the times, optionally projected on {@code fields}. */
    /**
     * A record as a read answers it (list, get, search): every field of the module's layout, {@code null} when
     * empty, as Zoho's v2 record reads do (their sample answers list unfilled fields as {@code null}); with
     * {@code fields}, only those (and {@code id}). Unsure, so noted: an empty boolean reads {@code false} and an
     * empty subform or tag list {@code []} here, as Zoho CRM's v2 answers show them (Recruit's own samples
     * were not found for those types); fields hidden from the API user's profile or from the record's layout are
     * not modelled (Zoho may omit them).
     */
    ObjectNode render(StoredRecord r, Set<String> fields) {
        ObjectNode f = r.fields();
        for (String name : schema.layoutFields()) {
            if (!f.has(name)) {
                FieldType type = schema.type(name);
                if (type == FieldType.BOOLEAN) {
                    f.put(name, false);
                } else if (type == FieldType.SUBFORM || type == FieldType.TAGS) {
                    f.putArray(name);
                } else {
                    f.putNull(name);
                }
            }
        }
        String created = ZohoTime.format(r.created(), org.settings.timeZone());
        String modified = ZohoTime.format(r.modified(), org.settings.timeZone());
        f.put("Created_Time", created);
        if (module == RecruitModule.CANDIDATES) {
            f.put("Updated_On", modified);
        }
        if (module != RecruitModule.CANDIDATES || org.settings.candidatesModifiedTime()) {
            f.put("Modified_Time", modified);
        }
        f.put("Last_Activity_Time", modified);
        if (fields != null) {
            java.util.Set<String> keep = new java.util.HashSet<>(fields);
            keep.add("id");
            f.retain(keep);
        }
        return f;
    }

    /** Recomputes {@code Full_Name} and gives new subform rows an id. */
    private void completeDerived(ObjectNode f, ObjectNode before) {
        if (module == RecruitModule.CANDIDATES) {
            String full = (f.path("First_Name").asText("") + " " + f.path("Last_Name").asText("")).trim();
            f.put("Full_Name", full);
        }
        for (String sub : List.of("Experience_Details", "Educational_Details")) {
            if (f.get(sub) instanceof ArrayNode rows) {
                // New nodes rather than edits in place: seeded rows may still belong to the caller.
                ArrayNode withIds = Json.array();
                for (JsonNode row : rows) {
                    if (row instanceof ObjectNode o && !o.hasNonNull("id")) {
                        ObjectNode copy = Json.object().put("id", org.nextId());
                        o.fields().forEachRemaining(e -> copy.set(e.getKey(), e.getValue()));
                        withIds.add(copy);
                    } else {
                        withIds.add(row);
                    }
                }
                f.set(sub, withIds);
            }
        }
    }

    private void index(ObjectNode before, ObjectNode after, String id) {
        for (Map.Entry<String, Map<String, String>> e : uniqueIndex.entrySet()) {
            String old = before == null ? null : normalize(before.get(e.getKey()));
            String now = after == null ? null : normalize(after.get(e.getKey()));
            if (old != null && !old.equals(now)) {
                e.getValue().remove(old, id);
            }
            if (now != null) {
                e.getValue().put(now, id);
            }
        }
    }

    String displayName(ObjectNode f) {
        if (module == RecruitModule.CANDIDATES) {
            return f.path("Full_Name").asText("");
        }
        return f.hasNonNull("Job_Opening_Name") ? f.get("Job_Opening_Name").asText() : f.path("Posting_Title").asText("");
    }

    /** Unique values compare case-insensitively (Zoho's e-mail duplicate check does). */
    static String normalize(JsonNode value) {
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String s = value.asText().trim().toLowerCase(Locale.ROOT);
        return s.isEmpty() ? null : s;
    }

    private static void putIfAbsent(ObjectNode f, String field, ObjectNode value) {
        if (!f.hasNonNull(field)) {
            f.set(field, value);
        }
    }
}
