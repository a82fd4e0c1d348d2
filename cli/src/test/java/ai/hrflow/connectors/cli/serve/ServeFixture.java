package ai.hrflow.connectors.cli.serve;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Connectors;
import ai.hrflow.connectors.emulators.hrflow.HrFlowEmulator;
import ai.hrflow.connectors.emulators.hrflow.HrFlowWebhookSender;
import ai.hrflow.connectors.emulators.recruitee.RecruiteeEmulator;
import ai.hrflow.connectors.hrflow.HrFlowClientOptions;
import ai.hrflow.connectors.recruitee.RecruiteeEndpoint;
import ai.hrflow.connectors.runtime.state.StateStores;
import ai.hrflow.connectors.runtime.state.WorkflowLock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The loop of the tests: an HrFlow emulator (key, source) and a Recruitee emulator (company, token, offer), a
 * {@code push_profile} run configuration and a {@code serve.yaml} in a temporary directory, and the serve process.
 */
final class ServeFixture implements AutoCloseable {
    static final String WORKFLOW = "recruitee-push";
    static final String HOOK = "/hooks/hrflow/recruitee";
    static final String SECRET = "whsec-fixture";
    static final long COMPANY = 12345;

    final Path dir;
    final HrFlowEmulator hrflow = HrFlowEmulator.builder().start();
    final RecruiteeEmulator recruitee = RecruiteeEmulator.builder().start();
    final String source;
    private final HttpClient http = HttpClient.newHttpClient();
    ServeProcess process;

    ServeFixture(Path dir) {
        this.dir = dir;
        recruitee.addCompany(COMPANY, "acme");
        String token = recruitee.newToken(COMPANY);
        long offer = recruitee.addOffer(COMPANY, Json.object().put("title", "Designer")).path("id").asLong();
        String apiKey = hrflow.newApiKey("ask_", "bot@example.com");
        source = hrflow.addSource("Website applicants", false);
        ObjectNode config = Json.object().put("workflow_id", WORKFLOW);
        config.putObject("origin_parameters").put("api_secret", apiKey).put("api_user", "bot@example.com");
        ObjectNode target = config.putObject("target_parameters").put("company_id", Long.toString(COMPANY))
                .put("api_token", token).put("recruitee_endpoint", "PRODUCTION ENDPOINT");
        target.putArray("offer_ids").add(offer);
        config.putObject("endpoints").put(RecruiteeEndpoint.PRODUCTION.url(), recruitee.baseUrl())
                .put(HrFlowClientOptions.DEFAULT_BASE_URL, hrflow.baseUrl());
        write("recruitee-push.json", config.toString());
        ObjectNode scheduled = config.deepCopy().put("workflow_id", "recruitee-scheduled");
        write("recruitee-scheduled.json", scheduled.toString());
    }

    /** Writes {@code serve.yaml} with the webhook workflow (and {@code extra} YAML under {@code workflows:}). */
    ServeConfig config(String limits, String extraWorkflows) {
        String yaml = "listen:\n  host: 127.0.0.1\n  port: 0\nstate_dir: state\n"
                + "limits:\n  initial_backoff_seconds: 1\n" + limits
                + "workflows:\n"
                + "  - id: " + WORKFLOW + "\n    connector: recruitee\n    action: push_profile\n"
                + "    config: recruitee-push.json\n    webhook:\n      path: " + HOOK + "\n"
                + "      secret: ${WEBHOOK_SECRET}\n"
                + "      events: [profile.parsing.success, profile.storing.success]\n" + extraWorkflows;
        return ServeConfig.load(write("serve.yaml", yaml), Map.of("WEBHOOK_SECRET", SECRET));
    }

    ServeProcess start(ServeConfig config) {
        process = ServeProcess.start(config, Connectors.discover(), Map.of(), Clock.systemUTC(),
                Duration.ofSeconds(5));
        return process;
    }

    /** A profile stored in the HrFlow source (what lands there when a CV is parsed). */
    ObjectNode storeProfile(String reference, String name, String email) {
        ObjectNode p = Json.object().put("reference", reference);
        p.putObject("info").put("full_name", name).put("email", email);
        return hrflow.seedProfile(source, p);
    }

    HrFlowWebhookSender sender(String secret) {
        return new HrFlowWebhookSender("http://127.0.0.1:" + process.port() + HOOK, secret);
    }

    HttpResponse<String> post(String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + process.port() + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + process.port() + path)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<JsonNode> candidates() {
        return List.copyOf(recruitee.candidates(COMPANY));
    }

    /** Holds the state store's lock of {@code workflow}, as a run in another process would. */
    WorkflowLock holdLock(String workflow) {
        try {
            return StateStores.localJson(dir.resolve("state").resolve("state")).lock(workflow);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    int spooled() throws IOException {
        try (var files = Files.list(dir.resolve("state").resolve("spool"))) {
            return (int) files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private Path write(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
        hrflow.close();
        recruitee.close();
    }
}
