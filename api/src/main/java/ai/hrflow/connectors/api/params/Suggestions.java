package ai.hrflow.connectors.api.params;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt keys: the closest known key by edit distance, if it is close enough. */
public final class Suggestions {
    private Suggestions() {
    }

    public static Optional<String> closest(String given, Collection<String> known) {
        String normalizedGiven = normalize(given);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            String normalized = normalize(candidate);
            if (normalized.equals(normalizedGiven)) {
                return Optional.of(candidate);
            }
            int d = distance(normalizedGiven, normalized);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(3, given.length() / 3));
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /** clientId, client-id and CLIENT_ID all mean client_id. */
    private static String normalize(String key) {
        return key.replaceAll("[-_ ]", "").toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance with two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
