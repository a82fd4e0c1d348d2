package ai.hrflow.connectors.emulators.zoho;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Insert, update, upsert and delete of one module, one result per input record in input order (contract
 * §3.5–§3.9). A batch runs under the store's lock, so the duplicate check sees earlier records of the same
 * batch and concurrent batches cannot both claim one e-mail.
 */
final class RecordWriter {
    private final ZohoOrg org;
    private final RecordStore store;
    private final InputCheck check;

    RecordWriter(ZohoOrg org, RecordStore store) {
        this.org = org;
        this.store = store;
        this.check = new InputCheck(store.schema, org);
    }

    List<ObjectNode> insert(ArrayNode data) {
        List<ObjectNode> results = new ArrayList<>(data.size());
        synchronized (store) {
            for (int i = 0; i < data.size(); i++) {
                int at = i;
                results.add(attempt(() -> insertOne(data.get(at), path(at))));
            }
        }
        return results;
    }

    /** @param pathId the id of {@code PUT /{module}/{id}}, which then applies to the single record */
    List<ObjectNode> update(ArrayNode data, String pathId) {
        List<ObjectNode> results = new ArrayList<>(data.size());
        synchronized (store) {
            for (int i = 0; i < data.size(); i++) {
                int at = i;
                results.add(attempt(() -> updateOne(data.get(at), path(at), pathId)));
            }
        }
        return results;
    }

    List<ObjectNode> upsert(ArrayNode data, List<String> checkFields) {
        List<ObjectNode> results = new ArrayList<>(data.size());
        synchronized (store) {
            for (int i = 0; i < data.size(); i++) {
                int at = i;
                results.add(attempt(() -> upsertOne(data.get(at), path(at), checkFields)));
            }
        }
        return results;
    }

    List<ObjectNode> delete(List<String> ids) {
        List<ObjectNode> results = new ArrayList<>(ids.size());
        synchronized (store) {
            for (String id : ids) {
                DeletedRecord d = isId(id) ? store.delete(id) : null;
                results.add(d == null ? RecordError.invalidId(id).result()
                        : success("record deleted", Json.object().put("id", id)));
            }
        }
        return results;
    }

    private ObjectNode insertOne(JsonNode input, String path) {
        ObjectNode clean = check.clean(input, path, true);
        String[] clash = store.clash(clean, null);
        if (clash != null) {
            throw RecordError.duplicate(clash[0], clash[1], path + "." + clash[0]);
        }
        long now = org.now();
        StoredRecord r = store.create(clean, null, now, now);
        return success("record added", details(r, org.admin()));
    }

    private ObjectNode updateOne(JsonNode input, String path, String pathId) {
        if (!(input instanceof ObjectNode)) {
            throw RecordError.invalid("data", "invalid data", path);
        }
        String id = pathId != null ? pathId : input.hasNonNull("id") ? input.get("id").asText() : null;
        if (id == null) {
            throw RecordError.mandatory("id", path + ".id");
        }
        StoredRecord current = isId(id) ? store.get(id) : null;
        if (current == null) {
            throw RecordError.invalidId(id);
        }
        ObjectNode clean = check.clean(input, path, false);
        return success("record updated", applyUpdate(current, clean, path));
    }

    private ObjectNode upsertOne(JsonNode input, String path, List<String> checkFields) {
        if (input instanceof ObjectNode in) {
            for (String field : checkFields) {
                String holder = store.holderOf(field, in.get(field), null);
                if (holder != null) {
                    ObjectNode clean = check.clean(in, path, false);
                    ObjectNode done = success("record updated", applyUpdate(store.get(holder), clean, path));
                    return done.put("action", "update").put("duplicate_field", field);
                }
            }
        }
        return insertOne(input, path).put("action", "insert").putNull("duplicate_field");
    }

    /** Applies a recruiter's or client's change to a live record. @return the success details */
    ObjectNode applyUpdate(StoredRecord current, ObjectNode clean, String path) {
        ObjectNode before = current.fields();
        ObjectNode after = before.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = clean.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            boolean subform = store.schema.type(e.getKey()) == FieldType.SUBFORM && e.getValue().isArray();
            after.set(e.getKey(), subform ? mergeRows(before.get(e.getKey()), e.getValue(), path + "." + e.getKey())
                    : e.getValue());
        }
        String[] clash = store.clash(after, current.id());
        if (clash != null) {
            throw RecordError.duplicate(clash[0], clash[1], path + "." + clash[0]);
        }
        StoredRecord next = store.replace(current, before, after, org.now());
        JsonNode creator = before.get("Created_By");
        return details(next, creator instanceof ObjectNode o ? o : org.admin());
    }

    /**
     * Subform update semantics [crm][?]: a row with {@code id} edits that row, a row without one is new, and
     * stored rows the input does not list are removed.
     */
    private static ArrayNode mergeRows(JsonNode stored, JsonNode incoming, String path) {
        Map<String, ObjectNode> byId = new HashMap<>();
        if (stored != null && stored.isArray()) {
            stored.forEach(row -> byId.put(row.path("id").asText(), (ObjectNode) row));
        }
        ArrayNode rows = Json.array();
        for (int j = 0; j < incoming.size(); j++) {
            ObjectNode row = (ObjectNode) incoming.get(j);
            if (!row.hasNonNull("id")) {
                rows.add(row);
                continue;
            }
            ObjectNode old = byId.get(row.get("id").asText());
            if (old == null) {
                throw RecordError.invalid("id", "the related id given seems to be invalid", path + "[" + j + "].id");
            }
            rows.add(old.deepCopy().setAll(row));
        }
        return rows;
    }

    private ObjectNode details(StoredRecord r, ObjectNode creator) {
        ObjectNode d = Json.object().put("Modified_Time", ZohoTime.format(r.modified(), org.settings.timeZone()));
        d.set("Modified_By", org.admin());
        d.put("Created_Time", ZohoTime.format(r.created(), org.settings.timeZone()));
        d.put("id", r.id());
        d.set("Created_By", creator);
        return d;
    }

    static ObjectNode success(String message, ObjectNode details) {
        ObjectNode o = Json.object().put("code", "SUCCESS");
        o.set("details", details);
        return o.put("message", message).put("status", "success");
    }

    /** 201/200 when every record succeeded, 400 when none did, the partial status otherwise. */
    static int status(List<ObjectNode> results, int allSuccess, int partial) {
        long ok = results.stream().filter(r -> "success".equals(r.path("status").asText())).count();
        return ok == results.size() ? allSuccess : ok == 0 ? 400 : partial;
    }

    static boolean isId(String id) {
        return id != null && id.matches("\\d{1,19}");
    }

    private static ObjectNode attempt(java.util.function.Supplier<ObjectNode> write) {
        try {
            return write.get();
        } catch (RecordError e) {
            return e.result();
        }
    }

    private static String path(int i) {
        return "$.data[" + i + "]";
    }
}
