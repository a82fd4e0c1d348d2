package ai.hrflow.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.cli.demo.EmulatorStack;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.model.Connectors;
import ai.hrflow.connectors.runtime.CheckResult;
import ai.hrflow.connectors.runtime.Reason;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.runtime.state.InMemoryStateStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java example, against the emulators: endpoint overrides, in-memory state, a missing secret. */
class LibraryUseTest {
    @TempDir
    Path failures;

    private EmulatorStack stack;
    private Action action;
    private RunEnvironment environment;

    @BeforeEach
    void setUp() {
        stack = EmulatorStack.start(EmulatorStack.Ports.ANY);
        action = Connectors.discover().find("zohorecruit").orElseThrow()
                .action("create_profiles_in_hrflow").orElseThrow();
        environment = RunEnvironment.builder()
                .stateStore(new InMemoryStateStore())
                .failuresDirectory(failures)
                .endpoints(EndpointOverrides.of(stack.endpointMap()))
                .build();
    }

    @AfterEach
    void tearDown() {
        stack.close();
    }

    @Test
    void aRunAgainstTheEmulatorsSucceeds() {
        RunResult result = environment.run(action, ActionRequest.builder("zoho-to-hrflow")
                .connectorAuth(stack.zohoAuth())
                .hrflowAuth(stack.hrflowAuth())
                .pushParameters(Map.of("source_key", stack.sourceKey()))
                .build());

        assertThat(result.status()).as(result.errors().toString()).isEqualTo(Status.SUCCESS);
    }

    @Test
    void aMissingSecretIsAClearErrorInTheResultNotAnException() {
        Map<String, Object> hrflowAuth = new HashMap<>();
        hrflowAuth.put("api_secret", System.getenv("HRFLOW_CONNECTORS_TEST_UNSET_VARIABLE")); // null: not set
        hrflowAuth.put("api_user", "me@example.com");

        RunResult result = environment.run(action, ActionRequest.builder("zoho-to-hrflow")
                .connectorAuth(stack.zohoAuth())
                .hrflowAuth(hrflowAuth)
                .pushParameters(Map.of("source_key", stack.sourceKey()))
                .build());
        RunResult noAuthAtAll = environment.run(action, ActionRequest.builder("zoho-to-hrflow")
                .connectorAuth(stack.zohoAuth())
                .pushParameters(Map.of("source_key", stack.sourceKey()))
                .build());

        assertThat(result.status()).isEqualTo(Status.FATAL);
        assertThat(result.reason()).isEqualTo(Reason.BAD_TARGET_PARAMETERS);
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).startsWith("hrflow_auth.api_secret"));
        assertThat(noAuthAtAll.status()).isEqualTo(Status.FATAL);
        assertThat(noAuthAtAll.errors()).anySatisfy(e -> assertThat(e).startsWith("hrflow_auth"));
        assertThat(String.join("\n", result.errors()) + String.join("\n", noAuthAtAll.errors()))
                .doesNotContain("NullPointerException").doesNotContain("No value present");
        assertThat(action.validate(ActionRequest.builder("zoho-to-hrflow").connectorAuth(stack.zohoAuth())
                .hrflowAuth(hrflowAuth).pushParameters(Map.of("source_key", stack.sourceKey())).build()))
                .anySatisfy(p -> assertThat(p.toString()).startsWith("hrflow_auth.api_secret"));
    }

    @Test
    void checksRunFromJavaToo() {
        List<CheckResult> checks = environment.check(action, ActionRequest.builder("zoho-to-hrflow")
                .connectorAuth(stack.zohoAuth())
                .hrflowAuth(stack.hrflowAuth())
                .pushParameters(Map.of("source_key", "missing-source"))
                .build());

        assertThat(checks).extracting(CheckResult::side).containsExactly("origin", "target");
        assertThat(checks.get(0).ok()).isTrue();
        assertThat(checks.get(1).ok()).isFalse();
    }
}
