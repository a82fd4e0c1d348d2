package ai.hrflow.connectors.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a run is fatal. The reference's v2 values, plus {@code bad_action_parameters} (v1) and our own
 * {@code workflow_locked} (another run of the same workflow_id holds the lock) and
 * {@code state_store_failure} (the state could not be read or saved), {@code interrupted} (the run was asked
 * to stop, e.g. SIGTERM: it stopped reading, finished or abandoned its writes and saved where it got to) and
 * {@code failures_file_failure} (a failed item could not be written to the failures file: the run stops
 * rather than lose track of it; the position never passes it).
 */
public enum Reason {
    NONE("none"),
    WORKFLOW_ID_NOT_FOUND("workflow_id_not_found"),
    ORIGIN_IS_NOT_READABLE("origin_is_not_readable"),
    TARGET_IS_NOT_WRITABLE("target_is_not_writable"),
    ORIGIN_DOES_NOT_SUPPORT_INCREMENTAL("origin_does_not_support_incremental"),
    BACKEND_NOT_CONFIGURED("backend_not_configured"),
    EVENT_PARSING_FAILURE("event_parsing_failure"),
    GETTING_INCREMENTAL_TOKEN_FAILURE("getting_incremental_token_failure"),
    MODE_NOT_SUPPORTED_BY_ORIGIN("mode_not_supported_by_origin"),
    MODE_NOT_SUPPORTED_BY_TARGET("mode_not_supported_by_target"),
    BAD_ACTION_PARAMETERS("bad_action_parameters"),
    BAD_ORIGIN_PARAMETERS("bad_origin_parameters"),
    BAD_TARGET_PARAMETERS("bad_target_parameters"),
    FORMAT_FAILURE("format_failure"),
    LOGICS_FAILURE("logics_failure"),
    READ_FAILURE("read_failure"),
    WRITE_FAILURE("write_failure"),
    WORKFLOW_LOCKED("workflow_locked"),
    STATE_STORE_FAILURE("state_store_failure"),
    INTERRUPTED("interrupted"),
    FAILURES_FILE_FAILURE("failures_file_failure");

    private final String value;

    Reason(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    public static Reason fromValue(String value) {
        for (Reason r : values()) {
            if (r.value.equals(value)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown reason '" + value + "'");
    }
}
