package ai.hrflow.connectors.example;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.emulators.hrflow.HrFlowEmulator;
import ai.hrflow.connectors.hrflow.HrFlowWarehouse;
import ai.hrflow.connectors.runtime.Reason;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide's example connector, run by the engine against a local Acme server and the HrFlow emulator. */
class AcmeConnectorTest {
    private static final String KEY = "acme-key-0123456789";
    private static final int CANDIDATES = 25;

    @TempDir
    Path dir;

    private HttpServer acme;
    private HrFlowEmulator hrflow;
    private final List<String> pagesServed = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        acme = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        acme.createContext("/v1/candidates", this::candidates);
        acme.start();
        hrflow = HrFlowEmulator.builder().start();
    }

    @AfterEach
    void stop() {
        acme.stop(0);
        hrflow.close();
    }

    /** Candidates 1..25, candidate 7 without an e-mail; {@code page}/{@code per_page} as the API documents. */
    private void candidates(HttpExchange exchange) throws IOException {
        if (!("Token " + KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            reply(exchange, 401, "{\"error\":\"invalid API key\"}");
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI());
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        int perPage = Integer.parseInt(query.getOrDefault("per_page", "100"));
        pagesServed.add(query.get("page"));
        StringBuilder items = new StringBuilder();
        for (int id = (page - 1) * perPage + 1; id <= Math.min(page * perPage, CANDIDATES); id++) {
            items.append(items.length() == 0 ? "" : ",").append("{\"id\":").append(id)
                    .append(",\"first_name\":\"Ada").append(id).append("\",\"last_name\":\"Lovelace\",\"email\":")
                    .append(id == 7 ? "null" : "\"ada" + id + "@example.com\"").append("}");
        }
        String next = page * perPage < CANDIDATES ? Integer.toString(page + 1) : "null";
        reply(exchange, 200, "{\"candidates\":[" + items + "],\"next_page\":" + next + "}");
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String pair : String.valueOf(uri.getRawQuery()).split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        return out;
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private RunResult run(String apiKey, String source, String hrflowKey) {
        RunEnvironment env = RunEnvironment.inMemory(dir.resolve("failures")).toBuilder()
                .endpoints(EndpointOverrides.of(Map.of(AcmeConnector.BASE_URL,
                        "http://127.0.0.1:" + acme.getAddress().getPort() + "/v1",
                        "https://api.hrflow.ai/v1", hrflow.baseUrl())))
                .build();
        Action action = AcmeConnector.create(HrFlowWarehouse.create()).action("create_profiles_in_hrflow")
                .orElseThrow();
        return env.run(action, ActionRequest.builder("acme-to-hrflow")
                .connectorAuth(Map.of("api_key", apiKey))
                .hrflowAuth(Map.of("api_secret", hrflowKey, "api_user", "ops@example.com"))
                .pullParameters(Map.of("per_page", 10))
                .pushParameters(Map.of("source_key", source))
                .build());
    }

    @Test
    void createsEveryCandidateWithAnEmailAndRecordsTheOther() {
        String hrflowKey = hrflow.newApiKey("ask_", "ops@example.com");
        String source = hrflow.addSource("Acme", false);

        RunResult result = run(KEY, source, hrflowKey);

        assertThat(result.status()).isEqualTo(Status.SUCCESS_WITH_FAILURES);
        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(CANDIDATES);
        assertThat(result.count(Event.FORMAT_FAILURE)).isEqualTo(1);
        assertThat(result.count(Event.WRITE_SUCCESS)).isEqualTo(CANDIDATES - 1);
        assertThat(hrflow.profileCount(source)).isEqualTo(CANDIDATES - 1);
        assertThat(pagesServed).containsExactly("1", "2", "3");
        assertThat(result.failuresFile()).isNotNull();
    }

    @Test
    void aRejectedKeyIsAReadFailureThatNamesNoSecret() {
        String hrflowKey = hrflow.newApiKey("ask_", "ops@example.com");
        String source = hrflow.addSource("Acme", false);

        RunResult result = run("wrong-key-987654321", source, hrflowKey);

        assertThat(result.status()).isEqualTo(Status.FATAL);
        assertThat(result.reason()).isEqualTo(Reason.READ_FAILURE);
        assertThat(hrflow.profileCount(source)).isZero();
        assertThat(result.toString()).doesNotContain("wrong-key-987654321");
    }
}
