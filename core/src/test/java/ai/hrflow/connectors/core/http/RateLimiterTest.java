package ai.hrflow.connectors.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void spacesRequestsToOneHostAtTheConfiguredRate() throws Exception {
        FakeTime time = FakeTime.advancing();
        HostRateLimiter limiter = new HostRateLimiter(4, 1, time, time);
        URI host = URI.create("http://api.example:8080/x");

        for (int i = 0; i < 4; i++) {
            limiter.acquire(host);
        }

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(250), Duration.ofMillis(250));
    }

    @Test
    void aBurstGoesAtOnceThenTheRateApplies() throws Exception {
        FakeTime time = FakeTime.advancing();
        HostRateLimiter limiter = new HostRateLimiter(2, 3, time, time);
        URI host = URI.create("http://api.example/x");

        for (int i = 0; i < 4; i++) {
            limiter.acquire(host);
        }
        time.advance(Duration.ofSeconds(10)); // idle: the bucket refills to the burst, not beyond
        for (int i = 0; i < 4; i++) {
            limiter.acquire(host);
        }

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
    }

    @Test
    void eachHostHasItsOwnBucket() throws Exception {
        FakeTime time = FakeTime.frozen();
        HostRateLimiter limiter = new HostRateLimiter(1, 1, time, time);

        limiter.acquire(URI.create("http://a.example/x"));
        limiter.acquire(URI.create("http://b.example/x"));
        limiter.acquire(URI.create("http://A.EXAMPLE/y"));

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void manyThreadsNeverShareASlot() throws Exception {
        FakeTime time = FakeTime.frozen(); // waits are booked, not spent: each must get its own slot
        TokenBucket bucket = new TokenBucket(1000, 1, time);
        int threads = 16;
        int perThread = 500;
        ConcurrentLinkedQueue<Duration> waits = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                go.await();
                for (int i = 0; i < perThread; i++) {
                    waits.add(bucket.reserve());
                }
                return null;
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        List<Duration> expected = new ArrayList<>();
        IntStream.range(0, threads * perThread).forEach(i -> expected.add(Duration.ofMillis(i)));
        assertThat(waits).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theClientWaitsForTheLimiterBeforeEachRequestAndRetry() throws Exception {
        FakeTime time = FakeTime.advancing();
        try (ScriptedServer server = ScriptedServer.start()) {
            ApiClient client = TestClients.client(TestClients.settings(server, time).rateLimit(10, 1));
            server.enqueue(Reply.json(200, "{}"), Reply.status(429).withHeader("Retry-After", "0"), Reply.json(200, "{}"));

            client.send(ApiRequest.get("/a").build());
            client.send(ApiRequest.get("/b").build());

            // the second call waits its slot; its retry after Retry-After: 0 waits another slot
            assertThat(time.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ZERO, Duration.ofMillis(100));
            assertThat(server.requests()).hasSize(3);
        }
    }
}
