package ai.hrflow.connectors.zohorecruit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The two Recruit modules the connector reads, with the field each one keeps its last modification in. */
public enum ZohoModule {
    /** Candidates say when they changed in {@code Updated_On} (what the reference sorts and compares on). */
    CANDIDATES("Candidates", "Updated_On"),
    JOB_OPENINGS("JobOpenings", "Modified_Time");

    private final String apiName;
    private final String modifiedField;

    ZohoModule(String apiName, String modifiedField) {
        this.apiName = apiName;
        this.modifiedField = modifiedField;
    }

    /** The module's name in URLs. */
    public String apiName() {
        return apiName;
    }

    /** The field incremental scans sort on. */
    public String modifiedField() {
        return modifiedField;
    }

    /**
     * When the record last changed: the field scans sort on (the position must follow the read order), else
     * {@code Modified_Time}; null when the record carries neither or an unreadable value.
     */
    public Instant modified(JsonNode record) {
        Instant t = time(record.path(modifiedField));
        return t != null ? t : time(record.path("Modified_Time"));
    }

    /** {@code Created_Time}, or null. */
    public static Instant created(JsonNode record) {
        return time(record.path("Created_Time"));
    }

    /** A Zoho date-time ({@code 2019-11-13T17:06:38+05:30}) as an instant; null when absent or unreadable. */
    static Instant time(JsonNode value) {
        if (!value.isTextual() || value.asText().isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.asText().trim()).toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
