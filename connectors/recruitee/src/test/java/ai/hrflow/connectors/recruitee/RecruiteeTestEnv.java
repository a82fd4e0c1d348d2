package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.http.ApiClientSettings;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.api.spi.RunContext;
import ai.hrflow.connectors.runtime.state.InMemoryStateStore;
import ai.hrflow.connectors.emulators.hrflow.HrFlowEmulator;
import ai.hrflow.connectors.emulators.recruitee.RecruiteeEmulator;
import ai.hrflow.connectors.emulators.server.MutableClock;
import ai.hrflow.connectors.hrflow.HrFlowClientOptions;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Both emulators for one test: Recruitee company 12345 ({@code acme}) with a token and two offers, HrFlow with a
 * key, a source and a board; the connector built with sleepers that record retry waits instead of spending them,
 * and a run environment whose endpoint overrides point the product's real base URLs at the emulators.
 */
final class RecruiteeTestEnv implements AutoCloseable {
    static final Instant T0 = Instant.parse("2024-03-01T09:00:00Z");
    static final long COMPANY = 12345;
    static final String CANDIDATES = "/c/{company}/candidates";
    static final String HRFLOW_EMAIL = "sync-bot@example.com";

    final RecruiteeEmulator rec;
    final HrFlowEmulator hrflow;
    final String token;
    final String apiKey;
    final String source;
    final String board;
    final long offerA;
    final long offerB;
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final ApiClientSettings recruiteeHttp;
    final HrFlowClientOptions hrflowOptions;
    final Connector connector;
    final InMemoryStateStore store = new InMemoryStateStore();
    final Path failures;

    RecruiteeTestEnv() {
        rec = RecruiteeEmulator.builder().clock(MutableClock.fixed(T0)).start();
        rec.addCompany(COMPANY, "acme");
        token = rec.newToken(COMPANY);
        offerA = rec.addOffer(COMPANY, Json.object().put("title", "Backend engineer")).path("id").asLong();
        offerB = rec.addOffer(COMPANY, Json.object().put("title", "Designer")).path("id").asLong();
        hrflow = HrFlowEmulator.builder().clock(MutableClock.fixed(T0)).start();
        apiKey = hrflow.newApiKey("ask_", HRFLOW_EMAIL);
        source = hrflow.addSource("Recruitee candidates", false);
        board = hrflow.addBoard("Recruitee offers");
        recruiteeHttp = ApiClientSettings.builder().sleeper(waits::add).requestTimeout(Duration.ofSeconds(5)).build();
        hrflowOptions = HrFlowClientOptions.defaults()
                .withHttp(http -> http.sleeper(waits::add).requestTimeout(Duration.ofSeconds(5)));
        connector = RecruiteeConnector.create(RecruiteeOptions.defaults().withHttp(recruiteeHttp)
                .withDetailConcurrency(Integer.getInteger("recruitee.detailConcurrency", 8)), hrflowOptions);
        try {
            failures = Files.createTempDirectory("recruitee-failures");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    EndpointOverrides endpoints() {
        return EndpointOverrides.of(Map.of(RecruiteeEndpoint.PRODUCTION.url(), rec.baseUrl(),
                HrFlowClientOptions.DEFAULT_BASE_URL, hrflow.baseUrl()));
    }

    RunEnvironment environment() {
        return RunEnvironment.builder().failuresDirectory(failures).stateStore(store).endpoints(endpoints()).build();
    }

    RunContext context() {
        return RunContext.standalone("test").withEndpoints(endpoints());
    }

    RecruiteeClient client() {
        return RecruiteeClient.open(new RecruiteeAccount(Long.toString(COMPANY), token, RecruiteeEndpoint.PRODUCTION),
                context(), recruiteeHttp);
    }

    Action action(String name) {
        return connector.action(name).orElseThrow();
    }

    RunResult run(String actionName, ActionRequest request) {
        return environment().run(action(actionName), request);
    }

    /** The v2 connector auth of the emulated company. */
    Map<String, Object> auth() {
        return Map.of("company_id", Long.toString(COMPANY), "api_token", token);
    }

    Map<String, Object> hrflowAuth() {
        return Map.of("api_secret", apiKey, "api_user", HRFLOW_EMAIL);
    }

    /** A candidate in Recruitee created {@code minutes} after T0, edited {@code editedAfter} minutes later. */
    long seedCandidate(String name, long minutes, long editedAfter) {
        Instant created = T0.plus(Duration.ofMinutes(minutes));
        ObjectNode c = Json.object().put("name", name).put("created_at", created.toString())
                .put("updated_at", created.plus(Duration.ofMinutes(editedAfter)).toString());
        c.putArray("emails").add(name.toLowerCase().replace(' ', '.') + "@example.com");
        return rec.seedCandidate(COMPANY, c).path("id").asLong();
    }

    /** An HrFlow profile as the HrFlow API returns it, stored in the source. */
    ObjectNode seedProfile(String reference, String fullName, String email) {
        ObjectNode p = Json.object().put("reference", reference);
        ObjectNode info = p.putObject("info").put("full_name", fullName).put("email", email).putNull("phone");
        info.putArray("urls").addObject().put("type", "linkedin").put("url", "https://linkedin.com/in/" + reference);
        return hrflow.seedProfile(source, p);
    }

    void tick(Duration d) {
        rec.clock().advance(d);
        hrflow.clock().advance(d);
    }

    @Override
    public void close() {
        rec.close();
        hrflow.close();
        try (Stream<Path> files = Files.walk(failures)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
