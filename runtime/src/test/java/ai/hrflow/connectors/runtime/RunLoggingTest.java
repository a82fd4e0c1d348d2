package ai.hrflow.connectors.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorType;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Flow;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.runtime.state.InMemoryStateStore;
import ai.hrflow.connectors.api.testing.MemoryWarehouse;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

class RunLoggingTest {
    @TempDir
    Path tmp;

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Logger logger;
    private Level previous;

    @BeforeEach
    void capture() {
        logger = (Logger) LoggerFactory.getLogger("ai.hrflow.connectors.run");
        previous = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void release() {
        logger.detachAppender(appender);
        logger.setLevel(previous);
    }

    @Test
    void everyRunLineCarriesTheRunTagsAndNoSecret() {
        MemoryWarehouse ats = new MemoryWarehouse().addItems(3);
        ats.add(MemoryWarehouse.item(4).put("fail_write", true));
        MemoryWarehouse hub = new MemoryWarehouse();
        Connector connector = Connector.builder().name("Test ATS").subtype("testats").type(ConnectorType.ATS)
                .warehouse(ats.warehouse("Test ATS", 1, 1)).hrflow(hub.warehouse("HrFlow", 2, 2))
                .flow(Flow.of(Mode.CREATE, Entity.PROFILE, Direction.INBOUND)).build();
        RunResult result = RunEnvironment.builder().stateStore(new InMemoryStateStore()).failuresDirectory(tmp).build().run(connector.action("create_profiles_in_hrflow").orElseThrow(), ActionRequest.builder("wf-logs").connectorAuth(Map.of("api_key", "top-secret-1"))
                        .hrflowAuth(Map.of("api_key", "top-secret-2")).pushParameters(Map.of("target", "t")).build());

        assertThat(result.status()).isEqualTo(Status.SUCCESS_WITH_FAILURES);
        assertThat(appender.list).isNotEmpty();
        assertThat(appender.list).allSatisfy(event -> {
            Map<String, String> mdc = event.getMDCPropertyMap();
            assertThat(mdc).containsEntry("workflow_id", "wf-logs")
                    .containsEntry("connector", "Test ATS")
                    .containsEntry("origin", "Test ATS")
                    .containsEntry("target", "HrFlow")
                    .containsEntry("action_name", "create_profiles_in_hrflow")
                    .containsKey("action_id");
            assertThat(event.getFormattedMessage()).doesNotContain("top-secret");
        });
        assertThat(appender.list).anyMatch(e -> e.getLevel() == Level.WARN
                && e.getThreadName().startsWith("hrflow-write-"));
        assertThat(MDC.get("workflow_id")).isNull();
    }
}
