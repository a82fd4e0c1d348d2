package ai.hrflow.connectors.hrflow;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.model.Aisle;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorType;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Flow;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.Warehouse;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadOperation;
import ai.hrflow.connectors.api.spi.WriteOperation;
import ai.hrflow.connectors.api.spi.WriteResult;
import ai.hrflow.connectors.runtime.state.InMemoryStateStore;
import ai.hrflow.connectors.emulators.server.Fault;
import ai.hrflow.connectors.emulators.server.FaultRule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole runs through the engine, with an in-memory "ATS" on the other side: the HrFlow warehouse as the
 * engine drives it (its parameters bound from the reference's config keys, its base URL overridden, its
 * writers called concurrently).
 */
class HrFlowRunTest {
    // More attempts than the 429s injected: however the writer threads interleave, no item can exhaust them.
    private final HrFlowTestEnv env = new HrFlowTestEnv(HrFlowClientOptions.defaults().withPageSize(4, 20)
            .withHttp(http -> http.maxAttempts(12)));
    private final List<ObjectNode> ats = new ArrayList<>();
    private final List<ObjectNode> received = new CopyOnWriteArrayList<>();
    private final InMemoryStateStore store = new InMemoryStateStore();
    @TempDir
    Path failures;

    @AfterEach
    void close() {
        env.close();
    }

    private Connector connector() {
        ReadOperation read = ReadOperation.builder().allModes(ParameterSet.of("Pull"))
                .reader(request -> cursor -> Page.of(ats, null, null)).build();
        WriteOperation write = WriteOperation.builder().mode(Mode.CREATE, ParameterSet.of("Push"))
                .writer(request -> items -> {
                    received.addAll(items);
                    return WriteResult.ok();
                }).build();
        Warehouse memory = new Warehouse("Memory", ParameterSet.of("MemoryAuth"),
                List.of(new Aisle(Entity.PROFILE, read, write, Json.object())));
        return Connector.builder().name("Memory").subtype("memory").type(ConnectorType.ATS).warehouse(memory)
                .hrflow(HrFlowWarehouse.create(env.options))
                .flow(Flow.of(Mode.CREATE, Entity.PROFILE, Direction.INBOUND))
                .flow(Flow.of(Mode.CREATE, Entity.PROFILE, Direction.OUTBOUND))
                .build();
    }

    private RunEnvironment environment() {
        return RunEnvironment.builder().failuresDirectory(failures).stateStore(store)
                .endpoints(EndpointOverrides.of(Map.of(HrFlowClientOptions.DEFAULT_BASE_URL, env.emu.baseUrl())))
                .build();
    }

    private RunResult run(String action, ActionRequest.Builder request) {
        Action a = connector().action(action).orElseThrow();
        return environment().run(a, request.hrflowAuth(Map.of("api_secret", env.apiKey, "api_user", HrFlowTestEnv.EMAIL))
                .build());
    }

    @Test
    void concurrentCreatesHonourRetryAfterAndWriteEveryProfileExactlyOnce() {
        for (int i = 0; i < 40; i++) {
            ats.add(HrFlowTestEnv.profile("c" + i));
        }
        FaultRule throttle = env.emu.faults().add(FaultRule.on("POST", "/v1/profile/indexing").everyNth(3).times(10)
                .then(Fault.status(429).withRetryAfter(1)));

        RunResult result = run("create_profiles_in_hrflow", ActionRequest.builder("in")
                .pushParameters(Map.of("source_key", env.source)));

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.WRITE_SUCCESS)).isEqualTo(40);
        assertThat(env.emu.profiles(env.source)).hasSize(40)
                .extracting(p -> p.path("reference").asText()).doesNotHaveDuplicates();
        assertThat(throttle.fired()).isEqualTo(10);
        assertThat(env.waits).filteredOn(d -> d.equals(Duration.ofSeconds(1))).hasSize(throttle.fired());
        assertThat(env.emu.requests().count("POST", "/v1/profile/indexing")).isEqualTo(40 + throttle.fired());
        assertThat(env.emu.requests().filter("POST", "/v1/profile/indexing")).extracting(r -> r.header("X-API-KEY"))
                .containsOnly(env.apiKey);
    }

    @Test
    void hrflowIsTheOriginOfAnIncrementalScheduledSync() {
        for (int i = 0; i < 10; i++) {
            env.seedProfile("h" + i, i);
        }
        ActionRequest.Builder request = ActionRequest.builder("out").incremental(true)
                .pullParameters(Map.of("source_key", env.source));

        RunResult first = run("create_profiles_in_memory", request);
        assertThat(first.status()).isEqualTo(Status.SUCCESS);
        assertThat(received).hasSize(10);

        received.clear();
        env.tick(60);
        HrFlowClient client = env.client();
        JsonNode h3 = client.profiles().get(env.source, ObjectRef.reference("h3")).orElseThrow();
        client.profiles().edit(env.source, ((ObjectNode) h3).put("text", "changed"));
        client.profiles().add(env.source, HrFlowTestEnv.profile("h10"));
        RunResult second = run("create_profiles_in_memory", request);

        // a create flow selects by creation: the edited h3 is not created a second time, the new h10 is
        assertThat(second.count(Event.READ_SUCCESS)).isEqualTo(1);
        assertThat(received).extracting(p -> p.path("reference").asText()).containsExactly("h10");
        assertThat(second.incrementalToken()).startsWith("v1;by=created;at=2024-03-01T10%3A01%3A00Z");
    }

    @Test
    void aRefusedKeyStopsTheRunAndIsNotInItsResult() {
        ats.add(HrFlowTestEnv.profile("x"));
        String wrong = "ask_" + "fe".repeat(16);

        RunResult result = environment().run(connector().action("create_profiles_in_hrflow").orElseThrow(), ActionRequest.builder("bad").hrflowAuth(Map.of("api_secret", wrong, "api_user", "a@b.c"))
                        .pushParameters(Map.of("source_key", env.source)).build());

        assertThat(result.status()).isEqualTo(Status.FATAL);
        assertThat(result.errors()).isNotEmpty().allSatisfy(e -> assertThat(e).doesNotContain(wrong));
        assertThat(Json.MAPPER.valueToTree(result).toString()).doesNotContain(wrong);
    }
}
