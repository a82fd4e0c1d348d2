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
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source or board key HrFlow does not have is one fatal error before any item is written, in every mode. */
class MissingContainerRunTest {
    private static final String MISSING = "0123456789abcdef0123456789abcdef01234567";

    private final HrFlowTestEnv env = new HrFlowTestEnv(HrFlowClientOptions.defaults());
    private final List<ObjectNode> profiles = new ArrayList<>();
    private final List<ObjectNode> jobs = new ArrayList<>();
    private final List<ObjectNode> written = new ArrayList<>();
    @TempDir
    Path failures;

    @AfterEach
    void close() {
        env.close();
    }

    private Connector connector() {
        ReadOperation readProfiles = ReadOperation.builder().allModes(ParameterSet.of("PullProfiles"))
                .reader(request -> cursor -> Page.of(profiles, null, null)).build();
        ReadOperation readJobs = ReadOperation.builder().allModes(ParameterSet.of("PullJobs"))
                .reader(request -> cursor -> Page.of(jobs, null, null)).build();
        Warehouse memory = new Warehouse("Memory", ParameterSet.of("MemoryAuth"), List.of(
                new Aisle(Entity.PROFILE, readProfiles, WriteOperation.builder().mode(Mode.CREATE,
                        ParameterSet.of("PushProfiles")).writer(request -> items -> {
                            written.addAll(items);
                            return WriteResult.ok();
                        }).build(), Json.object()),
                new Aisle(Entity.JOB, readJobs, null, Json.object())));
        return Connector.builder().name("Memory").subtype("memory").type(ConnectorType.ATS).warehouse(memory)
                .hrflow(HrFlowWarehouse.create(env.options))
                .flow(Flow.of(Mode.UPDATE, Entity.PROFILE, Direction.INBOUND))
                .flow(Flow.of(Mode.ARCHIVE, Entity.PROFILE, Direction.INBOUND))
                .flow(Flow.of(Mode.CREATE, Entity.JOB, Direction.INBOUND))
                .flow(Flow.of(Mode.CREATE, Entity.PROFILE, Direction.OUTBOUND))
                .build();
    }

    private RunResult run(String actionName, Map<String, Object> push) {
        return run(actionName, Map.of(), push);
    }

    private RunResult run(String actionName, Map<String, Object> pull, Map<String, Object> push) {
        Action action = connector().action(actionName).orElseThrow();
        RunEnvironment environment = RunEnvironment.builder().failuresDirectory(failures)
                .stateStore(new InMemoryStateStore())
                .endpoints(EndpointOverrides.of(Map.of(HrFlowClientOptions.DEFAULT_BASE_URL, env.emu.baseUrl())))
                .build();
        return environment.run(action, ActionRequest.builder("missing").pushParameters(push).pullParameters(pull)
                .hrflowAuth(Map.of("api_secret", env.apiKey, "api_user", HrFlowTestEnv.EMAIL)).build());
    }

    @Test
    void anUpdateOrArchiveIntoAMissingSourceStopsOnceBeforeWriting() {
        for (int i = 0; i < 25; i++) {
            profiles.add(HrFlowTestEnv.profile("p" + i));
        }

        for (String action : List.of("update_profiles_in_hrflow", "archive_profiles_in_hrflow")) {
            RunResult result = run(action, Map.of("source_key", MISSING));

            assertThat(result.status()).as(action).isEqualTo(Status.FATAL);
            assertThat(result.count(Event.WRITE_FAILURE)).as(action).isZero();
            assertThat(result.errors()).as(action).hasSize(1)
                    .allSatisfy(e -> assertThat(e).contains("HrFlow has no source " + MISSING, "source_key"));
        }
        assertThat(env.emu.requests().count(r -> r.path().startsWith("/v1/profile"))).isZero();
    }

    @Test
    void aJobCreateIntoAMissingBoardStopsOnceBeforeWriting() {
        for (int i = 0; i < 10; i++) {
            jobs.add(HrFlowTestEnv.job("j" + i));
        }

        RunResult result = run("create_jobs_in_hrflow", Map.of("board_key", MISSING));

        assertThat(result.status()).isEqualTo(Status.FATAL);
        assertThat(result.count(Event.WRITE_FAILURE)).isZero();
        assertThat(result.errors()).hasSize(1)
                .allSatisfy(e -> assertThat(e).contains("HrFlow has no board " + MISSING, "board_key"));
        assertThat(env.emu.requests().count(r -> r.path().startsWith("/v1/job"))).isZero();
    }

    @Test
    void aReadFromAMissingSourceIsOneFatalErrorAndNothingIsWritten() {
        RunResult result = run("create_profiles_in_memory", Map.of("source_key", MISSING), Map.of());

        assertThat(result.status()).isEqualTo(Status.FATAL);
        assertThat(result.errors()).filteredOn(e -> !e.contains(" recorded in ")).singleElement().asString()
                .contains("HrFlow has no source " + MISSING, "source_key");
        assertThat(written).isEmpty();
    }
}
