package ai.hrflow.connectors.jobadder;

import ai.hrflow.connectors.api.errors.ConnectorException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The incremental token of a JobAdder read, as saved in the run result: {@code updated_after=<instant>} (update
 * and archive reads, and the v1 pulls) or {@code created_after=<instant>} (create reads). It promises that every
 * record whose time is at or before the instant was done (written, discarded, or not wanted by the mode), so
 * the next run asks for what is strictly after it.
 *
 * @param field {@code updated} or {@code created}
 */
record ScanToken(String field, Instant after) {
    static final String UPDATED = "updated";
    static final String CREATED = "created";

    ScanToken {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(after, "after");
    }

    String format() {
        return field + "_after=" + after;
    }

    /**
     * Reads a saved token; null or blank gives null (first run).
     *
     * @throws ConnectorException a token this reader did not write (another action's, or edited by hand)
     */
    static ScanToken parse(String token, String expectedField) {
        if (token == null || token.isBlank()) {
            return null;
        }
        String prefix = expectedField + "_after=";
        String t = token.trim();
        if (t.startsWith(prefix)) {
            try {
                return new ScanToken(expectedField, Instant.parse(t.substring(prefix.length()).trim()));
            } catch (DateTimeParseException e) {
                // reported below like any foreign token
            }
        }
        throw new ConnectorException("The saved incremental token '" + token + "' is not one of a JobAdder read in"
                + " this mode (expected " + prefix + "<instant>): was the workflow_id used by another action? Give"
                + " each action its own workflow_id, or reset the state of this one (hrflow-connectors state reset"
                + " <workflow_id>) to read everything again.");
    }
}
