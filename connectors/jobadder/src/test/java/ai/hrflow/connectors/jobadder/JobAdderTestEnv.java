package ai.hrflow.connectors.jobadder;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.http.ApiClientSettings;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.runtime.state.InMemoryStateStore;
import ai.hrflow.connectors.runtime.state.StateStore;
import ai.hrflow.connectors.emulators.hrflow.HrFlowEmulator;
import ai.hrflow.connectors.emulators.jobadder.JobAdderEmulator;
import ai.hrflow.connectors.emulators.server.MutableClock;
import ai.hrflow.connectors.hrflow.HrFlowClientOptions;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Both emulators, an HrFlow key with a source and a board, a registered JobAdder app, an in-memory state store
 * and the connector wired to them the way a deployment is: only {@code https://id.jobadder.com} and
 * {@code https://api.hrflow.ai/v1} are mapped; the JobAdder API URL comes from the token response. HTTP waits
 * (backoff, Retry-After) are recorded instead of spent.
 */
final class JobAdderTestEnv implements AutoCloseable {
    static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    static final String CLIENT_ID = "hrflow-sync-app";
    static final String CLIENT_SECRET = "ja-secret-5f0c2b9e8d7a";
    static final String REDIRECT = "https://sync.example.com/oauth/callback";
    static final String HRFLOW_EMAIL = "sync-bot@example.com";

    final JobAdderEmulator ja;
    final HrFlowEmulator hrflow;
    final String apiKey;
    final String source;
    final String board;
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final Path failures;
    final Connector connector;
    StateStore store = new InMemoryStateStore();

    JobAdderTestEnv() {
        ja = JobAdderEmulator.builder().clock(MutableClock.fixed(T0)).start();
        ja.addClient(CLIENT_ID, CLIENT_SECRET, REDIRECT);
        hrflow = HrFlowEmulator.builder().clock(MutableClock.fixed(T0)).start();
        apiKey = hrflow.newApiKey("ask_", HRFLOW_EMAIL);
        source = hrflow.addSource("JobAdder candidates", false);
        board = hrflow.addBoard("JobAdder jobs");
        try {
            failures = Files.createTempDirectory("jobadder-failures");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ApiClientSettings http = JobAdderConnection.DEFAULT_SETTINGS.toBuilder().sleeper(waits::add)
                .requestTimeout(Duration.ofSeconds(5)).build();
        HrFlowClientOptions hrflowOptions = HrFlowClientOptions.defaults()
                .withHttp(h -> h.sleeper(waits::add).requestTimeout(Duration.ofSeconds(5)));
        connector = JobAdderConnector.create(http, hrflowOptions);
    }

    RunEnvironment environment() {
        return RunEnvironment.builder().stateStore(store).failuresDirectory(failures)
                .endpoints(EndpointOverrides.of(Map.of("https://id.jobadder.com", ja.idUrl(),
                        "https://api.hrflow.ai/v1", hrflow.baseUrl())))
                .build();
    }

    RunResult run(String action, ActionRequest request) {
        Action a = connector.action(action).orElseThrow();
        return environment().run(a, request);
    }

    String newCode() {
        return ja.issueCode(CLIENT_ID, REDIRECT);
    }

    /** v2 {@code connector_auth} with the given code. */
    Map<String, Object> connectorAuth(String code) {
        Map<String, Object> auth = new HashMap<>();
        auth.put("client_id", CLIENT_ID);
        auth.put("client_secret", CLIENT_SECRET);
        auth.put("authorization_code", code);
        auth.put("redirect_uri", REDIRECT);
        return auth;
    }

    /** The seed's target parameters of {@code push_profile}. */
    Map<String, Object> pushTarget(String code, boolean allowDuplicates) {
        Map<String, Object> target = connectorAuth(code);
        target.put("authorization_url", "https://id.jobadder.com/connect/token");
        target.put("XAllowDuplicates", allowDuplicates);
        return target;
    }

    Map<String, Object> hrflowAuth() {
        return Map.of("api_secret", apiKey, "api_user", HRFLOW_EMAIL);
    }

    /** The seed's origin parameters of {@code push_profile}. */
    Map<String, Object> pushOrigin(String profileKey) {
        return Map.of("api_secret", apiKey, "api_user", HRFLOW_EMAIL, "source_key", source, "profile_key", profileKey);
    }

    /** Seeds an HrFlow profile and returns its key. */
    String seedProfile(String reference, String first, String last, String email) {
        ObjectNode p = Json.object().put("reference", reference).put("text", first + " " + last)
                .put("text_language", "en");
        ObjectNode info = p.putObject("info").put("first_name", first).put("last_name", last).put("email", email)
                .put("phone", "+61 400 000 000");
        info.putObject("location").put("text", "1 George Street, Sydney").putObject("fields")
                .put("road", "George Street").put("house_number", "1").put("city", "Sydney").put("country", "Australia");
        p.putArray("skills").addObject().put("name", "Java").put("type", "hard");
        p.putArray("experiences").addObject().put("company", "Acme").put("title", "Engineer")
                .put("date_start", "2019-01-01T00:00:00").putNull("date_end");
        p.putArray("educations").addObject().put("school", "UNSW").put("title", "BSc Computer Science")
                .put("date_end", "2018-12-01T00:00:00");
        return hrflow.seedProfile(source, p).path("key").asText();
    }

    /** Every string a log line, message or result must never contain. */
    List<String> secrets() {
        return List.of(CLIENT_SECRET, apiKey);
    }

    @Override
    public void close() {
        ja.close();
        hrflow.close();
        try (java.util.stream.Stream<Path> files = Files.walk(failures)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
