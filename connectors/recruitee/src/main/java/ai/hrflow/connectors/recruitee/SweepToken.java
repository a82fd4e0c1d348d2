package ai.hrflow.connectors.recruitee;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;

/**
 * An incremental position in Recruitee data: a timestamp ({@code created_at} or {@code updated_at}, by mode) and
 * the id that breaks ties, encoded {@code 2024-03-01T09:00:00.123456Z|40000001}. An item is new when its
 * {@code (time, id)} is after the token's, so two candidates created in the same microsecond are both read.
 */
record SweepToken(Instant at, long id) implements Comparable<SweepToken> {
    private static final Comparator<SweepToken> ORDER = Comparator.comparing(SweepToken::at)
            .thenComparingLong(SweepToken::id);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    /**
     * @throws IllegalArgumentException when {@code text} was not written by {@link #encode()} (a token saved by
     *     another connector or edited by hand)
     */
    static SweepToken decode(String text) {
        int bar = text.lastIndexOf('|');
        try {
            return new SweepToken(Instant.parse(text.substring(0, bar)), Long.parseLong(text.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the saved incremental token '" + text + "' is not a Recruitee token "
                    + "(<ISO instant>|<id>); reset the workflow's state to read everything again", e);
        }
    }

    String encode() {
        return at.truncatedTo(ChronoUnit.MICROS) + "|" + id;
    }

    /** The key of an item: its {@code field} time and {@code id}; empty when the time is missing or unreadable. */
    static Optional<SweepToken> of(JsonNode item, String field) {
        return time(item.path(field)).map(t -> new SweepToken(t, item.path("id").asLong()));
    }

    boolean isAfter(SweepToken other) {
        return other == null || compareTo(other) > 0;
    }

    static SweepToken max(SweepToken a, SweepToken b) {
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
    public int compareTo(SweepToken other) {
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
