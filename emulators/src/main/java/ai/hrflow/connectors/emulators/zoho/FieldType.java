package ai.hrflow.connectors.emulators.zoho;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * Value types of Recruit fields and how a write checks them. A failed check becomes a per-record
 * {@code INVALID_DATA} naming {@link #expectedDataType()} (and the maximum length for too-long text).
 * {@code null} always passes here: clearing a field is legal unless it is mandatory.
 */
public enum FieldType {
    /** Single line, 255 characters. */
    TEXT("text", 255),
    /** Multi-line, small: 2,000 characters. */
    TEXTAREA("textarea", 2_000),
    /** Multi-line, large / rich text: 32,000 characters. */
    LONG_TEXTAREA("textarea", 32_000),
    EMAIL("email", 100),
    /** Phone, 30 characters. */
    PHONE("phone", 30),
    WEBSITE("website", 255),
    PICKLIST("picklist", 255),
    INTEGER("integer", 0),
    DOUBLE("double", 0),
    CURRENCY("currency", 0),
    BOOLEAN("boolean", 0),
    /** {@code yyyy-MM-dd}. */
    DATE("date", 0),
    /** ISO-8601 with offset. */
    DATETIME("datetime", 0),
    /** {@code {"id": "..."}} of a record of another module. */
    LOOKUP("lookup", 0),
    /** {@code {"id": "..."}} of a user of the org (checked against the org's users). */
    USER_LOOKUP("ownerlookup", 0),
    /** An array of user lookups. */
    MULTI_USER_LOOKUP("multiuserlookup", 0),
    /** A lookup that some payloads carry as plain text ({@code Client_Name}, contract §4.2 [?]). */
    TEXT_OR_LOOKUP("lookup", 255),
    /** Tags: strings or {@code {"name": ...}} objects (contract §4.1 [?]). */
    TAGS("jsonarray", 0),
    /** A subform: an array of row objects checked against the subform's own fields. */
    SUBFORM("subform", 0),
    /** A {@code {from, to}} object of strings; their format is unverified (contract §4.3 [?]). */
    DURATION("jsonobject", 0);

    private static final Pattern EMAIL_SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final String expectedDataType;
    private final int maxLength;

    FieldType(String expectedDataType, int maxLength) {
        this.expectedDataType = expectedDataType;
        this.maxLength = maxLength;
    }

    /** The {@code expected_data_type} reported when a value does not fit. */
    public String expectedDataType() {
        return expectedDataType;
    }

    /** Maximum characters for text types, 0 when not applicable. */
    public int maxLength() {
        return maxLength;
    }

    /** Whether the value has the right JSON type and shape (length is checked apart, see {@link #tooLong}). */
    boolean accepts(JsonNode v) {
        if (v == null || v.isNull()) {
            return true;
        }
        return switch (this) {
            case TEXT, TEXTAREA, LONG_TEXTAREA, PHONE, WEBSITE, PICKLIST -> v.isTextual();
            case EMAIL -> v.isTextual() && EMAIL_SHAPE.matcher(v.asText()).matches();
            case INTEGER -> v.isIntegralNumber();
            case DOUBLE, CURRENCY -> v.isNumber();
            case BOOLEAN -> v.isBoolean();
            case DATE -> v.isTextual() && ZohoTime.isDate(v.asText());
            case DATETIME -> v.isTextual() && ZohoTime.isDateTime(v.asText());
            case LOOKUP, USER_LOOKUP -> isLookup(v);
            case MULTI_USER_LOOKUP -> v.isArray() && all(v, FieldType::isLookup);
            case TEXT_OR_LOOKUP -> v.isTextual() || isLookup(v);
            case TAGS -> v.isArray() && all(v, t -> t.isTextual() || t.path("name").isTextual());
            case SUBFORM -> v.isArray() && all(v, JsonNode::isObject);
            case DURATION -> v.isObject() && textOrNull(v.get("from")) && textOrNull(v.get("to"));
        };
    }

    boolean tooLong(JsonNode v) {
        return maxLength > 0 && v != null && v.isTextual() && v.asText().length() > maxLength;
    }

    private static boolean isLookup(JsonNode v) {
        JsonNode id = v.get("id");
        return v.isObject() && id != null && (id.isTextual() || id.isIntegralNumber()) && id.asText().matches("\\d{1,19}");
    }

    private static boolean textOrNull(JsonNode v) {
        return v == null || v.isNull() || v.isTextual();
    }

    private static boolean all(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode e : array) {
            if (!test.test(e)) {
                return false;
            }
        }
        return true;
    }
}
