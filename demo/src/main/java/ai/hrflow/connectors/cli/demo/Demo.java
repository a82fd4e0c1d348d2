package ai.hrflow.connectors.cli.demo;

import ai.hrflow.connectors.api.model.Connectors;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.state.LocalJsonStateStore;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo: starts the emulators, runs each system's scenario with a fresh state and failures directory, prints
 * the outcome. Nothing outside a temporary directory and loopback ports is touched.
 */
public final class Demo {
    /** What went wrong, if anything: fatal runs and unmet expectations. */
    public record Outcome(List<String> problems) {
    }

    private final Connectors connectors;
    private final PrintStream out;
    private final int candidates;
    private final int jobs;
    private final boolean keep;

    public Demo(Connectors connectors, PrintStream out, int candidates, int jobs, boolean keep) {
        this.connectors = connectors;
        this.out = out;
        this.candidates = candidates;
        this.jobs = jobs;
        this.keep = keep;
    }

    public Outcome run() throws IOException {
        Path work = Files.createTempDirectory("hrflow-connectors-demo");
        long start = System.nanoTime();
        try (EmulatorStack stack = EmulatorStack.start(EmulatorStack.Ports.ANY)) {
            RunEnvironment env = RunEnvironment.builder()
                    .stateStore(new LocalJsonStateStore(work.resolve("state")))
                    .failuresDirectory(work.resolve("failures"))
                    .endpoints(stack.endpoints())
                    .build();
            out.println("HrFlow Connectors demo: emulated HrFlow.ai at " + stack.hrflow().baseUrl()
                    + ", Zoho Recruit at " + stack.zoho().recruitUrl() + ", JobAdder at " + stack.jobadder().apiUrl() + ", Recruitee at "
                    + stack.recruitee().baseUrl());
            DemoRunner runner = new DemoRunner(connectors, env, out);
            new ZohoDemo(stack, runner, candidates, jobs).run();
            new JobAdderDemo(stack, runner).run();
            new RecruiteeDemo(stack, runner).run();
            printEnd(runner.problems(), start, work);
            return new Outcome(runner.problems());
        } finally {
            if (!keep) {
                deleteTree(work);
            }
        }
    }

    private void printEnd(List<String> problems, long start, Path work) {
        out.printf("%nDemo finished in %.1f s: %s%n", (System.nanoTime() - start) / 1e9,
                problems.isEmpty() ? "every run and check passed" : problems.size() + " problem(s)");
        problems.forEach(p -> out.println("  - " + p));
        if (keep) {
            out.println("State and failures files kept in " + work);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
