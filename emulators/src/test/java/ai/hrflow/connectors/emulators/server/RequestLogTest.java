package ai.hrflow.connectors.emulators.server;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.emulators.TestHttp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestLogTest {

    @Test
    void recordsMethodPathQueryHeadersBodyAndStatus() {
        MutableClock clock = MutableClock.fixed(Instant.parse("2024-01-02T03:04:05Z"));
        try (EmulatorServer server = EmulatorServer.builder().clock(clock).start()) {
            server.router().post("/a/{id}", req -> EmulatorResponse.empty(204));
            TestHttp http = new TestHttp(server.baseUrl()).withHeader("X-API-KEY", "k1");

            http.json("POST", "/a/1?x=1&x=2", "{\"name\":\"n\"}");
            http.get("/a/2");

            RecordedRequest post = server.requests().last("POST", "/a/{id}").orElseThrow();
            assertThat(post.method()).isEqualTo("POST");
            assertThat(post.path()).isEqualTo("/a/1");
            assertThat(post.query().all("x")).containsExactly("1", "2");
            assertThat(post.header("x-api-key")).isEqualTo("k1");
            assertThat(post.json().path("name").asText()).isEqualTo("n");
            assertThat(post.status()).isEqualTo(204);
            assertThat(post.receivedAt()).isEqualTo(clock.instant());
            assertThat(server.requests().count("POST", "/a/{id}")).isEqualTo(1);
            assertThat(server.requests().count(null, "/a*")).isEqualTo(2);
            assertThat(server.requests().filter("GET", "/a/2")).singleElement()
                    .satisfies(r -> assertThat(r.status()).isEqualTo(405));
        }
    }

    @Test
    void keepsOnlyTheLatestEntriesButCountsAll() {
        RequestLog log = new RequestLog(2);
        for (int i = 1; i <= 3; i++) {
            log.record(entry(i));
        }

        assertThat(log.size()).isEqualTo(2);
        assertThat(log.total()).isEqualTo(3);
        assertThat(log.all()).extracting(RecordedRequest::sequence).containsExactly(2L, 3L);

        log.clear();
        assertThat(log.size()).isZero();
        assertThat(log.total()).isZero();
    }

    @Test
    void canBeSwitchedOff() {
        RequestLog log = new RequestLog(10);
        log.enabled(false);

        log.record(entry(1));

        assertThat(log.total()).isZero();
    }

    private static RecordedRequest entry(long seq) {
        return new RecordedRequest(seq, Instant.EPOCH, "GET", "/x", null, QueryParams.parse(null), Map.of(),
                new byte[0], 200, null);
    }
}
