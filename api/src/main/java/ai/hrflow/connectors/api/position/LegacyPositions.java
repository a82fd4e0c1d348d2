package ai.hrflow.connectors.api.position;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the incremental tokens the connectors saved before {@link PositionCodec} (one format each), so that an
 * upgrade neither fails every scheduled run nor reads everything again. Each one meant the same thing as the
 * {@link TimePosition} it becomes:
 * <ul>
 *   <li>{@code modified_after=<instant>[;created_after=<instant>]} (Zoho Recruit), {@code deleted_after=...},
 *       {@code updated_after=...}, {@code created_after=...} (JobAdder): everything at or before the instant;</li>
 *   <li>{@code <instant>|<key>,<key>} (HrFlow): before the instant, and at it the keys listed.</li>
 * </ul>
 * Anything else gives null, which {@link TimePosition#decode} reports with the expected form.
 */
public final class LegacyPositions {
    private LegacyPositions() {
    }

    /** {@code <by>_after=<instant>[;created_after=<instant>]}, or null when {@code token} is not one. */
    public static TimePosition afterForm(String token) {
        String[] parts = token.split(";");
        int eq = parts[0].indexOf('=');
        if (eq < 0 || !parts[0].substring(0, eq).trim().endsWith("_after") || parts.length > 2) {
            return null;
        }
        String by = parts[0].substring(0, eq).trim().replaceFirst("_after$", "");
        Instant at = TimePosition.instant(parts[0].substring(eq + 1));
        if (at == null || by.isEmpty()) {
            return null;
        }
        TimePosition position = TimePosition.through(by, at);
        if (parts.length == 2) {
            String second = parts[1].trim();
            Instant created = second.startsWith("created_after=")
                    ? TimePosition.instant(second.substring("created_after=".length())) : null;
            if (created == null) {
                return null;
            }
            position = position.withExtra("created_after", created.toString());
        }
        return position;
    }

    /** {@code <instant>[|<key>,<key>...]} read as a position of {@code by}, or null when it is not one. */
    public static TimePosition keysForm(String token, String by) {
        int bar = token.indexOf('|');
        Instant at = TimePosition.instant(bar < 0 ? token : token.substring(0, bar));
        if (at == null) {
            return null;
        }
        if (bar < 0) {
            return TimePosition.through(by, at);
        }
        List<String> keys = new ArrayList<>();
        for (String key : token.substring(bar + 1).split(",")) {
            if (!key.isBlank()) {
                keys.add(key.trim());
            }
        }
        return TimePosition.within(by, at, keys);
    }
}
