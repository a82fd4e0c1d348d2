package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.errors.ConnectorException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The incremental token of a Zoho read, as saved in the run result, e.g.
 * {@code modified_after=2024-05-02T08:15:00Z;created_after=2024-05-02T08:15:00Z}.
 *
 * <ul>
 *   <li>{@code modified_after} ({@code deleted_after} for archive reads): every record modified (deleted) at or
 *       before it was done, so the next run asks Zoho for what changed strictly after it
 *       ({@code If-Modified-Since} is strict, at second precision).</li>
 *   <li>{@code created_after}, create mode only: records created at or before it were all done, so the next run
 *       only sends records created after it. It trails {@code modified_after} after a run that did not finish
 *       its scan (see {@link RecordScan}); absent means every record counts as new.</li>
 * </ul>
 *
 * @param field {@code modified} or {@code deleted}
 * @param createdAfter null when not tracked or not known
 */
record ScanToken(String field, Instant after, Instant createdAfter) {
    static final String MODIFIED = "modified";
    static final String DELETED = "deleted";

    ScanToken {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(after, "after");
    }

    String format() {
        return field + "_after=" + after + (createdAfter == null ? "" : ";created_after=" + createdAfter);
    }

    /**
     * Reads a saved token; null gives null (first run).
     *
     * @throws ConnectorException a token this reader did not write (another connector's, or edited by hand)
     */
    static ScanToken parse(String token, String expectedField) {
        if (token == null || token.isBlank()) {
            return null;
        }
        Instant after = null;
        Instant created = null;
        try {
            for (String part : token.trim().split(";")) {
                int eq = part.indexOf('=');
                String key = eq < 0 ? "" : part.substring(0, eq).trim();
                Instant value = Instant.parse(part.substring(eq + 1).trim());
                if (key.equals(expectedField + "_after")) {
                    after = value;
                } else if (key.equals("created_after")) {
                    created = value;
                } else {
                    throw new IllegalArgumentException("unknown part '" + key + "'");
                }
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            after = null;
        }
        if (after == null) {
            throw new ConnectorException("The saved incremental token '" + token + "' is not one of a Zoho Recruit "
                    + "read (expected " + expectedField + "_after=<instant>): was the workflow_id used by another "
                    + "action? Use a workflow_id of its own, or reset the state of this one "
                    + "(hrflow-connectors state reset <workflow_id>) to read everything again.");
        }
        return new ScanToken(expectedField, after, created);
    }
}
