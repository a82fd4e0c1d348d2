package ai.hrflow.connectors.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HrFlowEventTest {
    private static HrFlowEvent.Parsed parse(String json) {
        return HrFlowEvent.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aProfileEventGivesProfileAndSourceKeys() {
        HrFlowEvent event = parse("{\"type\":\"profile.storing.success\",\"profile\":{\"key\":\"p1\","
                + "\"source\":{\"key\":\"s1\"}}}").event().orElseThrow();

        assertThat(event.type()).isEqualTo("profile.storing.success");
        assertThat(event.parameters()).isEqualTo(Map.of("profile_key", "p1", "source_key", "s1"));
    }

    @Test
    void aJobEventGivesJobAndBoardKeys() {
        HrFlowEvent event = parse("{\"type\":\"job.storing.success\",\"job\":{\"key\":\"j1\","
                + "\"board\":{\"key\":\"b1\"}}}").event().orElseThrow();

        assertThat(event.parameters()).isEqualTo(Map.of("job_key", "j1", "board_key", "b1"));
    }

    @Test
    void malformedEventsSayWhatIsWrong() {
        assertThat(parse("not json").error()).isEqualTo("the body is not JSON");
        assertThat(parse("[1]").error()).isEqualTo("the body is not a JSON object");
        assertThat(parse("{}").error()).isEqualTo("type: missing");
        assertThat(parse("{\"type\":\"action.stage.success\"}").error()).contains("neither a profile nor a job");
        assertThat(parse("{\"type\":\"profile.parsing.success\",\"profile\":{}}").error())
                .isEqualTo("profile.key: missing");
        assertThat(parse("{\"type\":\"profile.parsing.success\",\"profile\":{\"key\":\"p\"}}").error())
                .isEqualTo("profile.source.key: missing");
    }
}
