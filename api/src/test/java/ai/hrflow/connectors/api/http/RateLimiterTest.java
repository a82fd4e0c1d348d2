package ai.hrflow.connectors.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
        // A lost update is rare on a machine with few cores: give it rounds of chances within a time budget.
        long deadline = System.nanoTime() + 400_000_000L;
        do {
            oneRoundOfConcurrentReservations();
        } while (System.nanoTime() < deadline);
    }

    private static void oneRoundOfConcurrentReservations() throws Exception {
        FakeTime time = FakeTime.frozen(); // waits are booked, not spent: each must get its own slot
        TokenBucket bucket = new TokenBucket(1000, 1, time);
        int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        int perThread = 20_000;
        long[][] waits = new long[threads][perThread];
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            long[] mine = waits[t];
            pool.submit(() -> {
                go.await();
                for (int i = 0; i < perThread; i++) {
                    mine[i] = bucket.reserve().toNanos();
                }
                return null;
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        long[] all = Arrays.stream(waits).flatMapToLong(Arrays::stream).sorted().toArray();
        for (int i = 0; i < all.length; i++) { // slot i is i ms away: none shared, none skipped
            if (all[i] != i * 1_000_000L) {
                throw new AssertionError("slot " + i + " booked as " + all[i] + " ns");
            }
        }
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
