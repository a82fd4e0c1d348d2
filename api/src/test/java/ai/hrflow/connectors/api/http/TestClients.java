package ai.hrflow.connectors.api.http;

import java.time.Duration;

/** Settings for tests: fake time, short timeouts, jitter pinned to its maximum so backoff waits are exact. */
final class TestClients {
    private TestClients() {
    }

    static ApiClientSettings.Builder settings(ScriptedServer server, FakeTime time) {
        return ApiClientSettings.builder().baseUrl(server.baseUrl()).clock(time).sleeper(time)
                .connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(5));
    }

    /** A client whose backoff is always the cap: initial 100 ms, doubling, at most 1 s. */
    static ApiClient client(ApiClientSettings.Builder settings) {
        return new ApiClient(settings.backoff(Duration.ofMillis(100), Duration.ofSeconds(1)).build(), () -> 1.0);
    }

    static ApiClient client(ScriptedServer server, FakeTime time) {
        return client(settings(server, time));
    }
}
