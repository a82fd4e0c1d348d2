package ai.hrflow.connectors.emulators.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.TestHttp;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmulatorServerTest {
    private EmulatorServer server;
    private TestHttp http;

    @BeforeEach
    void start() {
        server = EmulatorServer.builder().name("test").start();
        http = new TestHttp(server.baseUrl());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void bindsLoopbackOnAFreePort() {
        assertThat(server.baseUrl()).startsWith("http://127.0.0.1:").doesNotEndWith("/");
        assertThat(server.port()).isPositive();
    }

    @Test
    void routesByMethodAndPatternWithPathVariables() {
        server.router().get("/c/{company}/candidates/{id}", req -> EmulatorResponse.json(200,
                Json.object().put("company", req.pathVariable("company")).put("id", req.pathVariable("id"))));
        server.router().delete("/c/{company}/candidates/{id}", req -> EmulatorResponse.empty(204));

        HttpResponse<String> got = http.get("/c/acme/candidates/42");
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(TestHttp.body(got)).isEqualTo(Json.object().put("company", "acme").put("id", "42"));
        assertThat(http.send("DELETE", "/c/acme/candidates/42", null, null).statusCode()).isEqualTo(204);
        // Duplicate and trailing slashes are normalised, as base URLs joined by clients often produce them.
        assertThat(http.get("//c/acme/candidates/42/").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405InTheEmulatorsErrorShape() {
        server.router().get("/things", req -> EmulatorResponse.empty(204));

        HttpResponse<String> missing = http.get("/nothing");
        HttpResponse<String> wrongMethod = http.json("POST", "/things", "{}");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(TestHttp.body(missing).path("status").asInt()).isEqualTo(404);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
    }

    @Test
    void jsonAnswersCarryTheExactContentType() {
        server.router().get("/x", req -> EmulatorResponse.json(200, Json.object()));

        assertThat(http.get("/x").headers().allValues("Content-Type")).containsExactly("application/json");
        assertThat(http.get("/missing").headers().allValues("Content-Type")).containsExactly("application/json");
    }

    @Test
    void queryParametersAreDecodedAndRepeatedOnesKept() {
        List<EmulatorRequest> seen = new ArrayList<>();
        server.router().get("/q", req -> {
            seen.add(req);
            return EmulatorResponse.empty(204);
        });

        http.get("/q?source_keys=%5B%22a%22%2C%22b%22%5D&ids=1&ids=2&name=J+Doe&flag");

        QueryParams q = seen.get(0).query();
        assertThat(q.first("source_keys")).isEqualTo("[\"a\",\"b\"]");
        assertThat(q.all("ids")).containsExactly("1", "2");
        assertThat(q.first("name")).isEqualTo("J Doe");
        assertThat(q.has("flag")).isTrue();
        assertThat(q.first("absent")).isNull();
    }

    @Test
    void parsesJsonAndRejectsMalformedJsonWith400() {
        server.router().post("/echo", req -> EmulatorResponse.json(201, req.jsonObject()));

        HttpResponse<String> ok = http.json("POST", "/echo", Json.object().put("a", 1));
        HttpResponse<String> broken = http.json("POST", "/echo", "{\"a\": ");

        assertThat(ok.statusCode()).isEqualTo(201);
        assertThat(TestHttp.body(ok).path("a").asInt()).isEqualTo(1);
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(TestHttp.body(broken).path("message").asText()).startsWith("Malformed JSON body");
    }

    @Test
    void parsesFormUrlEncodedBodies() {
        List<QueryParams> forms = new ArrayList<>();
        server.router().post("/oauth/v2/token", req -> {
            forms.add(req.form());
            return EmulatorResponse.empty(204);
        });

        http.send("POST", "/oauth/v2/token", "application/x-www-form-urlencoded",
                "grant_type=refresh_token&refresh_token=a%2Bb&scope=x&scope=y");

        assertThat(forms.get(0).first("grant_type")).isEqualTo("refresh_token");
        assertThat(forms.get(0).first("refresh_token")).isEqualTo("a+b");
        assertThat(forms.get(0).all("scope")).containsExactly("x", "y");
    }

    @Test
    void parsesMultipartFieldsAndFiles() {
        List<Multipart> uploads = new ArrayList<>();
        server.router().post("/upload", req -> {
            uploads.add(req.multipart());
            return EmulatorResponse.empty(204);
        });

        Map<String, Object> parts = new java.util.LinkedHashMap<>();
        parts.put("source_key", "src");
        parts.put("file", new TestHttp.FilePart("cv.pdf", "application/pdf", "line1\r\nline2"));
        http.multipart("/upload", parts);

        Multipart m = uploads.get(0);
        assertThat(m.field("source_key")).isEqualTo("src");
        Multipart.Part file = m.part("file").orElseThrow();
        assertThat(file.isFile()).isTrue();
        assertThat(file.filename()).isEqualTo("cv.pdf");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.text()).isEqualTo("line1\r\nline2");
        assertThat(m.part("absent")).isEmpty();
    }

    @Test
    void multipartWithoutBoundaryIsABadRequest() {
        server.router().post("/upload", req -> {
            req.multipart();
            return EmulatorResponse.empty(204);
        });

        assertThat(http.send("POST", "/upload", "multipart/form-data", "x").statusCode()).isEqualTo(400);
        assertThat(http.send("POST", "/upload", "application/json", "{}").statusCode()).isEqualTo(400);
    }

    @Test
    void aHandlerBugIsA500NotADroppedConnection() {
        server.router().get("/bug", req -> {
            throw new IllegalStateException("boom");
        });

        HttpResponse<String> response = http.get("/bug");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("boom");
    }

    @Test
    void usesTheEmulatorsErrorResponder() {
        try (EmulatorServer custom = EmulatorServer.builder()
                .errors((status, message) -> EmulatorResponse.json(status, "{\"error\":[\"" + status + "\"]}"))
                .start()) {
            custom.router().get("/x", req -> {
                throw new EmulatorError(422, "bad");
            });
            HttpResponse<String> r = new TestHttp(custom.baseUrl()).get("/x");
            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(r.body()).isEqualTo("{\"error\":[\"422\"]}");
        }
    }

    @Test
    void servesAtLeastSixteenClientsAtOnce() throws Exception {
        int clients = 20;
        CountDownLatch allInside = new CountDownLatch(clients);
        server.router().get("/slow", req -> {
            allInside.countDown();
            try {
                // Only answers 200 if every client is inside a handler at the same time.
                return EmulatorResponse.empty(allInside.await(5, TimeUnit.SECONDS) ? 200 : 503);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return EmulatorResponse.empty(500);
            }
        });

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> http.get("/slow").statusCode(), pool));
            }
            assertThat(calls).allSatisfy(c -> assertThat(c.get(10, TimeUnit.SECONDS)).isEqualTo(200));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void bindsAFixedPortAndStopsOnClose() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        EmulatorServer fixed = EmulatorServer.builder().port(port).start();
        fixed.router().get("/x", req -> EmulatorResponse.empty(204));
        assertThat(new TestHttp("http://127.0.0.1:" + port).get("/x").statusCode()).isEqualTo(204);

        fixed.close();

        assertThatThrownBy(() -> new TestHttp("http://127.0.0.1:" + port).get("/x"))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void requestJsonObjectRejectsNonObjects() {
        EmulatorRequest request = new EmulatorRequest("POST", "/x", null, Map.of(), "[1]".getBytes());

        assertThatThrownBy(request::jsonObject).isInstanceOf(EmulatorError.class)
                .satisfies(e -> assertThat(((EmulatorError) e).status()).isEqualTo(400));
        ObjectNode ok = new EmulatorRequest("POST", "/x", null, Map.of(), "{\"a\":1}".getBytes()).jsonObject();
        assertThat(ok.path("a").asInt()).isEqualTo(1);
    }
}
