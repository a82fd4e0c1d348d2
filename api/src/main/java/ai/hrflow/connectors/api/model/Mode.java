package ai.hrflow.connectors.api.model;

/** A flow's mode selects both the read criteria on the origin and the write function on the target. */
public enum Mode {
    CREATE("create", "created"),
    UPDATE("update", "updated"),
    ARCHIVE("archive", "archived");

    private final String value;
    private final String pastTense;

    Mode(String value, String pastTense) {
        this.value = value;
        this.pastTense = pastTense;
    }

    public String value() {
        return value;
    }

    /** Used in flow descriptions: "Send **updated** 'profile(s)' ...". */
    public String pastTense() {
        return pastTense;
    }

    public static Mode fromValue(String value) {
        for (Mode m : values()) {
            if (m.value.equals(value)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mode '" + value + "' (expected create, update or archive)");
    }
}
