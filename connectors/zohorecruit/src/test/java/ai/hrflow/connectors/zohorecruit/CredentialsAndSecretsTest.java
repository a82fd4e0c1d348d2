package ai.hrflow.connectors.zohorecruit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.Reason;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import ai.hrflow.connectors.api.spi.Logic;
import ai.hrflow.connectors.emulators.server.Fault;
import ai.hrflow.connectors.emulators.server.FaultRule;
import ai.hrflow.connectors.emulators.zoho.ZohoData;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Credentials that die are fatal with a message saying what to do; no secret reaches a log or a result. */
class CredentialsAndSecretsTest {
    private final SyncSandbox sandbox = new SyncSandbox();

    @AfterEach
    void close() {
        sandbox.close();
    }

    private Map<String, Object> revokedRefreshAuth(String refresh) {
        Map<String, Object> auth = new HashMap<>(sandbox.zohoAuth());
        auth.remove("authorization_code");
        auth.put("refresh_token", refresh);
        return auth;
    }

    @Test
    void aRevokedRefreshTokenStopsAnInboundRunWithWhatToDo() {
        sandbox.zoho.zoho.candidates().seed(ZohoData.candidates(5, 1));
        String refresh = sandbox.zoho.zoho.issueRefreshToken(sandbox.zoho.client.clientId());
        sandbox.zoho.zoho.revokeRefreshToken(refresh);

        RunResult result = sandbox.run("create_profiles_in_hrflow", sandbox.flow("revoked")
                .connectorAuth(revokedRefreshAuth(refresh)).pushParameters(Map.of("source_key", sandbox.source)));

        assertThat(result.status()).isEqualTo(Status.FATAL);
        assertThat(result.reason()).isEqualTo(Reason.READ_FAILURE);
        String errors = String.join("\n", result.errors());
        assertThat(errors).contains("invalid_code").contains("refresh token is unknown or was revoked")
                .contains("authorization_code").doesNotContain(refresh);
        assertThat(sandbox.hrflow.profileCount(sandbox.source)).isZero();
    }

    @Test
    void aRefreshTokenAloneIsEnoughAndNoCodeIsExchanged() {
        sandbox.zoho.zoho.candidates().seed(ZohoData.candidates(5, 1));
        Map<String, Object> auth = new HashMap<>(sandbox.zohoAuth());
        auth.remove("authorization_code");
        auth.put("refresh_token", sandbox.zoho.zoho.issueRefreshToken(sandbox.zoho.client.clientId()));

        RunResult result = sandbox.run("create_profiles_in_hrflow", sandbox.flow("refresh-only").connectorAuth(auth)
                .pushParameters(Map.of("source_key", sandbox.source)));

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(sandbox.hrflow.profileCount(sandbox.source)).isEqualTo(5);
        assertThat(sandbox.zoho.zoho.codeExchanges()).isZero();
        assertThat(sandbox.zoho.zoho.refreshes()).isEqualTo(1);
    }

    @Test
    void exhaustedApiCreditsStopTheRunAtOnceWithWhatToDo() {
        sandbox.zoho.zoho.candidates().seed(ZohoData.candidates(450, 1));
        sandbox.zoho.zoho.settings().dailyCredits(2).retryAfter(true);

        RunResult result = sandbox.run("create_profiles_in_hrflow", sandbox.flow("no-credits")
                .pushParameters(Map.of("source_key", sandbox.source)).incremental(true));

        assertThat(result.status()).isEqualTo(Status.FATAL);
        assertThat(result.reason()).isEqualTo(Reason.READ_FAILURE);
        assertThat(String.join("\n", result.errors())).contains("quota is used up");
        assertThat(sandbox.zoho.zoho.recruitRequests().count(r -> r.status() == 429)).isEqualTo(1);
    }

    @Test
    void aRevokedRefreshTokenStopsAnOutboundRunBeforeAnythingIsWritten() {
        for (int i = 0; i < 3; i++) {
            sandbox.hrflow.seedProfile(sandbox.source, Json.object().put("reference", "r" + i)
                    .set("info", Json.object().put("last_name", "L" + i)));
        }
        String refresh = sandbox.zoho.zoho.issueRefreshToken(sandbox.zoho.client.clientId());
        sandbox.zoho.zoho.revokeRefreshToken(refresh);

        RunResult result = sandbox.run("create_profiles_in_zohorecruit", sandbox.flow("revoked-out")
                .connectorAuth(revokedRefreshAuth(refresh)).pullParameters(Map.of("source_key", sandbox.source)));

        assertThat(result.status()).isEqualTo(Status.FATAL);
        assertThat(result.reason()).isEqualTo(Reason.WRITE_FAILURE);
        assertThat(result.incrementalToken()).isNull();
        assertThat(sandbox.zoho.zoho.candidates().count()).isZero();
    }

    @Test
    void noSecretInLogsResultsStateOrFailuresEvenWhenTokensAreRefreshedAndWritesFail() throws Exception {
        List<String> ids = sandbox.zoho.zoho.candidates().seed(ZohoData.candidates(250, 2));
        sandbox.zoho.zoho.recruitFaults().add(FaultRule.on("GET", "/recruit/v2/Candidates").times(2)
                .then(Fault.status(429)));
        AtomicInteger seen = new AtomicInteger();
        Logic expire = item -> {
            if (seen.incrementAndGet() == 100) {
                sandbox.zoho.advance(Duration.ofHours(2));
            }
            return item;
        };
        for (int i = 0; i < 3; i++) {
            ObjectNode p = Json.object().put("reference", i == 0 ? "not-an-id" : ids.get(i));
            p.putObject("info").put("last_name", "Changed" + i);
            sandbox.hrflow.seedProfile(sandbox.source, p);
        }

        List<RunResult> results = new ArrayList<>();
        String logs;
        try (LogCapture capture = new LogCapture()) {
            results.add(sandbox.run("create_profiles_in_hrflow", sandbox.flow("secrets-in")
                    .pushParameters(Map.of("source_key", sandbox.hrflow.addSource("copy", false)))
                    .logics(List.of(expire)).incremental(true)));
            results.add(sandbox.run("update_profiles_in_zohorecruit", sandbox.flow("secrets-out")
                    .pullParameters(Map.of("source_key", sandbox.source))));
            logs = capture.text();
        }

        assertThat(results).extracting(RunResult::status)
                .containsExactly(Status.SUCCESS, Status.SUCCESS_WITH_FAILURES);
        assertThat(results.get(1).count(Event.WRITE_FAILURE)).isEqualTo(1);
        assertThat(sandbox.zoho.zoho.refreshes()).isGreaterThanOrEqualTo(1);
        assertThat(logs).contains("Authorization=***").contains("/oauth/v2/token"); // TRACE lines were captured
        List<String> secrets = new ArrayList<>(sandbox.secrets());
        secrets.addAll(tokensSeenByZoho());
        String saved = sandbox.zoho.store.loadCredentials("zohorecruit:eu:" + sandbox.zoho.client.clientId())
                .orElseThrow().path("refresh_token").asText();
        secrets.add(saved);
        String printed = logs + "\n" + Json.MAPPER.writeValueAsString(results) + "\n"
                + Json.MAPPER.writeValueAsString(sandbox.zoho.store.lastRun("secrets-in").orElseThrow())
                + "\n" + Files.readString(Path.of(results.get(1).failuresFile()));
        assertThat(secrets).hasSizeGreaterThan(4);
        assertThat(leaks(printed, secrets)).isEmpty();
    }

    /** Where each secret shows up, by its position in {@code secrets}, with the text around (secret masked). */
    private static List<String> leaks(String printed, List<String> secrets) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < secrets.size(); i++) {
            int at = printed.indexOf(secrets.get(i));
            if (at >= 0) {
                String around = printed.substring(Math.max(0, at - 120), Math.min(printed.length(),
                        at + secrets.get(i).length() + 40)).replace(secrets.get(i), "<SECRET>");
                found.add("secret #" + i + " printed: ..." + around + "...");
            }
        }
        return found;
    }

    /** The access tokens the product sent (read from the emulator's request log). */
    private List<String> tokensSeenByZoho() {
        return sandbox.zoho.zoho.recruitRequests().all().stream()
                .map(r -> r.header("Authorization")).filter(h -> h != null && h.startsWith("Zoho-oauthtoken "))
                .map(h -> h.substring("Zoho-oauthtoken ".length())).distinct().collect(Collectors.toList());
    }

    /** Every event of the product's loggers, down to TRACE (request and response bodies), while open. */
    private static final class LogCapture implements AutoCloseable {
        private final Logger logger = (Logger) LoggerFactory.getLogger("ai.hrflow.connectors");
        private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
        private final Level previous = logger.getLevel();

        LogCapture() {
            appender.start();
            logger.addAppender(appender);
            logger.setLevel(Level.TRACE);
            logger.setAdditive(false); // kept here, not printed to the console too
        }

        String text() {
            synchronized (appender) {
                return appender.list.stream().map(ILoggingEvent::getFormattedMessage)
                        .collect(Collectors.joining("\n"));
            }
        }

        @Override
        public void close() {
            logger.detachAppender(appender);
            logger.setLevel(previous);
            logger.setAdditive(true);
        }
    }
}
