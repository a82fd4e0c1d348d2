package ai.hrflow.connectors.api.mapping;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Skill lists as people type them: {@code "Java, SQL; Go | Docker / K8s"}, one per line, or bulleted
 * ({@code •}, {@code ·}, {@code -}, {@code *} at the start of a line). Each skill is trimmed, blank ones are dropped,
 * and a skill already listed under another case or accents ({@code "java"} after {@code "Java"}, {@code "Cafe"}
 * after {@code "Café"}) is dropped too: the first spelling is kept.
 *
 * <p>A slash between two short upper-case words ({@code CI/CD}, {@code PL/SQL}, {@code TCP/IP}, {@code UI/UX})
 * is part of the skill's name and does not split it; {@code Java/Python} is two skills.
 */
public final class Skills {
    private static final Pattern BULLET = Pattern.compile("(?m)^\\s*[-*•·▪◦‣]+\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("[,;|\\n\\r•·▪◦‣]+");
    private static final Pattern ACRONYM_SLASH = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}{1,4})/(\\p{Lu}{1,4})"
            + "(?![\\p{L}\\d])");
    private static final char KEPT_SLASH = '\u0000';
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private Skills() {
    }

    /** The skills in a free-text list, split, trimmed, blank and repeated ones dropped. */
    public static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String t = BULLET.matcher(text).replaceAll("\n");
        t = ACRONYM_SLASH.matcher(t).replaceAll("$1" + KEPT_SLASH + "$2");
        List<String> out = new ArrayList<>();
        for (String part : SEPARATOR.split(t)) {
            for (String skill : part.split("/")) {
                out.add(skill.replace(KEPT_SLASH, '/'));
            }
        }
        return distinct(out);
    }

    /** Each value split as {@link #split(String)} does, then de-duplicated across values (first spelling kept). */
    public static List<String> splitAll(Collection<String> values) {
        List<String> out = new ArrayList<>();
        for (String value : values) {
            out.addAll(split(value));
        }
        return distinct(out);
    }

    /** Trimmed, blanks dropped, repeats (ignoring case and accents) dropped; first spelling kept. */
    public static List<String> distinct(Collection<String> names) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : names) {
            String clean = name == null ? "" : SPACES.matcher(name).replaceAll(" ").trim();
            if (!clean.isEmpty()) {
                kept.putIfAbsent(key(clean), clean);
            }
        }
        return List.copyOf(kept.values());
    }

    /** The comparison key: lower case, without accents. */
    static String key(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
