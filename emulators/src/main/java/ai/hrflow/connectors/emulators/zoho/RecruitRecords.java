package ai.hrflow.connectors.emulators.zoho;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Test-facing access to one module's records, bypassing HTTP, credits and counters: seed, change as a recruiter
 * would, delete, read back, and set the module's field rules. Returned records are copies rendered exactly as
 * the API returns them.
 *
 * <pre>{@code
 * List<String> ids = zoho.candidates().seed(ZohoData.candidates(100_000, 7));
 * zoho.clock().advance(Duration.ofMinutes(5));
 * zoho.candidates().modify(ids.get(3), Json.object().put("City", "Lyon"));   // Modified_Time moves
 * zoho.candidates().delete(ids.get(4));                                    // to the recycle bin
 * }</pre>
 */
public final class RecruitRecords {
    private final ZohoOrg org;
    private final RecordStore store;

    RecruitRecords(ZohoOrg org, RecordStore store) {
        this.org = org;
        this.store = store;
    }

    public RecruitModule module() {
        return store.module;
    }

    /**
     * Stores a record as if it had been created earlier, without type checks (a test may seed what the API would
     * refuse). Taken from the record when present: {@code id} (digits), {@code Created_Time},
     * {@code Modified_Time}/{@code Updated_On} (default: created), {@code $state}, {@code $approved},
     * {@code $converted}, and system fields such as {@code Candidate_ID}; otherwise the server fills them.
     * The caller's node is not modified.
     *
     * @return the record's id
     * @throws IllegalStateException when a unique field ({@code Email}) or the id is already taken
     */
    public String seed(ObjectNode record) {
        synchronized (store) {
            return seedOne(record);
        }
    }

    /** Bulk {@link #seed(ObjectNode)}: ids in input order. Fast enough for 100,000 records. */
    public List<String> seed(Iterable<? extends ObjectNode> records) {
        List<String> ids = new ArrayList<>();
        synchronized (store) {
            for (ObjectNode r : records) {
                ids.add(seedOne(r));
            }
        }
        return ids;
    }

    /**
     * Changes a record the way a recruiter editing it in Zoho would: same rules as an API update (types,
     * duplicates, subform rows), {@code Modified_Time} set to the clock's now. {@code If-Modified-Since} only
     * returns records modified strictly after it, in whole seconds: advance the clock past a client's last
     * read before modifying, or the change may be invisible to an incremental read (as on the real API).
     *
     * @return the record after the change
     * @throws IllegalArgumentException when the id is unknown or the change is invalid (message has the reason)
     */
    public ObjectNode modify(String id, ObjectNode changes) {
        ArrayNode one = ai.hrflow.connectors.api.Json.array().add(changes);
        ObjectNode result = org.writer(store.module).update(one, id).get(0);
        if (!"success".equals(result.path("status").asText())) {
            throw new IllegalArgumentException("Change refused: " + result);
        }
        return get(id).orElseThrow();
    }

    /** Deletes a record as from the UI: to the recycle bin (a draft permanently). False when not live. */
    public boolean delete(String id) {
        return store.delete(id) != null;
    }

    /** Empties the recycle bin: its {@code /deleted} entries become {@code type: permanent}. */
    public int purgeRecycleBin() {
        return store.purgeRecycleBin();
    }

    public Optional<ObjectNode> get(String id) {
        StoredRecord r = store.get(id);
        return r == null ? Optional.empty() : Optional.of(store.render(r, null));
    }

    /** Every live record (drafts, unapproved and converted ones included), in id order. */
    public List<ObjectNode> all() {
        return store.live().stream().map(r -> store.render(r, null)).toList();
    }

    public int count() {
        return store.size();
    }

    /** The {@code /deleted} entries, most recently deleted first. */
    public List<ObjectNode> deleted() {
        return store.deleted().stream().map(d -> d.render(org.settings.timeZone())).toList();
    }

    /** First live record (id order) whose field equals the value, ignoring case. A scan: for assertions only. */
    public Optional<ObjectNode> findFirst(String field, String value) {
        return store.live().stream().map(r -> store.render(r, null))
                .filter(r -> r.hasNonNull(field) && r.get(field).asText().equalsIgnoreCase(value)).findFirst();
    }

    /**
     * The fields no two live records may share (checked on insert, update, upsert and seed, ignoring case), also
     * the ones {@code upsert} may match on. Default {@code Email} for Candidates, none for JobOpenings.
     *
     * @throws IllegalStateException when existing records already clash
     */
    public RecruitRecords uniqueFields(String... apiNames) {
        store.uniqueFields(Arrays.asList(apiNames));
        return this;
    }

    public List<String> uniqueFields() {
        return store.uniqueFields();
    }

    /** Fields a create must carry ({@code MANDATORY_NOT_FOUND}); default {@code Last_Name} / {@code Job_Opening_Name}. */
    public RecruitRecords mandatoryFields(String... apiNames) {
        store.schema.mandatory(Arrays.asList(apiNames));
        return this;
    }

    public List<String> mandatoryFields() {
        return store.schema.mandatory();
    }

    /** Adds an org-specific custom field (e.g. {@code HrFlow_Reference}); unknown keys are otherwise dropped. */
    public RecruitRecords customField(String apiName, FieldType type) {
        store.schema.addCustomField(apiName, type);
        return this;
    }

    private String seedOne(ObjectNode record) {
        String id = null;
        if (record.hasNonNull("id")) {
            id = record.get("id").asText();
            if (!RecordWriter.isId(id) || store.get(id) != null) {
                throw new IllegalStateException("Seeded id is not digits or already used: " + id);
            }
            org.observeId(id);
        }
        String[] clash = store.clash(record, null);
        if (clash != null) {
            throw new IllegalStateException("Seeded " + clash[0] + " already used by record " + clash[1]);
        }
        long created = time(record.get("Created_Time"), org.now());
        JsonNode modified = record.hasNonNull("Modified_Time") ? record.get("Modified_Time") : record.get("Updated_On");
        return store.create(record, id, created, time(modified, created)).id();
    }

    private static long time(JsonNode value, long fallback) {
        if (value == null || value.isNull()) {
            return fallback;
        }
        try {
            return ZohoTime.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not an ISO-8601 date-time with offset: " + value.asText(), e);
        }
    }
}
