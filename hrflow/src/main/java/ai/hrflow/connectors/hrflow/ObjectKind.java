package ai.hrflow.connectors.hrflow;

/**
 * Profiles and jobs use the same endpoints shape: a profile lives in a source as a job lives in a board, with
 * the same indexing, archive and list calls. This enum carries the names that differ.
 */
public enum ObjectKind {
    PROFILE("profile", "source", "profiles", "return_profile"),
    JOB("job", "board", "jobs", "return_job");

    private final String object;
    private final String container;
    private final String plural;
    private final String returnParam;

    ObjectKind(String object, String container, String plural, String returnParam) {
        this.object = object;
        this.container = container;
        this.plural = plural;
        this.returnParam = returnParam;
    }

    /** {@code profile} / {@code job}: the object's name in paths and messages. */
    public String object() {
        return object;
    }

    /** {@code source} / {@code board}. */
    public String container() {
        return container;
    }

    /** {@code profiles} / {@code jobs}: plural paths and the list key of searching answers. */
    public String plural() {
        return plural;
    }

    /** {@code source_key} / {@code board_key}. */
    public String containerKey() {
        return container + "_key";
    }

    /** {@code source_keys} / {@code board_keys}, the JSON-list parameter of list calls. */
    public String containerKeys() {
        return container + "_keys";
    }

    /** {@code return_profile} / {@code return_job}: storing-list flag asking for whole objects. */
    String returnParam() {
        return returnParam;
    }
}
