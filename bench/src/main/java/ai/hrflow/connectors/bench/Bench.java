package ai.hrflow.connectors.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Benchmarks of real actions against the emulators. Run with {@code bench/run} at the repository root:
 * <pre>
 *   bench/run zoho      [--n 1000,10000,100000] [--latency-ms 20] [--rate-limit 500] [--concurrency C] [--heap 128m]
 *                       [--checkpoints on|off]   (off: no mid-run checkpoint, to measure what they cost)
 *   bench/run recruitee [--n 1000,10000] [--latency-ms 20] [--rate-limit 500] [--concurrency C] [--heap 128m]
 *   bench/run engine [--n 100000,1000000] [--heap 128m] [--jslt]
 * </pre>
 * The syncs run the product as the CLI does (default rate limits and concurrency); {@code --concurrency} forces a
 * write concurrency for experiments. Each figure is printed with the command that reproduces it.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !List.of("zoho", "recruitee", "engine").contains(args[0])) {
            System.err.println("usage: bench/run zoho|recruitee|engine [--n N,N,...] [--latency-ms MS] "
                    + "[--rate-limit RPS] [--concurrency C] [--heap SIZE] [--checkpoints on|off] [--jslt]");
            System.exit(64);
        }
        Options o = Options.parse(Arrays.copyOfRange(args, 1, args.length), args[0]);
        Path work = Files.createTempDirectory("hrflow-bench");
        String command = "bench/run " + String.join(" ", args);
        System.out.println("# " + command);
        System.out.printf(Locale.ROOT, "# %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        if (args[0].equals("zoho") || args[0].equals("recruitee")) {
            boolean zoho = args[0].equals("zoho");
            String origin = zoho ? "Zoho Recruit" : "Recruitee";
            System.out.printf(Locale.ROOT, "# %s -> HrFlow create_profiles_in_hrflow, %d ms latency per request, "
                    + "rate limit %d req/s per API, product defaults%s, product heap -Xmx%s, mid-run checkpoints %s%n",
                    origin, o.latencyMs, o.rateLimit, o.concurrency == null ? "" : " but write concurrency "
                    + o.concurrency, o.heap, o.checkpoints ? "on" : "off");
            System.out.printf(Locale.ROOT, SyncResult.HEADER + "%n", "candidates", zoho ? "Zoho" : "Recruitee");
            Duration latency = Duration.ofMillis(o.latencyMs);
            for (int n : o.sizes) {
                Path dir = Files.createDirectories(work.resolve(args[0] + "-" + n));
                SyncResult r = zoho ? new ZohoSyncBenchmark(latency, o.rateLimit, o.concurrency, o.heap, o.checkpoints)
                        .run(n, dir)
                        : new RecruiteeSyncBenchmark(latency, o.rateLimit, o.concurrency, o.heap).run(n, dir);
                System.out.println(r.row());
            }
        } else {
            System.out.printf(Locale.ROOT, "# engine alone: jsonl -> format_zoho_candidate_to_hrflow%s -> jsonl, "
                    + "product heap -Xmx%s%n", o.jslt ? " + JSLT (bench-format.jslt)" : "", o.heap);
            System.out.println("| items | bytes/item | items/s | MB/s read | MB/s written | CPU us/item "
                    + "| peak heap MB |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
            EngineBenchmark bench = new EngineBenchmark(o.heap, o.jslt);
            for (int n : o.sizes) {
                EngineBenchmark.Result r = bench.run(n, Files.createDirectories(work.resolve("engine-" + n)));
                System.out.printf(Locale.ROOT, "| %,d | %.0f | %,.0f | %.1f | %.1f | %.1f | %d |%n", r.n(),
                        r.averageItemBytes(), r.itemsPerSecond(), r.megabytesInPerSecond(),
                        r.megabytesOutPerSecond(), r.cpuMicrosPerItem(), r.peakHeapMb());
            }
        }
    }

    private static final class Options {
        List<Integer> sizes = new ArrayList<>();
        int latencyMs = 20;
        int rateLimit = 500;
        Integer concurrency;
        String heap;
        boolean checkpoints = true;
        /** Engine: apply a JSLT format of realistic size after the default one (base: default). */
        boolean jslt;

        static Options parse(String[] args, String benchmark) {
            Options o = new Options();
            o.heap = "128m";
            for (int i = 0; i < args.length; i += 2) {
                if (args[i].equals("--jslt")) {
                    o.jslt = true;
                    i--;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--n" -> Arrays.stream(value.split(",")).map(String::trim).map(Integer::parseInt)
                            .forEach(o.sizes::add);
                    case "--latency-ms" -> o.latencyMs = Integer.parseInt(value);
                    case "--rate-limit" -> o.rateLimit = Integer.parseInt(value);
                    case "--concurrency" -> o.concurrency = Integer.parseInt(value);
                    case "--heap" -> o.heap = value;
                    case "--checkpoints" -> {
                        if (!List.of("on", "off").contains(value)) {
                            throw new IllegalArgumentException("--checkpoints takes on or off, got " + value);
                        }
                        o.checkpoints = value.equals("on");
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (o.sizes.isEmpty()) {
                o.sizes.addAll(switch (benchmark) {
                    case "zoho" -> List.of(1_000, 10_000, 100_000);
                    case "recruitee" -> List.of(1_000, 10_000);
                    default -> List.of(100_000, 1_000_000);
                });
            }
            return o;
        }
    }
}
