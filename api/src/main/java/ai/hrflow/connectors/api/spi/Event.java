package ai.hrflow.connectors.api.spi;

/**
 * Counted events of a run. The reference's v2 names, plus our additions, which the reference does not count:
 * {@code write_success} (items the target confirmed), {@code write_skipped} (items the target already had, e.g. a
 * duplicate HrFlow reference or a duplicate an ATS refuses on purpose: done, neither written nor failed) and
 * {@code parked} (items set aside after failing in several consecutive runs, see {@code park_after}; such an item
 * is also counted at the stage where it failed in this run).
 */
public enum Event {
    READ_SUCCESS("read_success"),
    READ_FAILURE("read_failure"),
    FORMAT_FAILURE("format_failure"),
    LOGICS_DISCARD("logics_discard"),
    LOGICS_FAILURE("logics_failure"),
    WRITE_FAILURE("write_failure"),
    CALLBACK_FAILURE("callback_failure"),
    CALLBACK_EXECUTED("callback_executed"),
    GETTING_INCREMENTAL_TOKEN_FAILURE("getting_incremental_token_failure"),
    WRITE_SUCCESS("write_success"),
    WRITE_SKIPPED("write_skipped"),
    PARKED("parked");

    private final String value;

    Event(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Event fromValue(String value) {
        for (Event e : values()) {
            if (e.value.equals(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown event '" + value + "'");
    }
}
