package ai.hrflow.connectors.jobadder;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.emulators.jobadder.JobAdderData;
import ai.hrflow.connectors.emulators.server.Fault;
import ai.hrflow.connectors.emulators.server.RecordedRequest;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Runs that exchange a code, refresh a refused token, hit a 429, fail items and fail fatally, with every logger
 * at DEBUG: no log line, run result or failures file holds a secret the runs handled.
 */
class NoSecretTest {
    private final JobAdderTestEnv env = new JobAdderTestEnv();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level rootLevel;

    @BeforeEach
    void captureLogs() {
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void close() {
        root.detachAppender(logs);
        root.setLevel(rootLevel);
        env.close();
    }

    @Test
    void noSecretReachesLogsResultsOrFailureFiles() throws Exception {
        env.ja.seedCandidates(JobAdderData.candidates(3, 8));
        String code = env.newCode();
        String duplicateKey = env.seedProfile("hr-1", "Ada", "Lovelace", "ada@example.com");
        env.ja.seedCandidate(Json.object().put("firstName", "Ada").put("lastName", "L").put("email", "ada@example.com"));
        env.ja.faults().next(1, "GET", "/v2/candidates", Fault.status(429).withRetryAfter(1));
        env.ja.faults().next(1, "GET", "/v2/candidates", Fault.status(401));

        List<RunResult> results = new ArrayList<>();
        results.add(env.run("create_profiles_in_hrflow", ActionRequest.builder("secrets-in")
                .connectorAuth(env.connectorAuth(code)).pullParameters(Map.of("limit", 2))
                .hrflowAuth(env.hrflowAuth()).pushParameters(Map.of("source_key", env.source)).build()));
        env.ja.expireAccessTokens();
        results.add(env.run("push_profile", ActionRequest.builder("secrets-out")
                .originParameters(env.pushOrigin(duplicateKey)).targetParameters(env.pushTarget(code, false)).build()));
        env.store = null;
        results.add(env.run("push_profile", ActionRequest.builder("secrets-fatal")
                .originParameters(env.pushOrigin(duplicateKey)).targetParameters(env.pushTarget(code, false)).build()));

        Set<String> secrets = handledSecrets(code);
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(6); // secret, API key, code, 2+ access, 2+ refresh tokens
        StringBuilder everything = new StringBuilder();
        for (ILoggingEvent e : logs.list) {
            everything.append(e.getFormattedMessage()).append('\n');
            if (e.getThrowableProxy() != null) {
                everything.append(ThrowableProxyUtil.asString(e.getThrowableProxy())).append('\n');
            }
        }
        for (RunResult r : results) {
            everything.append(Json.MAPPER.writeValueAsString(r)).append('\n');
            if (r.failuresFile() != null) {
                everything.append(Files.readString(Path.of(r.failuresFile()))).append('\n');
            }
        }
        assertThat(logs.list).as("the runs logged at DEBUG").hasSizeGreaterThan(20);
        assertThat(results.get(1).count(Event.WRITE_SKIPPED)).as("the refused duplicate, logged at DEBUG").isEqualTo(1);
        assertThat(results.get(2).isFatal()).isTrue();
        for (String secret : secrets) {
            assertThat(everything.toString()).as("a secret of %d characters", secret.length()).doesNotContain(secret);
        }
    }

    /** The client secret, the HrFlow key, the code, and every access and refresh token the emulators saw. */
    private Set<String> handledSecrets(String code) {
        Set<String> secrets = new LinkedHashSet<>(env.secrets());
        secrets.add(code);
        for (RecordedRequest r : env.ja.requests().all()) {
            String auth = r.header("Authorization");
            if (auth != null && auth.startsWith("Bearer ")) {
                secrets.add(auth.substring(7));
            }
        }
        for (RecordedRequest r : env.ja.idRequests().all()) {
            for (String pair : r.bodyText().split("&")) {
                if (pair.startsWith("refresh_token=")) {
                    secrets.add(pair.substring("refresh_token=".length()));
                }
            }
        }
        return secrets;
    }
}
