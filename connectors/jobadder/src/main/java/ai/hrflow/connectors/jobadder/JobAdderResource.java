package ai.hrflow.connectors.jobadder;

/** The JobAdder collections this connector reads: their path under the API base and their id field. */
public enum JobAdderResource {
    CANDIDATES("candidates", "candidateId", "candidate"),
    JOBS("jobs", "jobId", "job");

    private final String path;
    private final String idField;
    private final String singular;

    JobAdderResource(String path, String idField, String singular) {
        this.path = path;
        this.idField = idField;
        this.singular = singular;
    }

    /** Relative to the API base, e.g. {@code candidates}. */
    public String path() {
        return path;
    }

    /** {@code candidateId} or {@code jobId}. */
    public String idField() {
        return idField;
    }

    /** For messages: {@code candidate}, {@code job}. */
    public String singular() {
        return singular;
    }
}
