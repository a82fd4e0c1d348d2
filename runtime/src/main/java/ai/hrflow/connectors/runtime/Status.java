package ai.hrflow.connectors.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Outcome of a run. Values match the reference. */
public enum Status {
    SUCCESS("success"),
    SUCCESS_WITH_FAILURES("success_with_failures"),
    FATAL("fatal");

    private final String value;

    Status(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    public static Status fromValue(String value) {
        for (Status s : values()) {
            if (s.value.equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + value + "'");
    }
}
