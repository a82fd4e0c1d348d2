package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.emulators.hrflow.HrFlowEmulator;
import ai.hrflow.connectors.hrflow.HrFlowClientOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Both emulators (Zoho Accounts + Recruit, HrFlow) behind the real URLs, an HrFlow key, source and board, the
 * connectors built with fast retries, and a run environment with a state store and a failures directory.
 * Actions run exactly as a user's would: through {@code Action.run} and the engine.
 */
final class SyncSandbox implements AutoCloseable {
    static final String API_USER = "me@example.com";
    static final HrFlowClientOptions HRFLOW_FAST = HrFlowClientOptions.defaults()
            .withHttp(b -> b.backoff(Duration.ofMillis(1), Duration.ofMillis(20)));

    final ZohoSandbox zoho = new ZohoSandbox();
    final HrFlowEmulator hrflow = HrFlowEmulator.start();
    final String apiKey = hrflow.newApiKey("ask_", API_USER);
    final String source = hrflow.addSource("Zoho candidates", false);
    final String board = hrflow.addBoard("Zoho job openings");
    /** The one-time code a user pasted in the config once and left there. */
    final String code = zoho.zoho.issueAuthorizationCode(zoho.client.clientId());
    final Connector recruit = ZohoRecruitConnector.create(ZohoSandbox.FAST, HRFLOW_FAST);
    final Connector legacyZoho = ZohoConnector.create(ZohoSandbox.FAST, HRFLOW_FAST);
    final Path failures;

    SyncSandbox() {
        try {
            failures = Files.createTempDirectory("zoho-failures");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RunEnvironment environment() {
        return RunEnvironment.builder()
                .stateStore(zoho.store)
                .failuresDirectory(failures)
                .endpoints(EndpointOverrides.of(Map.of(
                        "https://accounts.zoho.eu", zoho.zoho.accountsUrl(),
                        "https://recruit.zoho.eu", zoho.zoho.recruitUrl(),
                        "https://api.hrflow.ai/v1", hrflow.baseUrl())))
                .build();
    }

    Map<String, Object> zohoAuth() {
        Map<String, Object> auth = new HashMap<>();
        auth.put("client_id", zoho.client.clientId());
        auth.put("client_secret", zoho.client.clientSecret());
        auth.put("authorization_code", code);
        return auth;
    }

    Map<String, Object> hrflowAuth() {
        return Map.of("api_secret", apiKey, "api_user", API_USER);
    }

    /** A v2 flow of Zoho Recruit, with both auths set. */
    ActionRequest.Builder flow(String workflowId) {
        return ActionRequest.builder(workflowId).connectorAuth(zohoAuth()).hrflowAuth(hrflowAuth());
    }

    RunResult run(String action, ActionRequest.Builder request) {
        return run(recruit, action, request);
    }

    RunResult run(Connector connector, String action, ActionRequest.Builder request) {
        return environment().run(connector.action(action).orElseThrow(), request.build());
    }

    /** Every secret of the setup, for "never printed" checks. */
    java.util.List<String> secrets() {
        return java.util.List.of(zoho.client.clientSecret(), code, apiKey);
    }

    @Override
    public void close() {
        zoho.close();
        hrflow.close();
    }
}
