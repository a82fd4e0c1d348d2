package ai.hrflow.connectors.api.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A money range as vendors send it: numbers, or text such as {@code "40000"}, {@code "40,000.50"},
 * {@code "€40 000"}, {@code "45k"}, {@code "40000-50000"}, {@code "USD 40000 – 50000"}. Thousands separators
 * ({@code ,} before three digits, spaces, apostrophes) are removed, {@code k} multiplies by a thousand, a currency
 * symbol or ISO code found in the text is reported, and a range gives both ends.
 *
 * @param min      the lower end, or null
 * @param max      the upper end (the same as min for one amount), or null
 * @param currency the currency written in the text ({@code EUR} for {@code €}), or null
 */
public record Amount(BigDecimal min, BigDecimal max, String currency) {
    private static final Pattern NUMBER = Pattern.compile(
            "(\\d{1,3}(?:[,'\u00A0\u202F ]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*([kK])?(?!\\p{L})");
    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])");

    /** The amount or range in the text; null when it holds no number. */
    public static Amount parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = NUMBER.matcher(text);
        BigDecimal min = null;
        BigDecimal max = null;
        while (m.find() && max == null) {
            BigDecimal value = number(m.group(1), m.group(2) != null);
            if (value == null) {
                continue;
            }
            if (min == null) {
                min = value;
            } else {
                max = value;
            }
        }
        if (min == null) {
            return null;
        }
        return new Amount(min, max == null ? min : max, currency(text));
    }

    /** A JSON number, or a text parsed as {@link #parse} does; null for anything else. */
    public static Amount of(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return new Amount(value.decimalValue(), value.decimalValue(), null);
        }
        return value.isTextual() ? parse(value.asText()) : null;
    }

    /**
     * The range between a low and a high value as vendors split it ({@code min}/{@code max},
     * {@code rateLow}/{@code rateHigh}): each end from its own value, or from the other value when that one holds a
     * whole range ({@code min: "40000-50000"}); an end nobody gave stays null. Null when both are null.
     */
    public static Amount between(Amount low, Amount high) {
        if (low == null && high == null) {
            return null;
        }
        BigDecimal min = low != null ? low.min : high.isRange() ? high.min : null;
        BigDecimal max = high != null ? high.max : low.isRange() ? low.max : null;
        String currency = low != null && low.currency != null ? low.currency : high != null ? high.currency : null;
        return new Amount(min, max, currency);
    }

    /** True when the two ends differ. */
    public boolean isRange() {
        return min != null && max != null && min.compareTo(max) != 0;
    }

    private static BigDecimal number(String digits, boolean thousands) {
        String plain = digits.replaceAll("[,'\u00A0\u202F ]", "");
        if (plain.isEmpty()) {
            return null;
        }
        BigDecimal value = new BigDecimal(plain);
        return thousands ? value.multiply(BigDecimal.valueOf(1000)).stripTrailingZeros() : value;
    }

    private static String currency(String text) {
        Matcher code = CODE.matcher(text);
        if (code.find()) {
            return code.group(1);
        }
        if (text.contains("€")) {
            return "EUR";
        }
        if (text.contains("£")) {
            return "GBP";
        }
        if (text.contains("$")) {
            return "USD"; // [?] "$" is also AUD, CAD...: read as USD only when no ISO code says which
        }
        return null;
    }
}
