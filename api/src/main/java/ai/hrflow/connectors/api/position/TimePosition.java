package ai.hrflow.connectors.api.position;

import ai.hrflow.connectors.api.errors.ConnectorException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where a time-ordered read stands: every record whose time ({@code by}: {@code created}, {@code updated},
 * {@code modified}, {@code deleted}...) is before {@code at} is done, and at {@code at} itself either every record
 * ({@code keys} null: the next read asks for what is strictly after {@code at}) or exactly the records listed in
 * {@code keys} (the next read asks from {@code at} on and drops those). The key list has no cap: it is written only
 * when a read ends inside a second that may still receive records, and lists the records of that one second.
 *
 * <p>Text form ({@link PositionCodec}): {@code v1;by=updated;at=2024-05-02T08:15:00Z[;keys=k1,k2][;extra=...]}, keys
 * comma-separated (each URL-encoded within the list, so a key may hold a comma). {@code extra} fields belong to
 * the connector (e.g. Zoho Recruit's {@code created_after}).
 *
 * @param by the time field the read is ordered by
 * @param keys null when the whole second {@code at} is done
 * @param extra the connector's own fields, in order
 */
public record TimePosition(String by, Instant at, List<String> keys, Map<String, String> extra) {
    private static final List<String> OWN = List.of("by", "at", "keys");

    public TimePosition {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        keys = keys == null ? null : List.copyOf(keys);
        extra = Map.copyOf(extra);
    }

    /** Everything at or before {@code at} is done. */
    public static TimePosition through(String by, Instant at) {
        return new TimePosition(by, at, null, Map.of());
    }

    /** Everything before {@code at} is done, and at {@code at} the records {@code keys}. */
    public static TimePosition within(String by, Instant at, List<String> keys) {
        return new TimePosition(by, at, keys, Map.of());
    }

    public boolean complete() {
        return keys == null;
    }

    public TimePosition withExtra(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(extra);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return new TimePosition(by, at, keys, copy);
    }

    public String encode() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("by", by);
        fields.put("at", at.toString());
        if (keys != null) {
            fields.put("keys", String.join(",", keys.stream().map(TimePosition::escapeKey).toList()));
        }
        extra.keySet().stream().sorted().forEach(name -> fields.put(name, extra.get(name)));
        return PositionCodec.encode(fields);
    }

    /** The form {@link #decode} expects, for messages. */
    public static String form(String by) {
        return "v1;by=" + by + ";at=<ISO-8601 instant>[;keys=<keys done at that instant>]";
    }

    /**
     * Reads a saved position; null or blank gives null (first run).
     *
     * @param system who reads it, for messages
     * @param by the time field this read is ordered by; a position of another field is refused
     * @param extraNames the connector fields this read knows
     * @param legacy reads a token saved in the connector's format of before {@link PositionCodec} (a migration),
     *     or returns null when the token is not one; may be null
     * @throws ConnectorException naming the expected form
     */
    public static TimePosition decode(String token, String system, String by, List<String> extraNames,
            Function<String, TimePosition> legacy) {
        if (token == null || token.isBlank()) {
            return null;
        }
        if (!PositionCodec.isVersioned(token)) {
            TimePosition migrated = legacy == null ? null : legacy.apply(token.trim());
            if (migrated == null || !migrated.by().equals(by)) {
                throw PositionCodec.invalid(token, system, form(by), "it is in no form this version reads");
            }
            return migrated;
        }
        Map<String, String> fields = PositionCodec.decode(token, system, form(by));
        if (!by.equals(fields.get("by"))) {
            throw PositionCodec.invalid(token, system, form(by), "it orders by '" + fields.get("by")
                    + "', this read by '" + by + "'");
        }
        Map<String, String> extra = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            if (!OWN.contains(f.getKey())) {
                if (!extraNames.contains(f.getKey())) {
                    throw PositionCodec.invalid(token, system, form(by), "field '" + f.getKey() + "' is unknown");
                }
                extra.put(f.getKey(), f.getValue());
            }
        }
        Instant at = instant(fields.get("at"));
        if (at == null) {
            throw PositionCodec.invalid(token, system, form(by), "'at' is not an ISO-8601 instant");
        }
        String keys = fields.get("keys");
        List<String> list = keys == null ? null : keys.isEmpty() ? List.of()
                : new ArrayList<>(Arrays.stream(keys.split(",")).map(TimePosition::unescapeKey).toList());
        return new TimePosition(by, at, list, extra);
    }

    /** An instant of a position field, or null when absent or unreadable. */
    public static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String escapeKey(String key) {
        return key.replace("%", "%25").replace(",", "%2C");
    }

    private static String unescapeKey(String key) {
        return key.replace("%2C", ",").replace("%25", "%");
    }
}
