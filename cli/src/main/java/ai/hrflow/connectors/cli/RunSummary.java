package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.Reason;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/** The lines a run ends with on standard error, for whoever watches it (the JSON result is on standard output). */
final class RunSummary {
    private static final int MAX_ERRORS_SHOWN = 5;

    private RunSummary() {
    }

    static void print(RunResult result, PrintStream err) {
        err.println(HrFlowConnectorsCli.NAME + ": " + line(result));
        if (result.status() == Status.SUCCESS) {
            return;
        }
        // The failures file is named on the line above already.
        List<String> errors = result.errors().stream()
                .filter(e -> result.failuresFile() == null || !e.endsWith(" recorded in " + result.failuresFile()))
                .toList();
        errors.stream().limit(MAX_ERRORS_SHOWN).forEach(e -> err.println("  - " + Redactor.redact(e)));
        if (errors.size() > MAX_ERRORS_SHOWN) {
            err.println("  ... " + (errors.size() - MAX_ERRORS_SHOWN) + " more in the result");
        }
    }

    /** The summary as one log event, for the JSON log format (the errors are in the result on standard output). */
    static void log(RunResult result) {
        LoggerFactory.getLogger(RunSummary.class).info("{}", Redactor.redact(line(result)));
    }

    static String line(RunResult r) {
        long failed = r.count(Event.READ_FAILURE) + r.count(Event.LOGICS_FAILURE) + r.count(Event.FORMAT_FAILURE)
                + r.count(Event.WRITE_FAILURE);
        Duration elapsed = r.startedAt() == null || r.finishedAt() == null ? Duration.ZERO
                : Duration.between(r.startedAt(), r.finishedAt());
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        String status = r.status().value() + (r.reason() == Reason.NONE ? "" : " (" + r.reason().value() + ")");
        long parked = r.count(Event.PARKED);
        return String.format(Locale.ROOT, "%s: read %,d, written %,d, skipped %,d, failed %,d, discarded %,d%s in "
                + "%.1fs (%,.1f items/s)%s%s", status, r.count(Event.READ_SUCCESS), r.count(Event.WRITE_SUCCESS),
                r.count(Event.WRITE_SKIPPED), failed, r.count(Event.LOGICS_DISCARD),
                parked == 0 ? "" : String.format(Locale.ROOT, ", parked %,d (see state failures %s)", parked,
                        r.workflowId()),
                elapsed.toMillis() / 1000.0, r.count(Event.READ_SUCCESS) / seconds,
                r.persist() ? "" : ", dry run: nothing written",
                r.failuresFile() == null ? "" : "; failed items in " + r.failuresFile());
    }
}
