package ai.hrflow.connectors.docs;

import java.util.Locale;

/** Names derived from an action name, the reference's way. */
final class DocNames {
    private DocNames() {
    }

    /**
     * The doc title: first letter upper-cased, {@code _} → space ({@code push_profile_list} →
     * {@code Push profile list}). The reference's Jinja {@code title} filter does not split on {@code _},
     * so only the first word is capitalised.
     */
    static String title(String actionName) {
        if (actionName.isEmpty()) {
            return actionName;
        }
        String spaced = actionName.replace('_', ' ');
        return spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }

    /** {@code push_profile_list} → {@code PushProfileList}, for the Java example's class. */
    static String javaClassName(String actionName) {
        StringBuilder out = new StringBuilder();
        for (String word : actionName.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        if (out.length() == 0 || !Character.isJavaIdentifierStart(out.charAt(0))) {
            out.insert(0, "Action");
        }
        return out.toString();
    }

    /** The doc's path inside the connector module. */
    static String docPath(String actionName) {
        return "docs/" + actionName + ".md";
    }
}
