package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.spi.Format;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The archive flows' default formats: only the record id travels, as the HrFlow {@code reference} inbound and
 * as the Zoho {@code id} outbound. An item without one fails in the format, with a reason, rather than reaching
 * the target as an empty object.
 */
public final class ArchiveFormats {

    /** A deleted Zoho record ({@code /deleted} entry) → {@code {"reference": <id>}}. */
    public static final Format ARCHIVE_IN_HRFLOW = Format.named("format_archive_in_hrflow", ArchiveFormats.class,
            record -> Json.object().put("reference", required(record, "id", "deleted Zoho record")));

    /** An HrFlow profile → {@code {"id": <reference>}}, the candidate to delete. */
    public static final Format ARCHIVE_IN_ZOHO = Format.named("format_archive_in_zoho", ArchiveFormats.class,
            profile -> Json.object().put("id", required(profile, "reference", "HrFlow profile")));

    private ArchiveFormats() {
    }

    private static String required(ObjectNode item, String key, String what) {
        String value = Fields.text(item, key);
        if (value == null) {
            throw new IllegalArgumentException("the " + what + " has no " + key);
        }
        return value;
    }
}
