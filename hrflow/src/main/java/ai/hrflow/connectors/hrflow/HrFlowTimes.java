package ai.hrflow.connectors.hrflow;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;

/**
 * HrFlow's timestamps: returned as {@code 2023-06-20T15:25:07+0000} (colon-less offset), sometimes without
 * offset; accepted as any ISO-8601. A value without offset is read as UTC.
 */
final class HrFlowTimes {
    private static final DateTimeFormatter OUT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter IN = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            // lenient "+HH" takes +00, +0000 and +00:00 alike
            .parseLenient()
            .appendOffset("+HH", "Z")
            .parseStrict()
            .optionalEnd()
            .toFormatter();

    private HrFlowTimes() {
    }

    /** The instant of an API timestamp, or null when absent or unreadable. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            TemporalAccessor t = IN.parseBest(text.trim(), OffsetDateTime::from, LocalDateTime::from);
            return t instanceof OffsetDateTime odt ? odt.toInstant() : ((LocalDateTime) t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The API's format, to the second. Truncating makes an inclusive lower bound a little wider, never
     * narrower, so a filter built from a read-back value never loses the object it came from.
     */
    static String format(Instant at) {
        return OUT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }
}
