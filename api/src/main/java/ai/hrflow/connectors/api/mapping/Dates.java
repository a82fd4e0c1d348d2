package ai.hrflow.connectors.api.mapping;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as recruiters type them, read into the first day of the period they name, and written back in the form
 * HrFlow or a vendor expects.
 *
 * <p>Read: ISO dates and date-times (the date as written, no time-zone shift), {@code dd/MM/yyyy},
 * {@code dd-MM-yyyy}, {@code dd.MM.yyyy} (day first when both readings are possible; month first only when the
 * second number cannot be a month), {@code yyyy-MM}, {@code yyyy/MM}, {@code MM-yyyy}, {@code MM/yyyy},
 * {@code MM.yyyy}, month names and abbreviations in English ({@code Jan 2020}, {@code January 2020},
 * {@code 15 Jan 2020}, {@code Jan 15, 2020}), a year alone, and any other text holding a four-digit year (the
 * year's first day: a known year is never dropped). Words meaning "still going on" ({@link #meansNow}) are no
 * date at all. Anything else is unreadable and gives no date: it is never copied verbatim.
 */
public final class Dates {
    /** HrFlow's date form in profiles and jobs: ISO local date-time, start of the day. */
    public static final DateTimeFormatter HRFLOW = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private static final Set<String> NOW = Set.of("present", "current", "currently", "till date", "to date",
            "until date", "till now", "until now", "up to now", "to present", "till present", "until present",
            "now", "today", "ongoing", "on going", "present day", "actual", "current position", "current job",
            "still working", "presently");
    private static final Map<String, Integer> MONTHS = months();
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?");
    private static final Pattern YEAR_LAST = Pattern.compile("(?:(\\d{1,2})[-/.])?(\\d{1,2})[-/.](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d{2}|2\\d{3})(?!\\d)");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern DAY = Pattern.compile("(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)");

    private Dates() {
    }

    /** True for the words people use for an open end: "Present", "Current", "Till date", "Now", ... */
    public static boolean meansNow(String text) {
        if (text == null) {
            return false;
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "").replaceAll("\\s+", " ");
        return NOW.contains(t);
    }

    /** The first day of the period the text names; empty for blank, "now" words and unreadable text. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank() || meansNow(text)) {
            return Optional.empty();
        }
        String t = text.trim();
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                return Optional.of(date(m.group(1), m.group(2), m.group(3)));
            }
            m = YEAR_FIRST.matcher(t);
            if (m.matches()) {
                return Optional.of(date(m.group(1), m.group(2), m.group(3)));
            }
            m = YEAR_LAST.matcher(t);
            if (m.matches()) {
                return Optional.of(dayMonthYear(m.group(1), m.group(2), m.group(3)));
            }
        } catch (DateTimeException impossible) {
            // 2020-13-45: fall through to the year alone
        }
        return fromWords(t);
    }

    /** The text as HrFlow's {@code yyyy-MM-ddT00:00:00}; null when {@link #parse} finds no date. */
    public static String toHrFlow(String text) {
        return parse(text).map(d -> d.atStartOfDay().format(HRFLOW)).orElse(null);
    }

    /** The text in a vendor's pattern ({@code MM-yyyy}, {@code yyyy-MM-dd}); null when there is no date. */
    public static String format(String text, DateTimeFormatter vendorPattern) {
        return parse(text).map(vendorPattern::format).orElse(null);
    }

    private static Optional<LocalDate> fromWords(String t) {
        Matcher year = YEAR.matcher(t);
        if (!year.find()) {
            return Optional.empty();
        }
        int y = Integer.parseInt(year.group(1));
        String rest = t.substring(0, year.start()) + " " + t.substring(year.end());
        Integer month = null;
        Matcher word = WORD.matcher(rest);
        while (month == null && word.find()) {
            month = MONTHS.get(word.group().toLowerCase(Locale.ROOT));
        }
        if (month == null) {
            return Optional.of(LocalDate.of(y, 1, 1));
        }
        Matcher day = DAY.matcher(rest);
        int d = day.find() ? Integer.parseInt(day.group(1)) : 1;
        try {
            return Optional.of(LocalDate.of(y, month, d));
        } catch (DateTimeException impossibleDay) {
            return Optional.of(LocalDate.of(y, month, 1));
        }
    }

    private static LocalDate date(String year, String month, String day) {
        return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), day == null ? 1 : Integer.parseInt(day));
    }

    private static LocalDate dayMonthYear(String first, String second, String year) {
        if (first == null) {
            return date(year, second, null); // MM-yyyy
        }
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        // day first (ISO 8601 order reversed, as most of the world writes it) unless that cannot be a date
        return b > 12 && a <= 12 ? date(year, first, second) : date(year, second, first);
    }

    private static Map<String, Integer> months() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        Map<String, Integer> months = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            months.put(names[i], i + 1);
            months.put(names[i].substring(0, 3), i + 1);
        }
        months.put("sept", 9);
        return Map.copyOf(months);
    }
}
