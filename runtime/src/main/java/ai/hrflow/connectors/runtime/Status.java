package ai.hrflow.connectors.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Outcome of a run. Values match the reference, plus our {@code running}: the status of a result the engine
 * saves during a run, with the position and counters so far. A saved result still {@code running} when no run
 * holds the workflow's lock is that of a run that was killed; the next run starts from its position.
 * A run never returns it.
 */
public enum Status {
    SUCCESS("success"),
    SUCCESS_WITH_FAILURES("success_with_failures"),
    FATAL("fatal"),
    RUNNING("running");

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
