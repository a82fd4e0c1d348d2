package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.position.PositionCodec;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * An incremental position in Recruitee data, a strict {@code (time, id)} keyset: a timestamp ({@code created_at}
 * or {@code updated_at}, by mode) and the id that breaks ties. An item is new when its {@code (time, id)} is after
 * the position's, so any number of candidates created in the same microsecond are all read, each once.
 *
 * <p>Saved in the product's one form ({@link PositionCodec}): {@code v1;by=created;at=2024-03-01T09:00:00.123456Z;
 * id=40000001}. A token of the form used before ({@code 2024-03-01T09:00:00.123456Z|40000001}) is read as such.
 */
record SweepKey(Instant at, long id) implements Comparable<SweepKey> {
    private static final Comparator<SweepKey> ORDER = Comparator.comparing(SweepKey::at)
            .thenComparingLong(SweepKey::id);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    /**
     * Reads a saved position of a read ordered by {@code by} ({@code created} or {@code updated}).
     *
     * @throws ConnectorException when {@code text} was not written by {@link #encode(String)} for {@code by} (a
     *     token saved by another connector or action, or edited by hand), naming the expected form
     */
    static SweepKey decode(String text, String by) {
        String form = "v1;by=" + by + ";at=<ISO-8601 instant>;id=<Recruitee id>";
        if (!PositionCodec.isVersioned(text)) {
            int bar = text.lastIndexOf('|');
            try {
                return new SweepKey(Instant.parse(text.substring(0, bar)), Long.parseLong(text.substring(bar + 1)));
            } catch (RuntimeException e) {
                throw PositionCodec.invalid(text, "Recruitee", form, "it is in no form this version reads");
            }
        }
        Map<String, String> fields = PositionCodec.decode(text, "Recruitee", form);
        if (!by.equals(fields.get("by"))) {
            throw PositionCodec.invalid(text, "Recruitee", form, "it orders by '" + fields.get("by") + "'");
        }
        try {
            if (!Set.of("by", "at", "id").containsAll(fields.keySet())) {
                throw new IllegalArgumentException("unknown field");
            }
            return new SweepKey(Instant.parse(fields.get("at")), Long.parseLong(fields.get("id")));
        } catch (RuntimeException e) {
            throw PositionCodec.invalid(text, "Recruitee", form, "'at' or 'id' is missing or unreadable");
        }
    }

    /** The position of a read ordered by {@code by}. */
    String encode(String by) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("by", by);
        fields.put("at", at.truncatedTo(ChronoUnit.MICROS).toString());
        fields.put("id", Long.toString(id));
        return PositionCodec.encode(fields);
    }

    /** The key of an item: its {@code field} time and {@code id}; empty when the time is missing or unreadable. */
    static Optional<SweepKey> of(JsonNode item, String field) {
        return time(item.path(field)).map(t -> new SweepKey(t, item.path("id").asLong()));
    }

    boolean isAfter(SweepKey other) {
        return other == null || compareTo(other) > 0;
    }

    static SweepKey max(SweepKey a, SweepKey b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * A {@code created_after} value that cannot miss anything after this token: whole seconds (the documented
     * format), one second early, since the filter is strict and drops fractions.
     */
    String createdAfterFilter() {
        return SECONDS.format(at.truncatedTo(ChronoUnit.SECONDS).minusSeconds(1));
    }

    @Override
    public int compareTo(SweepKey other) {
        return ORDER.compare(this, other);
    }

    /** Recruitee times, leniently: with or without fraction, zone (UTC when none) or seconds. */
    static Optional<Instant> time(JsonNode value) {
        return value.isTextual() ? time(value.asText()) : Optional.empty();
    }

    static Optional<Instant> time(String text) {
        String t = text.trim();
        try {
            if (t.endsWith("Z") || t.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return Optional.of(OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
            }
            return Optional.of(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
