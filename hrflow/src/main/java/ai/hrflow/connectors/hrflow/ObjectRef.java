package ai.hrflow.connectors.hrflow;

import java.util.Objects;

/**
 * How a call names one profile or job: by HrFlow {@code key} or by the customer's {@code reference} (unique per
 * source or board).
 *
 * @param field {@code key} or {@code reference}, the parameter name the API takes
 * @param value the key or reference
 */
public record ObjectRef(String field, String value) {
    public ObjectRef {
        if (!"key".equals(field) && !"reference".equals(field)) {
            throw new IllegalArgumentException("field must be key or reference: " + field);
        }
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    public static ObjectRef key(String key) {
        return new ObjectRef("key", key);
    }

    public static ObjectRef reference(String reference) {
        return new ObjectRef("reference", reference);
    }

    public boolean isReference() {
        return "reference".equals(field);
    }

    /** {@code reference cand-42}, the way messages name it. */
    @Override
    public String toString() {
        return field + " " + value;
    }
}
