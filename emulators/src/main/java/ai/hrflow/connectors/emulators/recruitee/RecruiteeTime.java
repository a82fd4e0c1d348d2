package ai.hrflow.connectors.emulators.recruitee;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Recruitee's timestamps: ISO-8601 UTC with microseconds and {@code Z} on output
 * ({@code 2024-03-01T09:00:00.123456Z}); lenient on input, because {@code created_after} is documented as
 * {@code yyyy-mm-ddThh:mm:ss} with optional seconds and clients also send full instants.
 */
final class RecruiteeTime {
    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private RecruiteeTime() {
    }

    static String format(Instant instant) {
        return OUT.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    /**
     * Parses {@code 2024-03-01T09:00}, {@code 2024-03-01T09:00:00}, with or without fraction, with or without
     * {@code Z} or an offset; a bare date is its midnight. No zone means UTC.
     *
     * @throws IllegalArgumentException when it is none of these
     */
    static Instant parse(String text) {
        String t = text.trim();
        try {
            if (t.length() == 10) {
                return LocalDateTime.parse(t + "T00:00:00").toInstant(ZoneOffset.UTC);
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(t, Instant::from);
            }
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date-time: " + text, e);
        }
    }
}
