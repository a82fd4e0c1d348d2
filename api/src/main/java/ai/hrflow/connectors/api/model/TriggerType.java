package ai.hrflow.connectors.api.model;

/** How the HrFlow platform triggers a v1 action: on an event (catch, "hook") or on a schedule (pull). */
public enum TriggerType {
    CATCH("hook"),
    PULL("schedule");

    private final String value;

    TriggerType(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
