package ai.hrflow.connectors.emulators.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.TestHttp;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
    private EmulatorServer server;
    private TestHttp http;
    private final AtomicInteger processed = new AtomicInteger();

    @BeforeEach
    void start() {
        server = EmulatorServer.builder().name("faults").start();
        server.router().post("/items", req -> EmulatorResponse.json(201,
                Json.object().put("n", processed.incrementAndGet())));
        server.router().get("/items", req -> EmulatorResponse.json(200, Json.object().put("n", processed.get())));
        http = new TestHttp(server.baseUrl());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void forcedStatusAppliesToTheNextNMatchingRequestsOnly() {
        server.faults().next(2, "POST", "/items", Fault.status(429).withRetryAfter(3));

        HttpResponse<String> first = post();
        HttpResponse<String> second = post();
        HttpResponse<String> third = post();

        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).contains("3");
        assertThat(TestHttp.body(first).path("status").asInt()).isEqualTo(429);
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(third.statusCode()).isEqualTo(201);
        assertThat(processed).hasValue(1);
    }

    @Test
    void forcedStatusCarriesAGivenBodyAndHeaders() {
        server.faults().next(1, null, "/items", Fault.status(402).withBody("{\"code\":402,\"message\":\"quota\"}")
                .withHeader("X-Quota", "0"));

        HttpResponse<String> r = post();

        assertThat(r.statusCode()).isEqualTo(402);
        assertThat(r.body()).isEqualTo("{\"code\":402,\"message\":\"quota\"}");
        assertThat(r.headers().firstValue("X-Quota")).contains("0");
        assertThat(r.headers().firstValue("Content-Type")).contains("application/json");
    }

    @Test
    void rulesMatchOnMethodAndPath() {
        server.faults().next(1, "GET", "/items", Fault.status(500));
        server.faults().next(1, "POST", "/other*", Fault.status(503));

        assertThat(post().statusCode()).isEqualTo(201);
        assertThat(http.get("/items").statusCode()).isEqualTo(500);
        assertThat(http.get("/items").statusCode()).isEqualTo(200);
    }

    @Test
    void skipLetsTheFirstMatchesThrough() {
        FaultRule rule = server.faults().add(FaultRule.on("POST", "/items").skip(2).times(1).then(Fault.status(503)));

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(post().statusCode());
        }

        assertThat(statuses).containsExactly(201, 201, 503, 201);
        assertThat(rule.fired()).isEqualTo(1);
        assertThat(rule.exhausted()).isTrue();
    }

    @Test
    void everyNthFiresPeriodically() {
        server.faults().add(FaultRule.on("POST", "/items").everyNth(3).then(Fault.status(429)));

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            statuses.add(post().statusCode());
        }

        assertThat(statuses).containsExactly(201, 201, 429, 201, 201, 429, 201);
    }

    @Test
    void dropClosesTheConnectionWithoutProcessing() {
        server.faults().next(1, "POST", "/items", Fault.drop());

        assertThatThrownBy(this::post).isInstanceOf(UncheckedIOException.class);

        assertThat(processed).hasValue(0);
        assertThat(server.requests().last().orElseThrow().dropped()).isTrue();
        assertThat(post().statusCode()).isEqualTo(201);
    }

    @Test
    void dropAfterProcessingChangesStateButTheClientGetsNoAnswer() {
        server.faults().next(1, "POST", "/items", Fault.dropAfterProcessing());

        assertThatThrownBy(this::post).isInstanceOf(UncheckedIOException.class);

        assertThat(processed).hasValue(1);
        assertThat(server.requests().last().orElseThrow().fault()).isEqualTo("drop after processing");
    }

    @Test
    void statusAfterProcessingChangesStateAndAnswersTheError() {
        server.faults().next(1, "POST", "/items", Fault.status(500).afterProcessing());

        assertThat(post().statusCode()).isEqualTo(500);
        assertThat(processed).hasValue(1);
    }

    @Test
    void malformedJsonIsA200WithABrokenJsonBody() {
        server.faults().next(1, "GET", "/items", Fault.malformedJson());

        HttpResponse<String> r = http.get("/items");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().allValues("Content-Type")).containsExactly("application/json");
        assertThatThrownBy(() -> Json.MAPPER.readTree(r.body())).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void latencyFaultDelaysThenProcesses() {
        server.faults().next(1, "POST", "/items", Fault.latency(Duration.ofMillis(150)));

        long start = System.nanoTime();
        HttpResponse<String> r = post();
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(elapsedMs).isGreaterThanOrEqualTo(150);
    }

    @Test
    void globalLatencyAppliesToEveryRequest() {
        server.faults().latency(Duration.ofMillis(60));

        long start = System.nanoTime();
        http.get("/items");
        http.get("/items");
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(elapsedMs).isGreaterThanOrEqualTo(120);
        server.faults().reset();
        assertThat(server.faults().latency()).isEqualTo(Duration.ZERO);
    }

    @Test
    void probabilisticRulesAreReproducibleForASeed() {
        List<Boolean> first = firings(7L);
        List<Boolean> second = firings(7L);
        List<Boolean> other = firings(8L);

        assertThat(first).isEqualTo(second).isNotEqualTo(other);
        assertThat(first.stream().filter(b -> b).count()).isBetween(60L, 140L);
    }

    private static List<Boolean> firings(long seed) {
        FaultInjector injector = new FaultInjector(seed);
        injector.add(FaultRule.on("GET", "/x").probability(0.5).then(Fault.status(500)));
        EmulatorRequest request = new EmulatorRequest("GET", "/x", null, Map.of(), null);
        List<Boolean> fired = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            fired.add(injector.select(request).isPresent());
        }
        return fired;
    }

    @Test
    void rateLimitAnswers429WithRetryAfterWhenExceeded() {
        // One request per 5 s: the second call is over the limit however slow this machine is.
        server.rateLimit().perSecond(0.2);

        HttpResponse<String> first = http.get("/items");
        HttpResponse<String> second = http.get("/items");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(second.headers().firstValue("Retry-After").orElseThrow())).isGreaterThanOrEqualTo(1);
        assertThat(server.rateLimit().rejected()).isEqualTo(1);
        assertThat(server.requests().last().orElseThrow().fault()).isEqualTo("rate limit");

        server.rateLimit().disable();
        assertThat(http.get("/items").statusCode()).isEqualTo(200);
    }

    @Test
    void clearRemovesRules() {
        server.faults().add(FaultRule.onAny().then(Fault.status(500)));
        assertThat(post().statusCode()).isEqualTo(500);

        server.faults().clear();

        assertThat(post().statusCode()).isEqualTo(201);
    }

    private HttpResponse<String> post() {
        return http.json("POST", "/items", "{}");
    }
}
