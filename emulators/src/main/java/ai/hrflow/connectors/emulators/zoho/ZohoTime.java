package ai.hrflow.connectors.emulators.zoho;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Zoho date-times: ISO-8601 with a numeric offset and second precision ({@code 2019-11-13T17:06:38+05:30}),
 * written in the org's time zone; {@code +00:00} rather than {@code Z}. Kept internally as epoch seconds, the
 * API's resolution, so {@code If-Modified-Since} values a client read back compare exactly.
 */
final class ZohoTime {
    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private ZohoTime() {
    }

    static String format(long epochSecond, ZoneId zone) {
        return OUT.format(Instant.ofEpochSecond(epochSecond).atZone(zone));
    }

    /**
     * Epoch seconds of an ISO offset date-time; for the {@code If-Modified-Since} header an RFC 1123 HTTP date
     * is accepted too, since generic HTTP clients send that form.
     *
     * @throws DateTimeParseException when neither form parses
     */
    static long parse(String text) {
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toEpochSecond();
        } catch (DateTimeParseException iso) {
            try {
                return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
            } catch (DateTimeParseException http) {
                throw iso;
            }
        }
    }

    static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static boolean isDate(String text) {
        try {
            java.time.LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
