package ai.hrflow.connectors.jobadder;

import ai.hrflow.connectors.api.mapping.Dates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Dates as JobAdder writes them: ISO-8601 date-times, with an offset or {@code Z}, or without one (UTC assumed,
 * as third-party notes on the API say [?]); plain dates for birth dates and employment/education dates, which
 * people also type by month or year only: those go through the shared {@link Dates} rules.
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

    /**
     * A date as JobAdder stores it ({@code yyyy-MM-dd}) from whatever the profile holds (ISO, {@code 05/2019},
     * {@code May 2019}, {@code 2019}: the period's first day); null for none, "Present" or unreadable text.
     */
    static String datePart(String text) {
        return Dates.format(text, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** A JobAdder date as typed, as the ISO date-time HrFlow stores ({@code 2019-05-01T00:00:00}), or null. */
    static String hrflowDateTime(String text) {
        return Dates.toHrFlow(text);
    }
}
