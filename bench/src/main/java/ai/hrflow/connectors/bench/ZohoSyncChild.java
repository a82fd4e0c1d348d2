package ai.hrflow.connectors.bench;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.runtime.state.LocalJsonStateStore;
import ai.hrflow.connectors.hrflow.HrFlowClientOptions;
import ai.hrflow.connectors.zohorecruit.ZohoConnection;
import ai.hrflow.connectors.zohorecruit.ZohoRecruitConnector;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Child JVM: one {@code zohorecruit create_profiles_in_hrflow} run as described by the spec file. */
public final class ZohoSyncChild {
    private ZohoSyncChild() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        JsonNode spec = Json.MAPPER.readTree(Files.readString(Path.of(args[0])));
        Map<String, String> endpoints = Json.MAPPER.convertValue(spec.get("endpoints"), LinkedHashMap.class);
        int rateLimit = spec.get("client_rate_limit").asInt();
        HrFlowClientOptions hrflow = HrFlowClientOptions.defaults()
                .withMaxRequestsPerMinute(rateLimit > 0 ? rateLimit * 60 : null);
        Action action = ZohoRecruitConnector.create(ZohoConnection.DEFAULT_SETTINGS, hrflow)
                .action("create_profiles_in_hrflow").orElseThrow();
        Path work = Path.of(spec.get("work").asText());
        RunEnvironment env = RunEnvironment.builder().stateStore(new LocalJsonStateStore(work.resolve("state")))
                .failuresDirectory(work.resolve("failures")).endpoints(EndpointOverrides.of(endpoints))
                .checkpointInterval(spec.path("checkpoints").asBoolean(true) ? Duration.ofSeconds(2) : Duration.ZERO)
                .build();
        ActionRequest request = ActionRequest.builder(spec.get("workflow_id").asText())
                .connectorAuth(spec.get("connector_auth")).hrflowAuth(spec.get("hrflow_auth"))
                .pushParameters(spec.get("push_parameters"))
                .writeConcurrency(spec.hasNonNull("write_concurrency") ? spec.get("write_concurrency").asInt() : null)
                .build();
        try (HeapSampler heap = new HeapSampler()) {
            long start = System.nanoTime();
            RunResult result = env.run(action, request);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.println(ChildRun.RESULT + Json.object().put("status", result.status().value())
                    .put("read", result.count(Event.READ_SUCCESS)).put("written", result.count(Event.WRITE_SUCCESS))
                    .put("failed", result.count(Event.WRITE_FAILURE) + result.count(Event.READ_FAILURE))
                    .put("seconds", seconds).put("peak_heap_mb", heap.peakMegabytes()));
        }
    }
}
