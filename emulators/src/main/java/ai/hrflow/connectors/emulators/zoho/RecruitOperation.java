package ai.hrflow.connectors.emulators.zoho;

/**
 * The Records API calls the emulator counts, with their API-credit cost (contract §3.11) and the scope
 * operation they need (§2.6).
 */
public enum RecruitOperation {
    LIST("READ"),
    GET("READ"),
    DELETED("READ"),
    SEARCH("READ"),
    INSERT("CREATE"),
    UPDATE("UPDATE"),
    UPSERT("CREATE", "UPDATE"),
    DELETE("DELETE");

    private final String[] scopeOperations;

    RecruitOperation(String... scopeOperations) {
        this.scopeOperations = scopeOperations;
    }

    /** Every scope operation the call needs ({@code WRITE} and {@code ALL} cover several, see {@code Scopes}). */
    String[] scopeOperations() {
        return scopeOperations.clone();
    }

    boolean isWrite() {
        return this == INSERT || this == UPDATE || this == UPSERT;
    }

    /**
     * Credits charged: most calls 1, a list with a custom view 3, deleted records 2, record writes 1 per 10
     * records (rounded up, at least 1).
     */
    int cost(int records, boolean customView) {
        return switch (this) {
            case LIST -> customView ? 3 : 1;
            case DELETED -> 2;
            case INSERT, UPDATE, UPSERT -> Math.max(1, (records + 9) / 10);
            default -> 1;
        };
    }
}
