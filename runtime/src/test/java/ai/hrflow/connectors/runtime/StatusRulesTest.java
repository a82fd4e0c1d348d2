package ai.hrflow.connectors.runtime;

import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.api.spi.EventCounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusRulesTest {

    @ParameterizedTest(name = "v2 R={0} RF={1} LF={2} LD={3} FF={4} WF={5} CF={6} -> {7}/{8}")
    @CsvSource({
        // rule 1: nothing read, nothing failed
        "0, 0, 0, 0, 0, 0, 0, success, none",
        // rule 2: nothing read, reading failed
        "0, 1, 0, 0, 0, 0, 0, fatal, read_failure",
        // rule 3: every item failed in logics
        "5, 0, 5, 0, 0, 0, 0, fatal, logics_failure",
        "5, 1, 5, 0, 0, 0, 0, fatal, logics_failure",
        // rule 4: every item that survived logics failed in format
        "5, 0, 0, 0, 5, 0, 0, fatal, format_failure",
        "5, 0, 2, 1, 2, 0, 0, fatal, format_failure",
        // our fix of rule 4: everything discarded is a success, not fatal/format_failure
        "5, 0, 0, 5, 0, 0, 0, success, none",
        "5, 0, 2, 3, 0, 0, 0, success_with_failures, none",
        // rule 5: every item that reached the write failed
        "5, 0, 0, 0, 0, 5, 0, fatal, write_failure",
        "6, 0, 1, 2, 1, 2, 0, fatal, write_failure",
        // rule 6: any failure
        "5, 1, 0, 0, 0, 0, 0, success_with_failures, none",
        "5, 0, 1, 0, 0, 0, 0, success_with_failures, none",
        "5, 0, 0, 0, 1, 0, 0, success_with_failures, none",
        "5, 0, 0, 0, 0, 1, 0, success_with_failures, none",
        "5, 0, 0, 0, 0, 0, 1, success_with_failures, none",
        // callback failures never make a run fatal
        "5, 0, 0, 0, 0, 0, 5, success_with_failures, none",
        // rule 7
        "5, 0, 0, 2, 0, 0, 0, success, none",
    })
    void v2Rules(long r, long rf, long lf, long ld, long ff, long wf, long cf, String status, String reason) {
        StatusRules.Outcome outcome = StatusRules.V2.evaluate(counts(r, rf, lf, ld, ff, wf, cf));
        assertThat(outcome.status().value()).isEqualTo(status);
        assertThat(outcome.reason().value()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "v1 R={0} RF={1} LF={2} LD={3} FF={4} WF={5} CF={6} -> {7}/{8}")
    @CsvSource({
        "0, 0, 0, 0, 0, 0, 0, success, none",
        "0, 2, 0, 0, 0, 0, 0, fatal, read_failure",
        // v1 checks format first (format runs before logics there)
        "5, 0, 0, 0, 5, 0, 0, fatal, format_failure",
        "5, 0, 3, 0, 2, 0, 0, fatal, logics_failure",
        "5, 0, 5, 0, 0, 0, 0, fatal, logics_failure",
        "5, 0, 0, 1, 1, 3, 0, fatal, write_failure",
        // all discarded: success in v1
        "5, 0, 0, 5, 0, 0, 0, success, none",
        "5, 0, 0, 0, 0, 1, 0, success_with_failures, none",
        "5, 0, 0, 0, 0, 0, 0, success, none",
    })
    void v1Rules(long r, long rf, long lf, long ld, long ff, long wf, long cf, String status, String reason) {
        StatusRules.Outcome outcome = StatusRules.V1.evaluate(counts(r, rf, lf, ld, ff, wf, cf));
        assertThat(outcome.status().value()).isEqualTo(status);
        assertThat(outcome.reason().value()).isEqualTo(reason);
    }

    private static EventCounts counts(long r, long rf, long lf, long ld, long ff, long wf, long cf) {
        return new EventCounts().add(Event.READ_SUCCESS, r).add(Event.READ_FAILURE, rf)
                .add(Event.LOGICS_FAILURE, lf).add(Event.LOGICS_DISCARD, ld).add(Event.FORMAT_FAILURE, ff)
                .add(Event.WRITE_FAILURE, wf).add(Event.CALLBACK_FAILURE, cf);
    }
}
