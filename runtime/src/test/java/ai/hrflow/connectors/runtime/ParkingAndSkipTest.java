package ai.hrflow.connectors.runtime;

import ai.hrflow.connectors.api.spi.Event;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorType;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Flow;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.spi.ItemSkip;
import ai.hrflow.connectors.api.spi.Logic;
import ai.hrflow.connectors.api.spi.WriteResult;
import ai.hrflow.connectors.runtime.state.InMemoryStateStore;
import ai.hrflow.connectors.api.testing.MemoryWarehouse;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Parking of items that fail run after run, and items the target already had counted as skipped. */
class ParkingAndSkipTest {
    @TempDir
    Path tmp;

    private final MemoryWarehouse ats = new MemoryWarehouse();
    private final MemoryWarehouse hub = new MemoryWarehouse();
    private final InMemoryStateStore store = new InMemoryStateStore();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Logger logger;
    private Level previous;

    @BeforeEach
    void capture() {
        logger = (Logger) LoggerFactory.getLogger("ai.hrflow.connectors");
        previous = logger.getLevel();
        logger.setLevel(Level.INFO);
        logs.start();
        logger.addAppender(logs);
    }

    @AfterEach
    void release() {
        logger.detachAppender(logs);
        logger.setLevel(previous);
    }

    private Action action() {
        Connector connector = Connector.builder().name("Test ATS").subtype("testats").type(ConnectorType.ATS)
                .warehouse(ats.warehouse("Test ATS", 1, 1)).hrflow(hub.warehouse("HrFlow", 2, 1))
                .flow(Flow.of(Mode.CREATE, Entity.PROFILE, Direction.INBOUND)).build();
        return connector.action("create_profiles_in_hrflow").orElseThrow();
    }

    private RunResult run(ActionRequest.Builder request) {
        return RunEnvironment.builder().stateStore(store).failuresDirectory(tmp).build().run(action(), request.build());
    }

    private static ActionRequest.Builder request() {
        return ActionRequest.builder("wf").connectorAuth(Map.of("api_key", "k-ats-1"))
                .hrflowAuth(Map.of("api_key", "k-hub-1")).pushParameters(Map.of("target", "t")).incremental(true);
    }

    private List<String> lines(Level level) {
        return logs.list.stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void aLogicsFailureOfTheSameItemIsParkedAfterThreeRunsWithOneWarnLine() {
        ats.addItems(3);
        Logic poison = item -> {
            if (item.get("id").asLong() == 2) {
                throw new IllegalArgumentException("no name");
            }
            return item;
        };
        run(request().logics(List.of(poison)));
        run(request().logics(List.of(poison)));
        assertThat(lines(Level.WARN)).noneMatch(l -> l.startsWith("Parked"));

        RunResult third = run(request().logics(List.of(poison)));

        assertThat(third.count(Event.LOGICS_FAILURE)).isEqualTo(1);
        assertThat(third.count(Event.PARKED)).isEqualTo(1);
        assertThat(third.incrementalToken()).isEqualTo("3");
        assertThat(store.parking("wf").parked()).singleElement().satisfies(p -> {
            assertThat(p.stage()).isEqualTo("logics");
            assertThat(p.token()).isEqualTo("2");
            assertThat(p.item().get("id").asLong()).isEqualTo(2);
        });
        assertThat(lines(Level.WARN)).filteredOn(l -> l.startsWith("Parked")).hasSize(1);
        assertThat(run(request().logics(List.of(poison))).count(Event.READ_SUCCESS)).isZero();
    }

    @Test
    void aBatchTheTargetCouldNotTakeAtAllCountsNoAttempt() {
        ats.addItems(2);
        hub.onWrite(items -> {
            throw new IllegalStateException("target down");
        });
        for (int i = 0; i < 4; i++) {
            RunResult r = run(request());
            assertThat(r.count(Event.WRITE_FAILURE)).isEqualTo(2);
            assertThat(r.count(Event.PARKED)).isZero();
            assertThat(r.incrementalToken()).isNull();
        }
        assertThat(store.parking("wf").isEmpty()).isTrue();
    }

    @Test
    void anItemThatSucceedsBreaksItsStreak() {
        ats.addItems(1);
        ats.add(MemoryWarehouse.item(2).put("fail_write", true));
        run(request());
        run(request());
        assertThat(store.parking("wf").streaks()).singleElement().satisfies(s -> assertThat(s.attempts()).isEqualTo(2));

        hub.onWrite(items -> WriteResult.ok());
        RunResult ok = run(request());
        assertThat(ok.status()).isEqualTo(Status.SUCCESS);
        assertThat(store.parking("wf").isEmpty()).isTrue();
    }

    @Test
    void aDryRunParksNothing() {
        ats.add(MemoryWarehouse.item(1).put("fail_write", true));
        for (int i = 0; i < 4; i++) {
            assertThat(run(request().incremental(false).persist(false)).count(Event.PARKED)).isZero();
        }
        assertThat(store.parking("wf").isEmpty()).isTrue();
    }

    @Test
    void itemsTheTargetAlreadyHadAreSkippedDoneAndLoggedOnce() {
        ats.addItems(500);
        hub.onWrite(items -> {
            List<ItemSkip> skipped = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                skipped.add(new ItemSkip(i, "item " + items.get(i).get("id") + " already there"));
            }
            return WriteResult.of(List.of(), skipped);
        });

        RunResult result = run(request());

        assertThat(result.status()).as("an all-skipped run is a success").isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.WRITE_SKIPPED)).isEqualTo(500);
        assertThat(result.count(Event.WRITE_SUCCESS)).isZero();
        assertThat(result.count(Event.WRITE_FAILURE)).isZero();
        assertThat(result.incrementalToken()).as("skipped items are done").isEqualTo("500");
        assertThat(lines(Level.INFO)).filteredOn(l -> l.contains("already there")).singleElement()
                .satisfies(l -> assertThat(l).startsWith("Skipped 500 item(s)"));
        assertThat(lines(Level.WARN)).isEmpty();
    }

    @Test
    void aSkipAndAFailureInOneBatchAreEachCountedOnce() {
        ats.addItems(3);
        hub.onWrite(items -> WriteResult.of(List.of(new ai.hrflow.connectors.api.spi.ItemFailure(0, "refused")),
                List.of(new ItemSkip(1, "had it"), new ItemSkip(0, "contradiction"), new ItemSkip(7, "out of range"))));

        RunResult result = run(request());

        assertThat(result.count(Event.WRITE_FAILURE)).isEqualTo(2);
        assertThat(result.count(Event.WRITE_SKIPPED)).isEqualTo(1);
        assertThat(result.count(Event.WRITE_SUCCESS)).isZero();
        assertThat(result.status()).isEqualTo(Status.SUCCESS_WITH_FAILURES);
    }
}
