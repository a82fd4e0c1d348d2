package ai.hrflow.connectors.hrflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where an incremental read of a source or board stands: the {@code updated_at} of the last object read and the
 * keys of the objects read at exactly that instant. HrFlow's timestamps have one-second resolution, so several
 * objects share an instant; the keys let the next run skip those it already has without skipping the others.
 *
 * <p>Text form: {@code 2024-05-02T10:00:00Z|key1,key2} (keys are 40-hex, free of both separators). At most
 * {@link #MAX_KEYS} keys are kept: past that, the objects of that one instant not listed are read again by the
 * next run (a duplicate, never a loss).
 */
record IncrementalToken(Instant at, Set<String> keys) {
    static final int MAX_KEYS = 100;

    IncrementalToken {
        keys = Set.copyOf(keys);
    }

    /** The token after reading objects {@code keys} (in read order) at {@code at}, capped to {@link #MAX_KEYS}. */
    static String encode(Instant at, Collection<String> keys) {
        List<String> kept = new ArrayList<>(Math.min(keys.size(), MAX_KEYS));
        for (String key : keys) {
            if (kept.size() == MAX_KEYS) {
                break;
            }
            kept.add(key);
        }
        return at + "|" + String.join(",", kept);
    }

    /**
     * Reads a token written by {@link #encode}, or a bare timestamp given by hand (ISO-8601, HrFlow's format
     * included).
     *
     * @throws IllegalArgumentException naming the expected form
     */
    static IncrementalToken decode(String token) {
        int bar = token.indexOf('|');
        String time = bar < 0 ? token : token.substring(0, bar);
        Instant at = HrFlowTimes.parse(time);
        if (at == null) {
            throw new IllegalArgumentException("incremental token '" + token + "' is not an HrFlow token: expected"
                    + " <updated_at ISO-8601>|<keys read at that instant, comma-separated>");
        }
        Set<String> keys = new LinkedHashSet<>();
        if (bar >= 0) {
            for (String key : token.substring(bar + 1).split(",")) {
                if (!key.isBlank()) {
                    keys.add(key.trim());
                }
            }
        }
        return new IncrementalToken(at, keys);
    }
}
