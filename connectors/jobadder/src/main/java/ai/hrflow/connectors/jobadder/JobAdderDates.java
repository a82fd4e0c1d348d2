package ai.hrflow.connectors.jobadder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Dates as JobAdder writes them: ISO-8601 date-times, with an offset or {@code Z}, or without one (UTC assumed,
 * as third-party notes on the API say [?]); plain dates for birth dates and employment/education dates.
 */
final class JobAdderDates {
    private JobAdderDates() {
    }

    /**
     * An instant from a date-time (offset or not) or a plain date (its first second).
     *
     * @throws DateTimeParseException when it is none of these
     */
    static Instant instant(String text) {
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
        }
    }

    /** The {@code yyyy-MM-dd} part of a date or date-time, or null when it is neither. */
    static String datePart(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return instant(text).atOffset(ZoneOffset.UTC).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            return text.matches("\\d{4}-\\d{2}.*") ? text.substring(0, Math.min(10, text.length())) : null;
        }
    }

    /** A plain date as the ISO date-time HrFlow stores ({@code 2019-05-01T00:00:00}), or null. */
    static String hrflowDateTime(String text) {
        String date = datePart(text);
        return date == null ? null : date + "T00:00:00";
    }
}
