package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.params.Parameters;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.ReadRequest;
import ai.hrflow.connectors.api.spi.Reader;
import ai.hrflow.connectors.api.spi.RunContext;
import ai.hrflow.connectors.api.spi.WriteRequest;
import ai.hrflow.connectors.api.spi.Writer;
import ai.hrflow.connectors.emulators.hrflow.HrFlowEmulator;
import ai.hrflow.connectors.emulators.server.MutableClock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One emulator per test class instance: a full-permission key, an asynchronous source, a synchronous one and
 * a board; clients and warehouse operations wired to it the way runs do (endpoint overrides), with a sleeper
 * that records waits instead of spending them.
 */
final class HrFlowTestEnv implements AutoCloseable {
    static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    static final String EMAIL = "sync-bot@example.com";

    final HrFlowEmulator emu;
    final String apiKey;
    final String source;
    final String syncSource;
    final String board;
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final HrFlowClientOptions options;
    final RunContext context;

    HrFlowTestEnv() {
        this(HrFlowClientOptions.defaults());
    }

    HrFlowTestEnv(HrFlowClientOptions base) {
        emu = HrFlowEmulator.builder().clock(MutableClock.fixed(T0)).start();
        apiKey = emu.newApiKey("ask_", EMAIL);
        source = emu.addSource("ATS", false);
        syncSource = emu.addSource("Sync parsing", true);
        board = emu.addBoard("Jobs");
        options = base.withHttp(http -> base.http().apply(http.sleeper(waits::add)
                .requestTimeout(Duration.ofSeconds(5))));
        context = RunContext.standalone("test").withEndpoints(
                EndpointOverrides.of(Map.of(HrFlowClientOptions.DEFAULT_BASE_URL, emu.baseUrl())));
    }

    /** A client on the emulator, built like readers and writers build theirs. */
    HrFlowClient client() {
        return client(apiKey);
    }

    HrFlowClient client(String key) {
        return HrFlowClient.create(key, EMAIL, options.withBaseUrl(emu.baseUrl()));
    }

    Parameters auth() {
        return auth(apiKey);
    }

    Parameters auth(String key) {
        return HrFlowParameters.AUTH.bind(Map.of("api_secret", key, "api_user", EMAIL));
    }

    static Parameters bind(ParameterSet set, Map<String, ?> values) {
        return set.bind(Json.MAPPER.valueToTree(values));
    }

    /** Opens the v2 profile or job writer of {@code mode} like the engine does. */
    Writer writer(String entity, Mode mode, Map<String, ?> parameters) throws Exception {
        var aisle = HrFlowWarehouse.create(options).aisle(ai.hrflow.connectors.api.model.Entity.fromValue(entity))
                .orElseThrow();
        var op = aisle.write();
        return op.open(new WriteRequest(mode, auth(), bind(op.criteria(mode).orElseThrow(), parameters), context));
    }

    Reader reader(String entity, Map<String, ?> criteria, boolean incremental, String token) throws Exception {
        return reader(entity, Mode.CREATE, criteria, incremental, token);
    }

    Reader reader(String entity, Mode mode, Map<String, ?> criteria, boolean incremental, String token)
            throws Exception {
        var aisle = HrFlowWarehouse.create(options).aisle(ai.hrflow.connectors.api.model.Entity.fromValue(entity))
                .orElseThrow();
        var op = aisle.read();
        return op.open(new ReadRequest(mode, auth(), bind(op.criteria(mode).orElseThrow(), criteria),
                incremental, token, context));
    }

    /** Every page of a reader, as the engine drives it (with a guard against a reader that never ends). */
    /** The items of a whole read and the position the engine would commit once every one is done. */
    record Read(List<ReadItem> items, String position) {
    }

    static Read readWithPosition(Reader reader) throws Exception {
        List<ReadItem> all = new ArrayList<>();
        String position = null;
        String cursor = null;
        for (int calls = 0; calls < 1000; calls++) {
            Page page = reader.read(cursor);
            for (ReadItem item : page.items()) {
                all.add(item);
                position = item.token() != null ? item.token() : position;
            }
            position = page.token() != null ? page.token() : position;
            if (page.isLast()) {
                return new Read(all, position);
            }
            cursor = page.nextCursor();
        }
        throw new AssertionError("reader did not end after 1000 pages");
    }

    static List<ReadItem> readAll(Reader reader) throws Exception {
        List<ReadItem> all = new ArrayList<>();
        String cursor = null;
        for (int calls = 0; calls < 1000; calls++) {
            Page page = reader.read(cursor);
            all.addAll(page.items());
            if (page.isLast()) {
                return all;
            }
            cursor = page.nextCursor();
        }
        throw new AssertionError("reader did not end after 1000 pages");
    }

    static ObjectNode profile(String reference) {
        ObjectNode p = Json.object().put("reference", reference).put("text", "Resume of " + reference)
                .put("text_language", "en");
        p.putObject("info").put("first_name", "Ada").put("last_name", "Lovelace")
                .put("email", reference + "@example.com");
        return p;
    }

    static ObjectNode job(String reference) {
        ObjectNode j = Json.object().put("reference", reference).put("name", "Engineer " + reference)
                .put("summary", "Build things");
        j.putObject("location").put("text", "Paris");
        j.putArray("sections");
        return j;
    }

    /** Seeds a profile whose {@code updated_at} is {@code T0 + seconds}. */
    ObjectNode seedProfile(String reference, long seconds) {
        ObjectNode p = profile(reference);
        String at = HrFlowTimes.format(T0.plusSeconds(seconds));
        p.put("created_at", at).put("updated_at", at);
        return emu.seedProfile(source, p);
    }

    void tick(long seconds) {
        emu.clock().advance(Duration.ofSeconds(seconds));
    }

    @Override
    public void close() {
        emu.close();
    }
}
