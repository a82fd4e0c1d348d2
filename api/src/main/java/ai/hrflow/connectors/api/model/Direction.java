package ai.hrflow.connectors.api.model;

/** Inbound moves data from the connector's system into HrFlow; outbound the other way. */
public enum Direction {
    INBOUND("inbound"),
    OUTBOUND("outbound");

    private final String value;

    Direction(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
