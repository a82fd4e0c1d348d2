package ai.hrflow.connectors.emulators.recruitee;

import static ai.hrflow.connectors.emulators.recruitee.RecruiteeFixture.CANDIDATES;
import static ai.hrflow.connectors.emulators.recruitee.RecruiteeFixture.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.emulators.TestHttp;
import ai.hrflow.connectors.emulators.server.Fault;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecruiteeFaultsTest {
    private final RecruiteeFixture f = new RecruiteeFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void injected429WithAndWithoutRetryAfter() {
        f.emu.faults().next(1, "GET", CANDIDATES, Fault.status(429).withRetryAfter(3));
        f.emu.faults().next(1, "GET", CANDIDATES, Fault.status(429));

        HttpResponse<String> first = f.http.get("/" + COMPANY + "/candidates");
        HttpResponse<String> second = f.http.get("/" + COMPANY + "/candidates");

        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).contains("3");
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(second.headers().firstValue("Retry-After")).isEmpty();
        assertThat(TestHttp.body(second).path("error").isArray()).isTrue();
        assertThat(f.http.get("/" + COMPANY + "/candidates").statusCode()).isEqualTo(200);
    }

    @Test
    void injected5xxBeforeProcessingCreatesNothing() {
        f.emu.faults().next(1, "POST", CANDIDATES, Fault.status(503));

        assertThat(f.create(RecruiteeFixture.body("Ann", "ann@x.io")).statusCode()).isEqualTo(503);
        assertThat(f.emu.candidateCount(COMPANY)).isZero();
    }

    @Test
    void createThenLostResponseKeepsTheCandidate() {
        f.emu.faults().next(1, "POST", CANDIDATES, Fault.dropAfterProcessing());

        assertThatThrownBy(() -> f.create(RecruiteeFixture.body("Ann", "ann@x.io")))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(f.emu.candidateCount(COMPANY)).isEqualTo(1);
        assertThat(f.emu.requests().filter("POST", CANDIDATES)).singleElement()
                .satisfies(r -> assertThat(r.dropped()).isTrue());
    }

    @Test
    void fiveHundredAfterProcessingAlsoKeepsTheCandidate() {
        f.emu.faults().next(1, "POST", CANDIDATES, Fault.status(500).afterProcessing());

        assertThat(f.create(RecruiteeFixture.body("Ann", "ann@x.io")).statusCode()).isEqualTo(500);
        assertThat(f.emu.candidateCount(COMPANY)).isEqualTo(1);
    }

    @Test
    void wholeEmulatorRateLimit() {
        f.emu.rateLimit().perSecond(1);

        HttpResponse<String> a = f.http.get("/" + COMPANY + "/offers");
        HttpResponse<String> b = f.http.get("/" + COMPANY + "/offers");

        assertThat(a.statusCode()).isEqualTo(200);
        assertThat(b.statusCode()).isEqualTo(429);
        assertThat(b.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void unknownRouteAnswersInTheErrorShape() {
        HttpResponse<String> r = f.http.get("/" + COMPANY + "/nothing-here");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(TestHttp.body(r).path("error").get(0).asText()).isNotBlank();
    }
}
