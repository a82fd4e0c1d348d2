package ai.hrflow.connectors.emulators.hrflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.TestHttp;
import ai.hrflow.connectors.emulators.server.Fault;
import ai.hrflow.connectors.emulators.server.RecordedRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HrFlowFaultsTest {
    private static final String CREATE = "/v1/profile/indexing";
    private final HrFlowFixture f = new HrFlowFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 402, 422, 500, 503})
    void forcedStatusesAnswerInTheEnvelope(int status) {
        f.emu.faults().next(1, "POST", CREATE, Fault.status(status));

        HttpResponse<String> r = f.create(f.source, HrFlowFixture.profile("x"));

        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().allValues("Content-Type")).containsExactly("application/json");
        assertThat(TestHttp.body(r).path("code").asInt()).isEqualTo(status);
        assertThat(TestHttp.body(r).path("message").asText()).isNotBlank();
        assertThat(f.emu.profileCount(f.source)).isZero();
    }

    @Test
    void tooManyRequestsCarriesRetryAfter() {
        f.emu.faults().next(1, "GET", "/v1/profile/indexing", Fault.status(429).withRetryAfter(2));

        HttpResponse<String> r = f.http.get("/profile/indexing?source_key=" + f.source + "&reference=x");

        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).contains("2");
        assertThat(TestHttp.body(r).path("code").asInt()).isEqualTo(429);
    }

    @Test
    void dropAfterProcessingStoresTheProfileButTheClientSeesNoAnswer() {
        f.emu.faults().next(1, "POST", CREATE, Fault.dropAfterProcessing());

        assertThatThrownBy(() -> f.create(f.source, HrFlowFixture.profile("once")))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(f.emu.profile(f.source, "once")).isPresent();
        // A blind retry is caught by the reference rule: the client must check before re-creating.
        assertThat(f.create(f.source, HrFlowFixture.profile("once")).statusCode()).isEqualTo(400);
        assertThat(f.emu.profileCount(f.source)).isEqualTo(1);
    }

    @Test
    void dropBeforeProcessingStoresNothing() {
        f.emu.faults().next(1, "POST", CREATE, Fault.drop());

        assertThatThrownBy(() -> f.create(f.source, HrFlowFixture.profile("never")))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(f.emu.profile(f.source, "never")).isEmpty();
    }

    @Test
    void malformedJsonWith200() {
        f.emu.faults().next(1, "GET", "/v1/source", Fault.malformedJson());

        HttpResponse<String> r = f.http.get("/source?key=" + f.source);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> TestHttp.body(r)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void rateLimitAnswers429InTheEnvelope() {
        // One request per 5 s: the second call is over the limit however slow this machine is.
        f.emu.rateLimit().perSecond(0.2);

        HttpResponse<String> first = f.http.get("/source?key=" + f.source);
        HttpResponse<String> second = f.http.get("/source?key=" + f.source);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(second.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 5L);
        assertThat(TestHttp.body(second).path("code").asInt()).isEqualTo(429);
        assertThat(second.headers().allValues("Content-Type")).containsExactly("application/json");
    }

    @Test
    void requestLogShowsWhatTheClientSent() {
        JsonNode created = f.created("logged");
        f.emu.requests().clear();

        f.http.json("PUT", "/profile/indexing", Json.object().put("source_key", f.source)
                .put("key", created.path("key").asText()).put("text", "merged"));

        RecordedRequest put = f.emu.requests().last("PUT", CREATE).orElseThrow();
        assertThat(put.header("X-API-KEY")).isEqualTo(f.apiKey);
        assertThat(put.header("X-USER-EMAIL")).isEqualTo(HrFlowFixture.EMAIL);
        assertThat(put.json().path("text").asText()).isEqualTo("merged");
        assertThat(put.status()).isEqualTo(200);
        assertThat(f.emu.requests().count("PUT", CREATE)).isEqualTo(1);
        assertThat(f.emu.requests().count("POST", CREATE)).isZero();
    }
}
