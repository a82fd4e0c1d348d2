package ai.hrflow.connectors.runtime;

/** Where an item failed, as written in the failures file. */
public enum Stage {
    READ("read"),
    LOGICS("logics"),
    FORMAT("format"),
    WRITE("write");

    private final String value;

    Stage(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
