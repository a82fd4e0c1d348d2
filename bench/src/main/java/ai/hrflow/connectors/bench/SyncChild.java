package ai.hrflow.connectors.bench;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.model.Connectors;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.runtime.state.LocalJsonStateStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Child JVM: one action run as described by the spec file, with the connector found the way the CLI finds it
 * (service discovery, default client options: rate limits, concurrency). Only the endpoints point at the
 * emulators; nothing else is tuned unless the spec says so ({@code write_concurrency}, from {@code --concurrency}).
 */
public final class SyncChild {
    private SyncChild() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        JsonNode spec = Json.MAPPER.readTree(Files.readString(Path.of(args[0])));
        Map<String, String> endpoints = Json.MAPPER.convertValue(spec.get("endpoints"), LinkedHashMap.class);
        Action action = Connectors.discover().find(spec.get("connector").asText()).orElseThrow()
                .action(spec.get("action").asText()).orElseThrow();
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
