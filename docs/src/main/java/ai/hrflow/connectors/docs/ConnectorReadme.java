package ai.hrflow.connectors.docs;

import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.Connector;

/**
 * A connector module's {@code README.md}. Created from a template when absent; afterwards only the actions
 * table between the two markers is regenerated, so everything written by hand (notably the differences
 * from the reference) survives regeneration. Unlike the reference, which recognised its section by a
 * heading and an HTML tag, the markers are explicit and a README without them is an error, never a guess.
 */
final class ConnectorReadme {
    static final String START = "<!-- actions:start -->";
    static final String END = "<!-- actions:end -->";

    private ConnectorReadme() {
    }

    /**
     * @param existing the committed README, or null when there is none
     * @param file how to name the README in errors
     * @throws DocsException when {@code existing} lacks the markers or has them twice or out of order
     */
    static String render(Connector connector, String existing, String file) {
        String table = actionsTable(connector);
        if (existing == null) {
            return template(connector, table);
        }
        int start = existing.indexOf(START);
        int end = existing.indexOf(END);
        if (start < 0 || end < 0) {
            throw new DocsException(file + " has no " + (start < 0 ? START : END) + " marker: put " + START
                    + " and " + END + " on their own lines where the generated actions table goes (or delete "
                    + "the file to start again from the template)");
        }
        if (existing.indexOf(START, start + 1) >= 0 || existing.indexOf(END, end + 1) >= 0 || end < start) {
            throw new DocsException(file + " must contain " + START + " once, followed by " + END + " once");
        }
        return existing.substring(0, start + START.length()) + "\n" + table + existing.substring(end);
    }

    static String actionsTable(Connector connector) {
        StringBuilder out = new StringBuilder("| Action | Description |\n| ------ | ----------- |\n");
        for (Action action : connector.actions()) {
            out.append("| [**").append(DocNames.title(action.name())).append("**](")
                    .append(DocNames.docPath(action.name())).append(") | ").append(cell(action.description()))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** Our own table, not a seed's: keep each row on one line and each cell whole. */
    private static String cell(String text) {
        return text.replace("\r", "").replace("\n", " ").replace("|", "\\|");
    }

    private static String template(Connector connector, String table) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(connector.name()).append(" connector\n\n");
        if (!connector.description().isBlank()) {
            out.append(connector.description()).append("\n\n");
        }
        out.append("- **Type**: ").append(connector.type().value()).append('\n');
        out.append("- **Subtype**: `").append(connector.subtype()).append("`\n");
        if (!connector.url().isBlank()) {
            out.append("- **Link**: ").append(connector.url()).append('\n');
        }
        out.append("\n## Connector actions\n\n");
        out.append(START).append('\n').append(table).append(END).append('\n');
        out.append("\n## Differences from the reference\n\n");
        out.append("<!-- Written by hand, kept when the docs are regenerated: what this connector does ")
                .append("differently from HrFlow.ai's Python connector. -->\n");
        return out.toString();
    }
}
