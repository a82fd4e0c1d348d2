package ai.hrflow.connectors.bench;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Connectors;
import ai.hrflow.connectors.cli.serve.ServeConfig;
import ai.hrflow.connectors.cli.serve.ServeProcess;
import ai.hrflow.connectors.emulators.hrflow.HrFlowEmulator;
import ai.hrflow.connectors.emulators.hrflow.HrFlowWebhookSender;
import ai.hrflow.connectors.emulators.recruitee.RecruiteeEmulator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code serve} under load, in one JVM: HrFlow and Recruitee emulated with a fixed latency per request; signed
 * {@code profile.parsing.success} events for N stored profiles are sent by 8 threads. Prints the events accepted
 * per second (202 answered: the event is on disk), the time until every candidate is in Recruitee, and the
 * end-to-end latency of single events sent one at a time (event sent → candidate visible).
 *
 * <pre>java -cp bench/target/hrflow-connectors-bench.jar ai.hrflow.connectors.bench.ServeBenchmark [N] [latencyMs]</pre>
 */
public final class ServeBenchmark {
    private static final long COMPANY = 12345;

    private ServeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int latencyMs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = Files.createTempDirectory("serve-bench");
        try (HrFlowEmulator hrflow = HrFlowEmulator.builder().start();
                RecruiteeEmulator recruitee = RecruiteeEmulator.builder().start()) {
            hrflow.faults().latency(Duration.ofMillis(latencyMs));
            recruitee.faults().latency(Duration.ofMillis(latencyMs));
            recruitee.addCompany(COMPANY, "acme");
            String token = recruitee.newToken(COMPANY);
            long offer = recruitee.addOffer(COMPANY, Json.object().put("title", "Designer")).path("id").asLong();
            String apiKey = hrflow.newApiKey("ask_", "bot@example.com");
            String source = hrflow.addSource("Applicants", false);
            ObjectNode config = Json.object().put("workflow_id", "bench-push");
            config.putObject("origin_parameters").put("api_secret", apiKey).put("api_user", "bot@example.com");
            config.putObject("target_parameters").put("company_id", Long.toString(COMPANY)).put("api_token", token)
                    .put("recruitee_endpoint", "PRODUCTION ENDPOINT").putArray("offer_ids").add(offer);
            config.putObject("endpoints").put("https://api.recruitee.com/c", recruitee.baseUrl())
                    .put("https://api.hrflow.ai/v1", hrflow.baseUrl());
            Files.writeString(dir.resolve("push.json"), config.toString());
            Path yaml = Files.writeString(dir.resolve("serve.yaml"), "listen: {host: 127.0.0.1, port: 0}\n"
                    + "state_dir: state\nlimits: {http_threads: 8}\nworkflows:\n  - id: bench-push\n"
                    + "    connector: recruitee\n    action: push_profile\n    config: push.json\n"
                    + "    webhook: {path: /hooks/push, secret: bench}\n");
            List<ObjectNode> profiles = new ArrayList<>();
            for (int i = 0; i < n + 20; i++) {
                ObjectNode p = Json.object().put("reference", "cv-" + i);
                p.putObject("info").put("full_name", "Person " + i).put("email", "p" + i + "@example.com");
                profiles.add(hrflow.seedProfile(source, p));
            }
            try (ServeProcess serve = ServeProcess.start(ServeConfig.load(yaml, Map.of()), Connectors.discover(),
                    Map.of(), Clock.systemUTC(), Duration.ofSeconds(30))) {
                HrFlowWebhookSender sender = new HrFlowWebhookSender("http://127.0.0.1:" + serve.port()
                        + "/hooks/push", "bench");
                ExecutorService senders = Executors.newFixedThreadPool(8);
                long start = System.nanoTime();
                List<Future<Integer>> answers = new ArrayList<>();
                for (ObjectNode p : profiles.subList(0, n)) {
                    answers.add(senders.submit(() -> sender.sendProfileEvent("profile.parsing.success", source, p)));
                }
                int accepted = 0;
                for (Future<Integer> a : answers) {
                    accepted += a.get() == 202 ? 1 : 0;
                }
                double acceptSeconds = (System.nanoTime() - start) / 1e9;
                while (recruitee.candidates(COMPANY).size() < accepted) {
                    Thread.sleep(10);
                }
                double allSeconds = (System.nanoTime() - start) / 1e9;
                senders.shutdown();
                List<Double> latencies = new ArrayList<>();
                for (ObjectNode p : profiles.subList(n, n + 20)) {
                    int before = recruitee.candidates(COMPANY).size();
                    long t = System.nanoTime();
                    sender.sendProfileEvent("profile.parsing.success", source, p);
                    while (recruitee.candidates(COMPANY).size() == before) {
                        Thread.sleep(1);
                    }
                    latencies.add((System.nanoTime() - t) / 1e6);
                }
                Collections.sort(latencies);
                System.out.printf(Locale.ROOT, "# serve: %d events, %d ms latency per emulated API request, %d cores%n",
                        n, latencyMs, Runtime.getRuntime().availableProcessors());
                System.out.println("| events | accepted | accepted events/s | all candidates in Recruitee s "
                        + "| runs/s | single-event latency p50 ms | p95 ms |");
                System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
                System.out.printf(Locale.ROOT, "| %d | %d | %.0f | %.1f | %.1f | %.0f | %.0f |%n", n, accepted,
                        accepted / acceptSeconds, allSeconds, accepted / allSeconds, latencies.get(9),
                        latencies.get(18));
            }
        }
    }
}
