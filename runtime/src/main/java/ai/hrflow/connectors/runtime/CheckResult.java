package ai.hrflow.connectors.runtime;

/**
 * The outcome of one pre-run check.
 *
 * @param side {@code origin}, {@code target} or {@code configuration}
 * @param warehouse display name of the system checked (e.g. {@code HrFlow}); empty for the configuration
 * @param name what was checked
 * @param reason why it failed, secrets masked; null when it passed
 */
public record CheckResult(String side, String warehouse, String name, boolean ok, String reason) {
    public static CheckResult passed(String side, String warehouse, String name) {
        return new CheckResult(side, warehouse, name, true, null);
    }

    public static CheckResult failed(String side, String warehouse, String name, String reason) {
        return new CheckResult(side, warehouse, name, false, reason);
    }

    /** One line: {@code target HrFlow: source 'abc' exists: ok} or {@code ...: FAILED: reason}. */
    public String line() {
        String where = warehouse == null || warehouse.isEmpty() ? side : side + " " + warehouse;
        return where + ": " + name + ": " + (ok ? "ok" : "FAILED: " + reason);
    }
}
