package ai.hrflow.connectors.runtime;

import ai.hrflow.connectors.api.spi.Event;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.CredentialsException;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorType;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Flow;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.spi.WriteResult;
import ai.hrflow.connectors.runtime.state.InMemoryStateStore;
import ai.hrflow.connectors.runtime.state.WorkflowLock;
import ai.hrflow.connectors.api.testing.MemoryWarehouse;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {
    @TempDir
    Path tmp;

    private final MemoryWarehouse ats = new MemoryWarehouse();
    private final MemoryWarehouse hub = new MemoryWarehouse();
    private final InMemoryStateStore store = new InMemoryStateStore();

    private Action action(int batchSize, int concurrency) {
        Connector connector = Connector.builder().name("Test ATS").subtype("testats").type(ConnectorType.ATS)
                .warehouse(ats.warehouse("Test ATS", 1, 1))
                .hrflow(hub.warehouse("HrFlow", batchSize, concurrency))
                .flow(Flow.of(Mode.CREATE, Entity.PROFILE, Direction.INBOUND))
                .build();
        return connector.action("create_profiles_in_hrflow").orElseThrow();
    }

    private ActionRequest.Builder request() {
        return ActionRequest.builder("wf-1")
                .connectorAuth(Map.of("api_key", "secret-ats-key"))
                .hrflowAuth(Map.of("api_key", "secret-hub-key"))
                .pushParameters(Map.of("target", "t"));
    }

    private RunEnvironment env() {
        return RunEnvironment.builder().stateStore(store).failuresDirectory(tmp).build();
    }

    private List<JsonNode> failuresOf(RunResult result) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        if (result.failuresFile() == null) {
            return out;
        }
        for (String line : Files.readAllLines(Path.of(result.failuresFile()))) {
            out.add(Json.MAPPER.readTree(line));
        }
        return out;
    }

    @Test
    void copiesEveryItemInBatchesAndSavesTheResult() {
        ats.addItems(95);
        RunResult result = env().run(action(10, 3), request().build());

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(95);
        assertThat(result.count(Event.WRITE_SUCCESS)).isEqualTo(95);
        assertThat(hub.written()).hasSize(95);
        assertThat(hub.batchSizes()).allMatch(size -> size <= 10).hasSize(10);
        assertThat(result.failuresFile()).isNull();
        assertThat(store.lastRun("wf-1")).contains(result);
        assertThat(result.incrementalToken()).isEqualTo("95");
    }

    @Test
    void everyParameterProblemIsReportedAtOnceByPath() {
        ActionRequest bad = ActionRequest.builder("wf-1")
                .connectorAuth(Map.of("api_kye", "x"))
                .hrflowAuth(Map.of())
                .pullParameters(Map.of("page_size", "many"))
                .build();
        RunResult result = env().run(action(1, 1), bad);

        assertThat(result.status()).isEqualTo(Status.FATAL);
        assertThat(result.reason()).isEqualTo(Reason.BAD_ORIGIN_PARAMETERS);
        assertThat(result.errors()).containsExactlyInAnyOrder(
                "connector_auth.api_kye: unknown parameter; did you mean 'api_key'?",
                "connector_auth.api_key: required",
                "pull_parameters.page_size: expected an integer, got \"many\"",
                "hrflow_auth.api_key: required",
                "push_parameters.target: required");
        assertThat(result.events().asMap().values()).allMatch(v -> v == 0);
        assertThat(store.lastRun("wf-1")).isEmpty();
    }

    @Test
    void badTargetParametersAloneGiveTheTargetReason() {
        RunResult result = env().run(action(1, 1), request().pushParameters(Map.of()).build());
        assertThat(result.reason()).isEqualTo(Reason.BAD_TARGET_PARAMETERS);
        assertThat(result.errors()).containsExactly("push_parameters.target: required");
    }

    @Test
    void secretsNeverAppearInTheResult() {
        RunResult result = env().run(action(1, 1), request().pullParameters(Map.of("page_size", "x")).build());
        assertThat(result.toString()).doesNotContain("secret-ats-key").doesNotContain("secret-hub-key");
    }

    @Test
    void secretsQuotedByAConnectorAreMaskedInErrorsAndFailures() throws IOException {
        ats.addItems(2);
        hub.onWrite(items -> {
            throw new IllegalStateException("401 for X-API-KEY=secret-hub-key");
        });
        RunResult result = env().run(action(1, 1), request().build());
        assertThat(result.count(Event.WRITE_FAILURE)).isEqualTo(2);
        assertThat(result.errors()).isNotEmpty().noneMatch(e -> e.contains("secret-hub-key"));
        assertThat(Files.readString(Path.of(result.failuresFile()))).doesNotContain("secret-hub-key")
                .contains("X-API-KEY=***");
        assertThat(request().build().toString()).doesNotContain("secret");
    }

    @Test
    void failedItemsGoToTheFailuresFileWithStageAndReason() throws IOException {
        ats.addItems(3);
        ats.add(MemoryWarehouse.item(4).put("fail_write", true));
        ats.addItems(2);
        RunResult result = env().run(action(2, 1), request().logics(List.of(item -> {
            if (item.get("id").asLong() == 2) {
                throw new IllegalStateException("boom");
            }
            return item.get("id").asLong() == 5 ? null : item;
        })).build());

        assertThat(result.status()).isEqualTo(Status.SUCCESS_WITH_FAILURES);
        assertThat(result.count(Event.LOGICS_FAILURE)).isEqualTo(1);
        assertThat(result.count(Event.LOGICS_DISCARD)).isEqualTo(1);
        assertThat(result.count(Event.WRITE_FAILURE)).isEqualTo(1);
        assertThat(hub.written()).extracting(n -> n.get("id").asLong()).containsExactlyInAnyOrder(1L, 3L, 6L);
        List<JsonNode> failures = failuresOf(result);
        assertThat(failures).extracting(f -> f.get("stage").asText()).containsExactlyInAnyOrder("logics", "write");
        assertThat(failures).extracting(f -> f.get("item").get("id").asLong()).containsExactlyInAnyOrder(2L, 4L);
        assertThat(failures).allSatisfy(f -> {
            assertThat(f.get("reason").asText()).isNotBlank();
            assertThat(f.get("time").asText()).isNotBlank();
            assertThat(f.get("workflow_id").asText()).isEqualTo("wf-1");
        });
        // the token stops right before the first failed item (id 2), so the next run reads it again
        assertThat(result.incrementalToken()).isEqualTo("1");
    }

    @Test
    void incrementalRerunPicksUpFailedAndNewItems() {
        ats.addItems(5);
        hub.onWrite(items -> {
            List<ai.hrflow.connectors.api.spi.ItemFailure> failures = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).get("id").asLong() == 3) {
                    failures.add(new ai.hrflow.connectors.api.spi.ItemFailure(i, "temporarily refused"));
                } else {
                    hub.written().add(items.get(i));
                }
            }
            return WriteResult.failed(failures);
        });
        RunResult first = env().run(action(1, 1), request().incremental(true).build());
        assertThat(first.incrementalToken()).isEqualTo("2");

        hub.onWrite(null);
        hub.written().clear();
        ats.addItems(2);
        RunResult second = env().run(action(1, 1), request().incremental(true).build());

        assertThat(second.status()).isEqualTo(Status.SUCCESS);
        assertThat(hub.written()).extracting(n -> n.get("id").asLong()).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(second.incrementalToken()).isEqualTo("7");

        hub.written().clear();
        RunResult third = env().run(action(1, 1), request().incremental(true).build());
        assertThat(third.count(Event.READ_SUCCESS)).isZero();
        assertThat(third.incrementalToken()).isEqualTo("7");
    }

    @Test
    void dryRunWritesNothingAndSavesNothing() {
        ats.addItems(4);
        RunResult result = env().run(action(1, 1), request().persist(false).build());
        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(4);
        assertThat(hub.written()).isEmpty();
        assertThat(hub.batchSizes()).isEmpty();
        assertThat(store.lastRun("wf-1")).isEmpty();
    }

    @Test
    void aFatalWriteErrorStopsTheRunAndLosesNothing() throws IOException {
        ats.addItems(50);
        AtomicInteger calls = new AtomicInteger();
        hub.onWrite(items -> {
            calls.incrementAndGet();
            throw new CredentialsException("the API key was rejected");
        });
        RunResult result = env().run(action(5, 1), request().pullParameters(Map.of("page_size", 5)).build());

        assertThat(result.status()).isEqualTo(Status.FATAL);
        assertThat(result.reason()).isEqualTo(Reason.WRITE_FAILURE);
        assertThat(result.errors()).anyMatch(e -> e.contains("the API key was rejected"));
        assertThat(calls.get()).isLessThan(10);
        long read = result.count(Event.READ_SUCCESS);
        assertThat(read).isLessThan(50);
        assertThat(result.count(Event.WRITE_FAILURE)).isEqualTo(read);
        assertThat(failuresOf(result)).hasSize((int) read);
        assertThat(result.incrementalToken()).isNull();
    }

    @Test
    void aTargetThatKeepsFailingTripsTheCircuitBreaker() {
        ats.addItems(100);
        hub.onWrite(items -> {
            throw new IllegalStateException("503 from the target");
        });
        RunEnvironment env = env().toBuilder().maxConsecutiveBatchErrors(3).build();
        RunResult result = env.run(action(1, 1), request().build());
        assertThat(result.status()).isEqualTo(Status.FATAL);
        assertThat(result.reason()).isEqualTo(Reason.WRITE_FAILURE);
        assertThat(hub.batchSizes().size()).isLessThan(10);
        assertThat(result.count(Event.WRITE_FAILURE)).isEqualTo(result.count(Event.READ_SUCCESS));
    }

    @Test
    void aSecondRunOfTheSameWorkflowIsRefusedWhileTheFirstHoldsTheLock() {
        ats.addItems(1);
        try (WorkflowLock held = store.lock("wf-1")) {
            RunResult result = env().run(action(1, 1), request().build());
            assertThat(result.status()).isEqualTo(Status.FATAL);
            assertThat(result.reason()).isEqualTo(Reason.WORKFLOW_LOCKED);
            assertThat(hub.written()).isEmpty();
        }
        assertThat(env().run(action(1, 1), request().build()).status()).isEqualTo(Status.SUCCESS);
    }

    @Test
    void incrementalWithoutStoreIsFatal() {
        RunEnvironment noStore = RunEnvironment.builder().failuresDirectory(tmp).build();
        RunResult result = noStore.run(action(1, 1), request().incremental(true).build());
        assertThat(result.reason()).isEqualTo(Reason.BACKEND_NOT_CONFIGURED);
    }

    @Test
    void callbackRunsOnceWithTheCounters() {
        ats.addItems(3);
        List<Long> seen = new ArrayList<>();
        RunResult result = env().run(action(1, 1), request().callback(ctx -> seen.add(ctx.events().get(Event.WRITE_SUCCESS)))
                .build());
        assertThat(seen).containsExactly(3L);
        assertThat(result.count(Event.CALLBACK_EXECUTED)).isEqualTo(1);
        assertThat(result.count(Event.CALLBACK_FAILURE)).isZero();

        RunResult failing = env().run(action(1, 1), request().workflowId("wf-2").callback(ctx -> {
            throw new IllegalStateException("callback broke");
        }).build());
        assertThat(failing.status()).isEqualTo(Status.SUCCESS_WITH_FAILURES);
        assertThat(failing.count(Event.CALLBACK_FAILURE)).isEqualTo(1);
    }

    @Test
    void formatFailuresOfEveryItemAreFatal() {
        ats.addItems(3);
        RunResult result = env().run(action(1, 1), request().format(item -> {
            throw new IllegalArgumentException("cannot map");
        }).build());
        assertThat(result.status()).isEqualTo(Status.FATAL);
        assertThat(result.reason()).isEqualTo(Reason.FORMAT_FAILURE);
        assertThat(hub.written()).isEmpty();
    }

    @Test
    void aPageTokenMovesThePositionOnlyOnceTheItemsBeforeItAreDone() {
        Connector connector = Connector.builder().name("Quiet").subtype("quiet").type(ConnectorType.OTHER)
                .warehouse(new ai.hrflow.connectors.api.model.Warehouse("Quiet", MemoryWarehouse.AUTH, List.of(
                        new ai.hrflow.connectors.api.model.Aisle(Entity.PROFILE,
                                ai.hrflow.connectors.api.spi.ReadOperation.builder().allModes(MemoryWarehouse.READ)
                                        .incremental(Mode.CREATE)
                                        .reader(r -> cursor -> cursor == null
                                                ? new ai.hrflow.connectors.api.spi.Page(List.of(
                                                        new ai.hrflow.connectors.api.spi.ReadItem(
                                                                MemoryWarehouse.item(1).put("fail_write",
                                                                        "2".equals(r.incrementalToken())), "1")),
                                                        "next", null)
                                                : ai.hrflow.connectors.api.spi.Page.last(List.of(), "scanned-to-9"))
                                        .build(), null, Json.object()))))
                .hrflow(hub.warehouse("HrFlow", 1, 1))
                .flow(Flow.of(Mode.CREATE, Entity.PROFILE, Direction.INBOUND)).build();
        Action quiet = connector.action("create_profiles_in_hrflow").orElseThrow();

        RunResult first = env().run(quiet, request().incremental(true).build());
        assertThat(first.incrementalToken()).as("no item in the last page, yet the scan's end is kept")
                .isEqualTo("scanned-to-9");

        store.reset("wf-1");
        store.saveRun("wf-1", new RunResult("wf-1", "a", "c", "n", Status.SUCCESS, Reason.NONE, null, true, "2",
                true, null, null, null, null));
        RunResult failing = env().run(quiet, request().incremental(true).build());
        assertThat(failing.count(Event.WRITE_FAILURE)).isEqualTo(1);
        assertThat(failing.incrementalToken()).as("never past an item that failed").isEqualTo("2");
    }

    @Test
    void aMalformedItemIsAReadFailureAndReadingGoesOn() throws IOException {
        ats.addItems(3);
        Action action = action(1, 1);
        // a reader that reports item 2 as unreadable
        Connector connector = Connector.builder().name("Broken").subtype("broken").type(ConnectorType.OTHER)
                .warehouse(new ai.hrflow.connectors.api.model.Warehouse("Broken", MemoryWarehouse.AUTH, List.of(
                        new ai.hrflow.connectors.api.model.Aisle(Entity.PROFILE,
                                ai.hrflow.connectors.api.spi.ReadOperation.builder().allModes(MemoryWarehouse.READ)
                                        .reader(r -> cursor -> ai.hrflow.connectors.api.spi.Page.last(List.of(
                                                new ai.hrflow.connectors.api.spi.ReadItem(MemoryWarehouse.item(1),
                                                        "1"),
                                                ai.hrflow.connectors.api.spi.ReadItem.failed(
                                                        Json.object().put("raw", "{oops"), "2", "not JSON"),
                                                new ai.hrflow.connectors.api.spi.ReadItem(MemoryWarehouse.item(3),
                                                        "3"))))
                                        .build(), null, Json.object()))))
                .hrflow(hub.warehouse("HrFlow", 1, 1))
                .flow(Flow.of(Mode.CREATE, Entity.PROFILE, Direction.INBOUND)).build();
        assertThat(action.name()).isEqualTo("create_profiles_in_hrflow");
        RunResult result = env().run(connector.action("create_profiles_in_hrflow").orElseThrow(), request().build());

        assertThat(result.status()).isEqualTo(Status.SUCCESS_WITH_FAILURES);
        assertThat(result.count(Event.READ_FAILURE)).isEqualTo(1);
        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(2);
        assertThat(hub.written()).hasSize(2);
        assertThat(failuresOf(result)).singleElement()
                .satisfies(f -> assertThat(f.get("stage").asText()).isEqualTo("read"));
        assertThat(result.incrementalToken()).isEqualTo("1");
    }
}
