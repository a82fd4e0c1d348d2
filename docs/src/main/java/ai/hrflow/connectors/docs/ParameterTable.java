package ai.hrflow.connectors.docs;

import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterDocs;
import ai.hrflow.connectors.api.params.ParameterSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference's parameter tables, character for character: the seeds are the contract, so the spacing
 * (two spaces after an optional field's name), the raw multi-line descriptions and the Python-style
 * defaults are reproduced as they are, quirks included.
 */
final class ParameterTable {
    static final String HEADER = "| Field | Type | Default | Description |\n"
            + "| ----- | ---- | ------- | ----------- |\n";
    static final String LEGEND = ":red_circle: : *required*\n";

    private ParameterTable() {
    }

    /** {@code ## heading}, a blank line, the table; every line ends with a newline. */
    static String section(String heading, List<TableRow> rows) {
        StringBuilder out = new StringBuilder("## ").append(heading).append("\n\n").append(HEADER);
        for (TableRow row : rows) {
            out.append(row(row)).append('\n');
        }
        return out.toString();
    }

    static String row(TableRow row) {
        // The reference's template is "`name` {marker} |": an optional field leaves two spaces before the pipe.
        String field = "`" + row.name() + "` " + (row.required() ? ":red_circle:" : "");
        return "| " + field + " | `" + row.type() + "` | " + row.defaultCell() + " | " + row.description() + " |";
    }

    /** v1 rows (Python type names, {@code str(default)}), hidden parameters left out. */
    static List<TableRow> v1Rows(ParameterSet set) {
        List<TableRow> rows = new ArrayList<>();
        for (Parameter p : visible(set)) {
            rows.add(new TableRow(p.name(), ParameterDocs.shownRequired(p), escape(ParameterDocs.v1Type(p)),
                    ParameterDocs.v1Default(p), p.description()));
        }
        return rows;
    }

    /** v2 rows (JSON Schema types, unions joined by an escaped pipe), hidden parameters left out. */
    static List<TableRow> v2Rows(ParameterSet set) {
        List<TableRow> rows = new ArrayList<>();
        for (Parameter p : visible(set)) {
            rows.add(new TableRow(p.name(), ParameterDocs.shownRequired(p), escape(ParameterDocs.v2Type(p)),
                    ParameterDocs.v2Default(p), p.description()));
        }
        return rows;
    }

    static List<Parameter> visible(ParameterSet set) {
        return set.parameters().stream().filter(p -> !ParameterDocs.hidden(p)).toList();
    }

    /**
     * A bare {@code |} would end the cell early, even inside back-quotes. Only the type cell is escaped:
     * descriptions are the reference's raw text and the seeds show them unescaped.
     */
    static String escape(String cell) {
        return cell.replace("|", "\\|");
    }
}
