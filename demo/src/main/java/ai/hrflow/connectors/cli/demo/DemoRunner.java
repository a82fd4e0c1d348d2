package ai.hrflow.connectors.cli.demo;

import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.model.Connectors;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the demo's actions and keeps score: each run is printed as one line (items read, written, failed, time,
 * status), and each expectation checked against the emulators' state is printed under it. The demo fails (exit 2)
 * when a run is fatal or an expectation does not hold, so it doubles as an end-to-end smoke test.
 */
final class DemoRunner {
    private final Connectors connectors;
    private final RunEnvironment env;
    private final PrintStream out;
    private final List<String> problems = new ArrayList<>();
    private int step;

    DemoRunner(Connectors connectors, RunEnvironment env, PrintStream out) {
        this.connectors = connectors;
        this.env = env;
        this.out = out;
    }

    /** Runs {@code connector.action} and prints its line; a fatal result is recorded as a problem. */
    RunResult run(String title, String connector, String actionName, ActionRequest request) {
        return run(title, connector, actionName, request, null);
    }

    /**
     * Runs and prints as {@link #run(String, String, String, ActionRequest)}; with {@code expected} non-null, a
     * different status is the problem (the demo shows refusals on purpose, e.g. a duplicate).
     */
    RunResult run(String title, String connector, String actionName, ActionRequest request, Status expected) {
        step++;
        Action action = action(connector, actionName);
        long start = System.nanoTime();
        RunResult result = env.run(action, request);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long read = result.count(Event.READ_SUCCESS);
        long failed = result.count(Event.READ_FAILURE) + result.count(Event.LOGICS_FAILURE)
                + result.count(Event.FORMAT_FAILURE) + result.count(Event.WRITE_FAILURE);
        long skipped = result.count(Event.WRITE_SKIPPED);
        out.printf(Locale.ROOT, "%2d. %-58s read %4d  written %4d  failed %3d  %6.2f s  %s%s%n", step, title, read,
                result.count(Event.WRITE_SUCCESS), failed, took.toMillis() / 1000.0, result.status().value(),
                skipped == 0 ? "" : " (skipped " + skipped + ": the target had it)");
        out.printf("    %s %s%n", connector, actionName);
        if (expected != null) {
            result.errors().stream().limit(2).forEach(e -> out.println("    · " + e));
            if (result.status() != expected) {
                problems.add(title + ": expected " + expected.value() + ", got " + result.status().value());
            }
        } else if (result.isFatal()) {
            problems.add(title + ": fatal (" + result.reason().value() + ") " + String.join("; ", result.errors()));
            result.errors().forEach(e -> out.println("    ! " + e));
        }
        return result;
    }

    Action action(String connector, String actionName) {
        return connectors.find(connector).flatMap(c -> c.action(actionName))
                .orElseThrow(() -> new IllegalStateException("the demo needs " + connector + "." + actionName
                        + ", which is not on the class path"));
    }

    /** Prints a change made in an emulator as a recruiter would (not a run). */
    void note(String text) {
        out.println("    ~ " + text);
    }

    /** Checks what the emulators hold after a run. */
    void expect(String what, long expected, long actual) {
        if (expected == actual) {
            out.printf("    ✓ %s: %d%n", what, actual);
        } else {
            out.printf("    ✗ %s: expected %d, got %d%n", what, expected, actual);
            problems.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    List<String> problems() {
        return problems;
    }
}
