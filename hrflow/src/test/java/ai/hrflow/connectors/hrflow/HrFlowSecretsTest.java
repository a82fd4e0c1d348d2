package ai.hrflow.connectors.hrflow;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.spi.ItemFailure;
import ai.hrflow.connectors.api.spi.WriteResult;
import ai.hrflow.connectors.emulators.server.Fault;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The API key never reaches a log line (any level), an exception message or an item failure. */
class HrFlowSecretsTest {
    private final HrFlowTestEnv env = new HrFlowTestEnv();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level rootLevel;

    @BeforeEach
    void capture() {
        rootLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void release() {
        root.detachAppender(logs);
        root.setLevel(rootLevel);
        env.close();
    }

    private List<String> logText() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent e : logs.list) {
            lines.add(e.getFormattedMessage());
            if (e.getThrowableProxy() != null) {
                lines.add(e.getThrowableProxy().getMessage());
            }
        }
        return lines;
    }

    @Test
    void keysStayOutOfLogsMessagesAndFailures() throws Exception {
        List<String> messages = new ArrayList<>();
        String wrong = "ask_" + "5e".repeat(16);
        try {
            env.client(wrong).profiles().get(env.source, ObjectRef.reference("x"));
        } catch (RuntimeException e) {
            messages.add(e.getMessage());
        }
        // a server echoing the key in an error body, and an item failure built from it
        env.emu.faults().next(1, "POST", "/v1/profile/indexing", Fault.status(400)
                .withBody("{\"code\":400,\"message\":\"bad request from key " + env.apiKey + "\"}"));
        WriteResult result = env.writer("profile", Mode.CREATE, Map.of("source_key", env.source))
                .write(List.of(HrFlowTestEnv.profile("p")));
        result.failures().stream().map(ItemFailure::reason).forEach(messages::add);
        env.emu.faults().next(1, "GET", "/v1/source", Fault.malformedJson());
        try {
            env.client().source(env.source);
        } catch (RuntimeException e) {
            messages.add(e.getMessage());
        }

        assertThat(messages).hasSize(3).allSatisfy(m -> assertThat(m)
                .doesNotContain(wrong).doesNotContain(env.apiKey));
        assertThat(result.failures().get(0).reason()).contains("bad request from key ***");
        assertThat(logText()).as("TRACE logs show headers and bodies").anySatisfy(l -> assertThat(l)
                .contains("X-API-KEY"));
        assertThat(logText()).isNotEmpty().allSatisfy(l -> assertThat(l)
                .doesNotContain(wrong).doesNotContain(env.apiKey));
    }
}
