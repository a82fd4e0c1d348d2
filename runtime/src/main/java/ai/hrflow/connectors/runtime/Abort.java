package ai.hrflow.connectors.runtime;

/** Set once when the run must stop (fatal error); read by the reading thread and by writer threads. */
final class Abort {
    private volatile Reason reason;
    private volatile String message;

    synchronized void set(Reason reason, String message) {
        if (this.reason == null) {
            this.message = message;
            this.reason = reason;
        }
    }

    Reason reason() {
        return reason;
    }

    String message() {
        return message;
    }
}
