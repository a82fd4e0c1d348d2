package ai.hrflow.connectors.emulators.hrflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * HrFlow's timestamp format. Output is {@code 2023-06-20T15:25:07+0000} (UTC, seconds, colon-less offset).
 * Input accepts any ISO-8601 date or date-time, with {@code Z}, {@code +00:00}, {@code +0000} or no offset
 * (read as UTC). Everything is kept as epoch seconds: the API's resolution, so filters on values a client read
 * back from the API compare exactly.
 */
final class Timestamps {
    private static final DateTimeFormatter OUT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter IN = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            // Lenient "+HH" accepts +00, +0000 and +00:00 alike.
            .parseLenient()
            .appendOffset("+HH", "Z")
            .parseStrict()
            .optionalEnd()
            .optionalEnd()
            .toFormatter();

    private Timestamps() {
    }

    static String format(long epochSecond) {
        return OUT.format(Instant.ofEpochSecond(epochSecond));
    }

    static long now(java.time.Clock clock) {
        return clock.instant().getEpochSecond();
    }

    /** Epoch seconds of an ISO value; a bare date is its first second. @throws DateTimeParseException */
    static long parse(String text) {
        return parse(text, false);
    }

    /** Like {@link #parse} but a bare date is its last second, so an inclusive upper bound covers that day. */
    static long parseUpperBound(String text) {
        return parse(text, true);
    }

    private static long parse(String text, boolean endOfDay) {
        TemporalAccessor t = IN.parseBest(text.trim(), OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
        if (t instanceof OffsetDateTime odt) {
            return odt.toEpochSecond();
        }
        if (t instanceof LocalDateTime ldt) {
            return ldt.toEpochSecond(ZoneOffset.UTC);
        }
        long start = ((LocalDate) t).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        return endOfDay ? start + 86_399 : start;
    }
}
