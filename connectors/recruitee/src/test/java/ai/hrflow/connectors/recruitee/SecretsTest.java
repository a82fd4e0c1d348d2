package ai.hrflow.connectors.recruitee;

import static ai.hrflow.connectors.recruitee.RecruiteeTestEnv.CANDIDATES;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.emulators.server.Fault;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Runs with every log line on (TRACE: headers and bodies) and failures on purpose: no token anywhere. */
class SecretsTest {
    private final RecruiteeTestEnv env = new RecruiteeTestEnv();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Level before;

    @BeforeEach
    void capture() {
        before = root.getLevel();
        logs.start();
        root.addAppender(logs);
        root.setLevel(Level.TRACE);
    }

    @AfterEach
    void release() {
        root.setLevel(before);
        root.detachAppender(logs);
        env.close();
    }

    private String everything(RunResult... results) throws Exception {
        StringBuilder out = new StringBuilder(logs.list.stream().map(e -> e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .collect(Collectors.joining("\n")));
        for (RunResult r : results) {
            out.append(Json.MAPPER.writeValueAsString(r));
            if (r.failuresFile() != null) {
                out.append(Files.readString(Path.of(r.failuresFile())));
            }
        }
        return out.toString();
    }

    @Test
    void tokensNeverReachLogsResultsOrFailureFiles() throws Exception {
        String key = env.seedProfile("r1", "Ann Lee", "ann@example.com").path("key").asText();
        env.rec.faults().next(1, "POST", CANDIDATES, Fault.dropAfterProcessing());
        env.rec.faults().next(1, "GET", CANDIDATES, Fault.status(429).withRetryAfter(1));
        Map<String, Object> origin = Map.of("api_secret", env.apiKey, "api_user", RecruiteeTestEnv.HRFLOW_EMAIL,
                "source_key", env.source, "profile_key", key);

        RunResult ok = env.run("push_profile", ActionRequest.builder("secrets-ok").originParameters(origin)
                .targetParameters(Map.of("company_id", "12345", "api_token", env.token,
                        "recruitee_endpoint", "PRODUCTION ENDPOINT", "offer_ids", List.of(999))).build());
        RunResult refused = env.run("push_profile", ActionRequest.builder("secrets-401").originParameters(origin)
                .targetParameters(Map.of("company_id", "12345", "api_token", "not-the-token-4242",
                        "recruitee_endpoint", "PRODUCTION ENDPOINT")).build());
        RunResult inbound = env.run("create_profiles_in_hrflow", ActionRequest.builder("secrets-in")
                .connectorAuth(env.auth()).hrflowAuth(env.hrflowAuth())
                .pushParameters(Map.of("source_key", env.source)).build());

        String all = everything(ok, refused, inbound);
        assertThat(logs.list).isNotEmpty();
        assertThat(all).contains("Authorization=***").contains("422").contains("401");
        assertThat(all).doesNotContain(env.token).doesNotContain("not-the-token-4242").doesNotContain(env.apiKey);
    }

    @Test
    void accountAndParametersPrintMasked() {
        RecruiteeAccount account = new RecruiteeAccount("12345", env.token, RecruiteeEndpoint.PRODUCTION);
        var bound = RecruiteeParameters.V1_WRITE_PROFILE.bind(Map.of("company_id", "12345", "api_token", env.token,
                "recruitee_endpoint", "PRODUCTION ENDPOINT"));

        assertThat(account.toString()).doesNotContain(env.token).contains("12345");
        assertThat(bound.toString()).doesNotContain(env.token);
    }
}
