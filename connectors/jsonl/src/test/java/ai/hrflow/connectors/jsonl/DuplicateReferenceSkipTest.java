package ai.hrflow.connectors.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.runtime.state.InMemoryStateStore;
import ai.hrflow.connectors.emulators.hrflow.HrFlowEmulator;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Profiles HrFlow already has (their reference is used) are counted skipped, with one log line for the run. */
class DuplicateReferenceSkipTest {
    private static final int COUNT = 300;

    @TempDir
    Path tmp;

    private HrFlowEmulator hrflow;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level rootLevel;

    @BeforeEach
    void start() {
        hrflow = HrFlowEmulator.builder().start();
        rootLevel = root.getLevel();
    }

    @AfterEach
    void stop() {
        root.detachAppender(logs);
        root.setLevel(rootLevel);
        hrflow.close();
    }

    @Test
    void aSecondImportOfTheSameFileCountsEveryProfileSkippedAndLogsOneInfoLine() throws IOException {
        String apiKey = hrflow.newApiKey("ask_", "ops@example.com");
        String source = hrflow.addSource("Imports", false);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            lines.add(Json.object().put("reference", "ref-" + i).put("text", "Profile " + i).toString());
        }
        Path file = Files.write(tmp.resolve("in.jsonl"), lines);
        RunEnvironment env = RunEnvironment.builder().stateStore(new InMemoryStateStore())
                .failuresDirectory(tmp.resolve("failures"))
                .endpoints(EndpointOverrides.of(Map.of("https://api.hrflow.ai/v1", hrflow.baseUrl()))).build();
        ActionRequest request = ActionRequest.builder("import").hrflowAuth(Map.of("api_secret", apiKey, "api_user",
                "ops@example.com")).pullParameters(Map.of("path", file.toString()))
                .pushParameters(Map.of("source_key", source)).build();
        var action = JsonLinesConnector.create().action("create_profiles_in_hrflow").orElseThrow();
        RunResult first = env.run(action, request);
        assertThat(first.count(Event.WRITE_SUCCESS)).isEqualTo(COUNT);
        assertThat(first.count(Event.WRITE_SKIPPED)).isZero();

        root.setLevel(Level.DEBUG);
        logs.start();
        root.addAppender(logs);
        RunResult again = env.run(action, request);

        assertThat(again.status()).as("an all-skipped run is a success").isEqualTo(Status.SUCCESS);
        assertThat(again.count(Event.WRITE_SKIPPED)).isEqualTo(COUNT);
        assertThat(again.count(Event.WRITE_SUCCESS)).isZero();
        assertThat(again.count(Event.WRITE_FAILURE)).isZero();
        assertThat(again.failuresFile()).isNull();
        assertThat(hrflow.profileCount(source)).isEqualTo(COUNT);
        List<String> info = logs.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                .map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains("already exists")).toList();
        assertThat(info).singleElement().satisfies(m -> assertThat(m).startsWith("Skipped " + COUNT + " item(s)"));
        assertThat(logs.list).filteredOn(e -> e.getLevel() == Level.DEBUG
                && e.getFormattedMessage().contains("already exists")).hasSize(COUNT);
    }
}
