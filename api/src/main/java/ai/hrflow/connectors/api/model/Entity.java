package ai.hrflow.connectors.api.model;

/** What kind of object an aisle holds. Values match the reference's {@code Entity}. */
public enum Entity {
    JOB("job"),
    PROFILE("profile"),
    APPLICATION("application");

    private final String value;

    Entity(String value) {
        this.value = value;
    }

    /** The wire and documentation name, e.g. {@code profile}. */
    public String value() {
        return value;
    }

    public static Entity fromValue(String value) {
        for (Entity e : values()) {
            if (e.value.equals(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown entity '" + value + "' (expected job, profile or application)");
    }
}
