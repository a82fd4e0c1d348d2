package ai.hrflow.connectors.core.run;

import ai.hrflow.connectors.core.errors.ConnectorException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The human-readable problems of a run, bounded: a run with a million failing items reports the first few
 * of each stage and a count, never a million lines. Item failures are logged the same way (first few at
 * WARN with their stack trace, the rest at DEBUG). Thread-safe.
 */
final class RunErrors {
    private static final Logger LOG = LoggerFactory.getLogger("ai.hrflow.connectors.run");
    private static final int MAX_ERRORS = 20;
    private static final int LOUD_PER_STAGE = 5;

    private final List<String> errors = new ArrayList<>();
    private final Map<Stage, Integer> perStage = new EnumMap<>(Stage.class);
    private int dropped;

    synchronized void add(String error) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(error);
        } else {
            dropped++;
        }
    }

    synchronized void addItemFailure(Stage stage, String reason, Exception cause) {
        int n = perStage.merge(stage, 1, Integer::sum);
        if (n <= LOUD_PER_STAGE) {
            if (cause != null && !(cause instanceof ConnectorException)) {
                LOG.warn("Item failed at {}: {}", stage.value(), reason, cause);
            } else {
                LOG.warn("Item failed at {}: {}", stage.value(), reason);
            }
            add(stage.value() + ": " + reason);
        } else {
            LOG.debug("Item failed at {}: {}", stage.value(), reason);
        }
    }

    /** Added last, always kept. */
    synchronized void addSummary(String summary) {
        errors.add(summary);
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
