package ai.hrflow.connectors.api.mapping;

import java.util.regex.Pattern;

/**
 * A person's name as the formats write it: every part with its whitespace collapsed (tabs, line breaks and
 * non-breaking spaces included), the full name split on its last space ({@code "Mary  Ann\tSmith"} → first
 * {@code "Mary Ann"}, last {@code "Smith"}) when a part is missing, and a name of one word kept as the first
 * name.
 *
 * <p>No name at all: the e-mail's local part stands in ({@code jane.doe@x.io} → full and last name
 * {@code "jane.doe"}), so the recruiter still finds the person; with no e-mail either, {@link #of} throws a
 * {@link MappingException} and the item is a format failure with that reason. A blank {@code full_name} is never
 * written.
 *
 * @param full  the full name, never blank
 * @param first the first name(s), or null
 * @param last  the last name, or null (a one-word name)
 */
public record PersonName(String full, String first, String last) {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    /**
     * The name from whatever parts a record has: first and last when present, the full name split otherwise.
     *
     * @param what what the record is, for the failure message ({@code "HrFlow profile 42"})
     * @throws MappingException when there is no name and no e-mail
     */
    public static PersonName of(String first, String last, String full, String email, String what) {
        String f = clean(first);
        String l = clean(last);
        String whole = clean(full);
        if ((f == null || l == null) && whole != null) {
            int space = whole.lastIndexOf(' ');
            if (space < 0 && f == null && l == null) {
                return new PersonName(whole, whole, null);
            }
            if (space >= 0) { // a missing part comes from the full name: first_name "Ann", full_name "Ann Lee"
                f = f != null ? f : whole.substring(0, space);
                l = l != null ? l : whole.substring(space + 1);
            }
        }
        if (f != null || l != null) {
            String joined = f == null ? l : l == null ? f : f + " " + l;
            return new PersonName(whole != null ? whole : joined, f, l);
        }
        String local = localPart(email);
        if (local == null) {
            throw new MappingException(what + " has no name (first, last or full name) and no e-mail to stand in "
                    + "for it");
        }
        return new PersonName(local, null, local);
    }

    /** The text with whitespace runs as one space, trimmed; null when blank. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String t = SPACES.matcher(text).replaceAll(" ").trim();
        return t.isEmpty() ? null : t;
    }

    private static String localPart(String email) {
        String e = clean(email);
        int at = e == null ? -1 : e.indexOf('@');
        return at <= 0 ? null : e.substring(0, at);
    }
}
