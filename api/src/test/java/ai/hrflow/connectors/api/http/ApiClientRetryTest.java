package ai.hrflow.connectors.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.RateLimitedException;
import ai.hrflow.connectors.api.errors.ServerException;
import ai.hrflow.connectors.api.errors.TransportException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiClientRetryTest {
    private ScriptedServer server;
    private FakeTime time;
    private ApiClient client;

    @BeforeEach
    void start() throws Exception {
        server = ScriptedServer.start();
        time = FakeTime.advancing();
        client = TestClients.client(server, time);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static ApiRequest get() {
        return ApiRequest.get("/candidates").build();
    }

    private static ApiRequest post() {
        return ApiRequest.post("/candidates").jsonBody(Json.object().put("name", "x")).build();
    }

    @Test
    void honoursRetryAfterInSecondsOn429EvenForPost() {
        server.enqueue(Reply.status(429).withHeader("Retry-After", "7"), Reply.json(201, "{\"id\":1}"));

        ApiResponse response = client.send(post());

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.attempts()).isEqualTo(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void honoursRetryAfterAsHttpDate() {
        // FakeTime starts at 2025-01-01T00:00:00Z
        server.enqueue(Reply.status(429).withHeader("Retry-After", "Wed, 01 Jan 2025 00:00:42 GMT"),
                Reply.json(200, "{}"));

        assertThat(client.send(get()).status()).isEqualTo(200);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(42));
    }

    @Test
    void backsOffExponentiallyWhen429HasNoRetryAfter() {
        server.enqueue(Reply.status(429), Reply.status(429), Reply.status(429), Reply.json(200, "{}"));

        assertThat(client.send(get()).status()).isEqualTo(200);
        // jitter pinned to 1.0: the caps 100, 200, 400 ms
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void jitterDrawsBelowTheCapAndTheCapStopsGrowing() {
        ApiClientSettings settings = TestClients.settings(server, time)
                .backoff(Duration.ofMillis(100), Duration.ofMillis(300)).build();
        RetryPolicy random = new RetryPolicy(settings, () -> 0.5);

        assertThat(random.backoff(1)).isEqualTo(Duration.ofMillis(50));
        assertThat(random.backoff(2)).isEqualTo(Duration.ofMillis(100));
        assertThat(random.backoff(3)).isEqualTo(Duration.ofMillis(150));
        assertThat(random.backoff(40)).isEqualTo(Duration.ofMillis(150));
    }

    @Test
    void retriesServerErrorsForGet() {
        server.enqueue(Reply.status(500), Reply.status(502), Reply.status(503), Reply.status(504), Reply.json(200, "{}"));

        ApiResponse response = client.send(get());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.attempts()).isEqualTo(5);
        assertThat(time.sleeps()).hasSize(4);
    }

    @Test
    void doesNotReplayAPostAfterAServerError() {
        server.enqueue(Reply.json(503, "{\"error\":\"busy\"}"), Reply.json(201, "{}"));

        ApiResponse response = client.send(post());

        assertThat(response.status()).isEqualTo(503);
        assertThat(server.requests()).hasSize(1);
        assertThat(time.sleeps()).isEmpty();
        assertThatThrownBy(response::requireSuccess).isInstanceOf(ServerException.class)
                .hasMessageContaining("not retried: the POST may already have been applied")
                .hasMessageContaining("Check in the target system whether it was applied");
    }

    @Test
    void aPostDeclaredIdempotentIsRetried() {
        server.enqueue(Reply.status(503), Reply.json(200, "{}"));

        ApiRequest search = post().toBuilder().idempotent(true).build();

        assertThat(client.send(search).status()).isEqualTo(200);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void connectionDroppedMidResponseIsRetriedForGet() {
        server.enqueue(Reply.droppedMidResponse(), Reply.json(200, "{\"ok\":true}"));

        ApiResponse response = client.send(get());

        assertThat(response.json().path("ok").asBoolean()).isTrue();
        assertThat(server.requests()).hasSize(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(100));
    }

    @Test
    void connectionDroppedMidResponseIsNotRetriedForPost() {
        server.enqueue(Reply.droppedMidResponse(), Reply.json(201, "{}"));

        assertThatThrownBy(() -> client.send(post())).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.isConnectFailure()).isFalse();
            assertThat(e.isFatal()).isFalse();
            assertThat(e.call().status()).isZero();
            assertThat(e.call().endpoint()).isEqualTo("/candidates");
        }).hasMessageContaining("POST /candidates to 127.0.0.1:")
                .hasMessageContaining("not retried")
                .hasMessageContaining("check in the target system whether it was applied");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void connectRefusedIsRetriedForAnyMethodUntilTheServerIsUp() throws Exception {
        int port = freePort();
        AtomicReference<ScriptedServer> late = new AtomicReference<>();
        time.onSleep(n -> {
            if (n == 2) { // refused twice, then the server comes up
                try {
                    late.set(ScriptedServer.startOn(port).enqueue(Reply.json(201, "{\"id\":7}")));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        ApiClient refused = TestClients.client(TestClients.settings(server, time).baseUrl("http://127.0.0.1:" + port));
        try {
            ApiResponse response = refused.send(post());

            assertThat(response.json().path("id").asInt()).isEqualTo(7);
            assertThat(response.attempts()).isEqualTo(3);
            assertThat(time.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
            assertThat(late.get().requests()).hasSize(1);
        } finally {
            if (late.get() != null) {
                late.get().close();
            }
        }
    }

    @Test
    void connectRefusedAfterAllAttemptsIsAFatalTransportException() throws Exception {
        ApiClient refused = TestClients.client(TestClients.settings(server, time)
                .baseUrl("http://127.0.0.1:" + freePort()).maxAttempts(3));

        assertThatThrownBy(() -> refused.send(post())).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.isConnectFailure()).isTrue();
            assertThat(e.isFatal()).isTrue();
            assertThat(e.call().attempts()).isEqualTo(3);
        }).hasMessageContaining("gave up after 3 attempts").hasMessageContaining("Check the base URL");
        assertThat(time.sleeps()).hasSize(2);
    }

    @Test
    void stopsAtMaxAttemptsWithAServerException() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(Reply.json(503, "{\"code\":\"INTERNAL_ERROR\"}"));
        }
        server.enqueue(Reply.json(200, "{}"));

        assertThatThrownBy(() -> client.sendExpectingSuccess(get())).isInstanceOfSatisfying(ServerException.class, e -> {
            assertThat(e.isFatal()).isFalse();
            assertThat(e.call().attempts()).isEqualTo(5);
            assertThat(e.call().status()).isEqualTo(503);
        }).hasMessageContaining("gave up after 5 attempts").hasMessageContaining("run again later");
        assertThat(server.requests()).hasSize(5);
        assertThat(time.sleeps()).hasSize(4);
    }

    @Test
    void stopsWhenTheNextWaitWouldPassTheTotalTimeLimit() {
        ApiClient bounded = TestClients.client(TestClients.settings(server, time).maxAttempts(10)
                .maxCallDuration(Duration.ofMillis(1000)));
        for (int i = 0; i < 10; i++) {
            server.enqueue(Reply.status(500));
        }

        // waits 100, 200, 400 (= 700 ms); the next 800 ms would end at 1.5 s > 1 s
        assertThatThrownBy(() -> bounded.sendExpectingSuccess(get())).isInstanceOf(ServerException.class)
                .hasMessageContaining("gave up after 4 attempts in 700 ms")
                .hasMessageContaining("limit of 1 s per call");
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void totalTimeLimitAlsoBoundsTransportRetries() {
        ApiClient bounded = TestClients.client(TestClients.settings(server, time).maxAttempts(10)
                .maxCallDuration(Duration.ofMillis(350)));
        for (int i = 0; i < 10; i++) {
            server.enqueue(Reply.droppedMidResponse());
        }

        assertThatThrownBy(() -> bounded.send(get())).isInstanceOf(TransportException.class)
                .hasMessageContaining("gave up after 3 attempts in 300 ms");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void aRetryAfterLongerThanTheCapFailsFastAndFatally() {
        server.enqueue(Reply.json(429, "{\"code\":\"TOO_MANY_REQUESTS\"}").withHeader("Retry-After", "3600"));

        assertThatThrownBy(() -> client.sendExpectingSuccess(get())).isInstanceOfSatisfying(RateLimitedException.class,
                e -> {
                    assertThat(e.isFatal()).isTrue();
                    assertThat(e.retryAfter()).hasValue(Duration.ofHours(1));
                }).hasMessageContaining("asked to wait 3600 s").hasMessageContaining("more than the 120 s")
                .hasMessageContaining("quota is used up");
        assertThat(time.sleeps()).isEmpty();
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void stillRateLimitedAfterAllAttemptsIsARetriableRateLimitedException() {
        ApiClient few = TestClients.client(TestClients.settings(server, time).maxAttempts(2));
        server.enqueue(Reply.status(429).withHeader("Retry-After", "1"), Reply.status(429).withHeader("Retry-After", "1"));

        assertThatThrownBy(() -> few.sendExpectingSuccess(post())).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.isFatal()).isFalse()).hasMessageContaining("gave up after 2 attempts")
                .hasMessageContaining("Lower the rate limit");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void unreadableRetryAfterFallsBackToBackoff() {
        assertThat(RetryPolicy.parseRetryAfter("soon", time)).isEmpty();
        assertThat(RetryPolicy.parseRetryAfter(" 2 ", time)).hasValue(Duration.ofSeconds(2));
        assertThat(RetryPolicy.parseRetryAfter("1.5", time)).hasValue(Duration.ofMillis(1500));
        assertThat(RetryPolicy.parseRetryAfter("Tue, 31 Dec 2024 23:00:00 GMT", time)).hasValue(Duration.ZERO);
        server.enqueue(Reply.status(429).withHeader("Retry-After", "soon"), Reply.json(200, "{}"));

        client.send(get());

        assertThat(time.sleeps()).isEqualTo(List.of(Duration.ofMillis(100)));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
