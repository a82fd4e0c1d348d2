package ai.hrflow.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.cli.testing.MemoryData;
import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.runtime.RunProgress;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** {@code run --limit}, the items a dry run prints, and progress on and off a terminal. */
class LimitAndProgressTest extends CliTestBase {

    @Test
    void aDryRunWithALimitPrintsTheFormattedItemsAsJsonLinesThenTheResult() throws Exception {
        MemoryData.atsProfiles(1, 10);

        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("peek", "").toString(),
                "--dry-run", "--limit", "3");

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = Arrays.asList(r.out().split("\n"));
        for (String line : lines.subList(0, 3)) {
            JsonNode item = Json.MAPPER.readTree(line);
            assertThat(item.isObject()).as(line).isTrue();
        }
        assertThat(lines.subList(0, 3)).allMatch(l -> !l.contains("\n") && l.startsWith("{"));
        JsonNode result = Json.MAPPER.readTree(String.join("\n", lines.subList(3, lines.size())));
        assertThat(result.at("/events/read_success").asInt()).isEqualTo(3);
        assertThat(MemoryData.HRFLOW_WRITTEN).isEmpty();
    }

    @Test
    void aLimitedRunWritesThatManyAndTheNextIncrementalRunGoesOnFromThere() throws Exception {
        MemoryData.atsProfiles(1, 10);
        Path config = inboundConfig("limited", "");

        Result first = run("run", "memoryats", "update_profiles_in_hrflow", "-c", config.toString(), "--incremental",
                "--limit", "4", "-q");
        Result second = run("run", "memoryats", "update_profiles_in_hrflow", "-c", config.toString(), "--incremental",
                "-q");

        assertThat(Json.MAPPER.readTree(first.out()).at("/events/write_success").asInt()).isEqualTo(4);
        assertThat(Json.MAPPER.readTree(first.out()).get("incremental_token").asText()).isEqualTo("4");
        assertThat(Json.MAPPER.readTree(second.out()).at("/events/read_success").asInt()).isEqualTo(6);
        assertThat(MemoryData.HRFLOW_WRITTEN).hasSize(10);
    }

    @Test
    void aLimitBelowOneIsAUsageError() throws Exception {
        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("x", "").toString(),
                "--limit", "0");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--limit");
    }

    @Test
    void onATerminalTheProgressLineShowsTheTotalTheOriginGives() throws Exception {
        MemoryData.atsProfiles(1, 10);
        terminal = true;

        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("tty", "").toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("read 10 of ~10 (100%) | written 10 | skipped 0 | failed 0");
    }

    @Test
    void theProgressLineHasATotalAndAnEtaOnlyWhenTheTotalIsKnown() {
        RunProgress known = new RunProgress("w", "a", 250, 200, 0, 0, 1, Duration.ofSeconds(10), false, 1000L);
        RunProgress unknown = new RunProgress("w", "a", 250, 200, 0, 0, 1, Duration.ofSeconds(10), false, null);

        assertThat(ProgressLine.render(known)).isEqualTo(
                "read 250 of ~1,000 (25%) | written 200 | skipped 0 | failed 1 | discarded 0 | 25.0/s | 00:10 | ETA 00:30");
        assertThat(ProgressLine.render(unknown)).isEqualTo(
                "read 250 | written 200 | skipped 0 | failed 1 | discarded 0 | 25.0/s | 00:10");
    }

    @Test
    void offATerminalProgressIsALogLineEveryInterval() {
        Logger logger = (Logger) LoggerFactory.getLogger("ai.hrflow.connectors.progress");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            ProgressLog log = new ProgressLog(Duration.ofSeconds(30));
            for (int second = 0; second <= 95; second += 5) {
                log.onProgress(new RunProgress("w", "a", second * 10L, second * 10L, 0, 0, 0,
                        Duration.ofSeconds(second), false, null));
            }
            log.onProgress(new RunProgress("w", "a", 1000, 1000, 0, 0, 0, Duration.ofSeconds(96), true, null));
        } finally {
            logger.detachAppender(appender);
        }

        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "Progress: read 300 | written 300 | skipped 0 | failed 0 | discarded 0 | 10.0/s | 00:30",
                "Progress: read 600 | written 600 | skipped 0 | failed 0 | discarded 0 | 10.0/s | 01:00",
                "Progress: read 900 | written 900 | skipped 0 | failed 0 | discarded 0 | 10.0/s | 01:30");
    }

    @Test
    void theProgressIntervalIsAnOption() throws Exception {
        Result help = run("run", "--help");
        Result bad = run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("y", "").toString(),
                "--progress-interval", "0");

        assertThat(help.out()).contains("--progress-interval", "--limit");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
