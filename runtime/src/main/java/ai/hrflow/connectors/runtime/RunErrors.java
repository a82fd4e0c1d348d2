package ai.hrflow.connectors.runtime;

import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.http.Redactor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The human-readable problems of a run, bounded: a run with a million failing items reports the first few
 * of each stage and a count, never a million lines. Item failures are logged the same way (first few at
 * WARN with their stack trace, the rest at DEBUG). Every text is cleared of the run's secret parameter values:
 * a connector's exception message may quote a request that carried one. Thread-safe.
 */
final class RunErrors {
    private static final Logger LOG = LoggerFactory.getLogger("ai.hrflow.connectors.run");
    private static final int MAX_ERRORS = 20;
    private static final int LOUD_PER_STAGE = 5;

    private final Redactor redactor;
    private final List<String> errors = new ArrayList<>();
    private final Map<Stage, Integer> perStage = new EnumMap<>(Stage.class);
    private int dropped;
    private String firstSkip;

    RunErrors(Redactor redactor) {
        this.redactor = redactor;
    }

    /** Masks the run's secrets in a text that leaves the engine (result, failures file, log line). */
    String clean(String text) {
        return redactor.redactSecrets(text);
    }

    /** {@link #describe(Throwable)} with the run's secrets masked. */
    String describeClean(Throwable e) {
        return clean(describe(e));
    }

    synchronized void add(String error) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(clean(error));
        } else {
            dropped++;
        }
    }

    synchronized void addItemFailure(Stage stage, String rawReason, Exception cause) {
        String reason = clean(rawReason);
        int n = perStage.merge(stage, 1, Integer::sum);
        if (n <= LOUD_PER_STAGE) {
            LOG.warn("Item failed at {}: {}", stage.value(), reason);
            if (cause != null && !(cause instanceof ConnectorException)) {
                // an unexpected exception (a bug in a logic or format function): its trace helps, at DEBUG only
                // because its message may quote a secret the redactor does not know
                LOG.debug("Stack trace of the item failure", cause);
            }
            add(stage.value() + ": " + reason);
        } else {
            LOG.debug("Item failed at {}: {}", stage.value(), reason);
        }
    }

    /** Remembers the first reason an item was skipped, for the run's one summary line. */
    synchronized void noteSkipped(String reason) {
        if (firstSkip == null) {
            firstSkip = clean(reason);
        }
    }

    /** The first skip reason of the run, or null. */
    synchronized String firstSkip() {
        return firstSkip;
    }

    /** Added last, always kept. */
    synchronized void addSummary(String summary) {
        errors.add(clean(summary));
    }

    synchronized List<String> list() {
        List<String> out = new ArrayList<>(errors);
        if (dropped > 0) {
            out.add("... and " + dropped + " more problem(s), see the log");
        }
        return out;
    }

    /** A one-line description of a failure: the message of our own exceptions, the type and message of others. */
    static String describe(Throwable e) {
        if (e instanceof ConnectorException) {
            return e.getMessage();
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    static boolean isFatal(Throwable e) {
        return e instanceof ConnectorException c && c.isFatal();
    }
}
