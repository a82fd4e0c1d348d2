package ai.hrflow.connectors.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiClientLoggingTest {
    private static final String API_KEY = "ask_0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private static final String TOKEN = "1000.tok3n.value";
    private static final String PASSWORD = "hunter2-pw";

    private ScriptedServer server;
    private ApiClient client;

    @BeforeEach
    void start() throws Exception {
        server = ScriptedServer.start();
        client = TestClients.client(TestClients.settings(server, FakeTime.advancing()).secret(API_KEY)
                .defaultHeader("X-API-KEY", API_KEY).defaultHeader("X-USER-EMAIL", "bob@example.com"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void debugLinesSayWhatHappenedAndTraceShowsRedactedBodies() {
        server.enqueue(Reply.status(503), Reply.json(200, "{\"ok\":true}"));
        try (LogCapture logs = new LogCapture()) {
            client.send(ApiRequest.get("/v1/profiles").query("page", 2).build());

            assertThat(logs.messagesAt(Level.DEBUG)).hasSize(2);
            assertThat(logs.messagesAt(Level.DEBUG).get(0)).matches(
                    "GET http://127\\.0\\.0\\.1:\\d+/v1/profiles\\?page=2 -> 503 in \\d+ ms \\(attempt 1/5\\);"
                            + " retrying in 100 ms");
            assertThat(logs.messagesAt(Level.DEBUG).get(1)).contains("-> 200 in").endsWith("(attempt 2/5)");
            assertThat(logs.messagesAt(Level.TRACE)).anySatisfy(m -> assertThat(m).contains("response body: {\"ok\":true}"));
            assertThat(logs.text()).contains("X-USER-EMAIL=bob@example.com");
        }
    }

    @Test
    void noSecretReachesTheLogsWhereverItTravels() {
        // the server echoes everything back, as a careless API would
        server.route("/echo", request -> Reply.json(200, "{\"echo\":" + Json.object()
                .put("query", request.rawQuery()).put("body", request.bodyString())
                .put("auth", request.header("Authorization")).put("key", request.header("X-API-KEY")) + "}"));
        try (LogCapture logs = new LogCapture()) {
            client.send(ApiRequest.get("/echo").query("access_token", TOKEN).query("api_key", API_KEY).build());
            client.send(ApiRequest.post("/echo").header("Authorization", "Bearer " + TOKEN)
                    .jsonBody(Json.object().put("password", PASSWORD).put("refresh_token", TOKEN).put("note", API_KEY))
                    .build());
            client.send(ApiRequest.post("/echo").body(FormBody.builder().add("client_secret", PASSWORD)
                    .add("code", TOKEN).add("grant_type", "authorization_code").build()).build());

            assertThat(logs.events()).hasSizeGreaterThanOrEqualTo(9);
            assertThat(logs.text()).doesNotContain(API_KEY).doesNotContain(TOKEN).doesNotContain(PASSWORD)
                    .doesNotContain("tok3n").contains("access_token=***").contains("grant_type=authorization_code");
        }
    }

    @Test
    void longWaitsAreLoggedAtInfo() {
        server.enqueue(Reply.status(429).withHeader("Retry-After", "30"), Reply.json(200, "{}"));
        try (LogCapture logs = new LogCapture()) {
            client.send(ApiRequest.get("/x").build());

            assertThat(logs.messagesAt(Level.INFO)).singleElement().asString()
                    .contains("-> 429 (attempt 1/5); retrying in 30 s");
        }
    }
}
