package ai.hrflow.connectors.emulators.jobadder;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The candidates or the jobs of the emulated account, by id, as JobAdder represents them: the model's fields
 * plus the id field ({@code candidateId}/{@code jobId}), {@code createdAt}, {@code updatedAt} and
 * {@code links.self}. Timestamps are ISO-8601 UTC at second resolution ({@code 2024-03-01T10:00:00Z}): coarse
 * on purpose, so that several records share a timestamp and clients must handle ties. Thread-safe; documents
 * handed out are copies.
 */
final class RecordStore {
    private final String idField;
    private final String selfPath;
    private final Clock clock;
    private final ConcurrentSkipListMap<Long, ObjectNode> records = new ConcurrentSkipListMap<>();
    private final AtomicLong sequence;

    /** @param selfPath e.g. {@code http://127.0.0.1:1234/v2/candidates}, the base of {@code links.self} */
    RecordStore(String idField, String selfPath, Clock clock, long firstId) {
        this.idField = idField;
        this.selfPath = selfPath;
        this.clock = clock;
        this.sequence = new AtomicLong(firstId - 1);
    }

    String idField() {
        return idField;
    }

    /**
     * Stores a new record with the next id. {@code createdAt}/{@code updatedAt} present in {@code doc} are kept
     * when {@code keepTimestamps} (seeding), otherwise both are now.
     */
    ObjectNode insert(ObjectNode doc, boolean keepTimestamps) {
        long id = sequence.incrementAndGet();
        String now = now();
        ObjectNode stored = Json.object().put(idField, id);
        stored.setAll(doc);
        stored.put(idField, id);
        stored.put("createdAt", keepTimestamps && doc.hasNonNull("createdAt") ? normalize(doc.get("createdAt")) : now);
        stored.put("updatedAt", keepTimestamps && doc.hasNonNull("updatedAt") ? normalize(doc.get("updatedAt"))
                : stored.get("createdAt").asText());
        stored.putObject("links").put("self", selfPath + "/" + id);
        records.put(id, stored);
        return stored.deepCopy();
    }

    /** A copy of the record, or null. */
    ObjectNode get(long id) {
        ObjectNode o = records.get(id);
        return o == null ? null : o.deepCopy();
    }

    /** Overlays {@code changes} on the record and moves {@code updatedAt}; null when unknown. */
    ObjectNode update(long id, ObjectNode changes) {
        ObjectNode[] out = new ObjectNode[1];
        records.computeIfPresent(id, (k, current) -> {
            ObjectNode next = current.deepCopy();
            next.setAll(changes);
            next.put(idField, id);
            next.set("createdAt", current.get("createdAt"));
            next.set("links", current.get("links"));
            next.put("updatedAt", now());
            out[0] = next;
            return next;
        });
        return out[0] == null ? null : out[0].deepCopy();
    }

    /** Live documents (not copies) in id order, for listing: callers must not change them. */
    Collection<ObjectNode> values() {
        return records.values();
    }

    List<ObjectNode> copies() {
        return records.values().stream().map(ObjectNode::deepCopy).toList();
    }

    int size() {
        return records.size();
    }

    String now() {
        return format(clock.instant());
    }

    static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String normalize(JsonNode value) {
        return format(parseInstant(value.asText(), false));
    }

    /**
     * An ISO date-time with or without offset (none = UTC), or a bare date (its first second, or its last one
     * when {@code endOfDay}).
     *
     * @throws DateTimeParseException when it is neither
     */
    static Instant parseInstant(String text, boolean endOfDay) {
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                Instant start = LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
                return endOfDay ? start.plusSeconds(86_399) : start;
            }
        }
    }
}
