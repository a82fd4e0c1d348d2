package ai.hrflow.connectors.cli;

import java.util.regex.Pattern;

/** Descriptions as a terminal shows them: the reference writes them in markdown, on several lines. */
final class PlainText {
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w])_([^_\\s][^_]*?)_(?![\\w])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PlainText() {
    }

    /** One line, markdown emphasis removed. */
    static String line(String markdown) {
        if (markdown == null) {
            return "";
        }
        String text = BOLD.matcher(markdown).replaceAll("$1");
        text = EMPHASIS.matcher(text).replaceAll("$1");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
