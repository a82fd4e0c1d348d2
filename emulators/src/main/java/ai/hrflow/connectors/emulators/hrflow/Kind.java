package ai.hrflow.connectors.emulators.hrflow;

/**
 * Profiles and jobs behave alike in the HrFlow API: a profile lives in a source as a job lives in a board, with
 * the same indexing, archive and listing endpoints. One enum carries the names that differ.
 */
enum Kind {
    PROFILE("profile", "Profile", "source", "Source", "profiles", "return_profile"),
    JOB("job", "Job", "board", "Board", "jobs", "return_job");

    /** {@code profile}: object name in paths ({@code /profile/indexing}) and messages. */
    final String object;
    final String title;
    /** {@code source}: the container's object name. */
    final String container;
    final String containerTitle;
    /** {@code profiles}: list key in searching answers and plural paths. */
    final String plural;
    /** {@code return_profile}: storing-list flag for full objects. */
    final String returnParam;

    Kind(String object, String title, String container, String containerTitle, String plural, String returnParam) {
        this.object = object;
        this.title = title;
        this.container = container;
        this.containerTitle = containerTitle;
        this.plural = plural;
        this.returnParam = returnParam;
    }

    /** {@code source_key}. */
    String containerKeyParam() {
        return container + "_key";
    }

    /** {@code source_keys}. */
    String containerKeysParam() {
        return container + "_keys";
    }
}
