package ai.hrflow.connectors.bench;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.jsonl.JsonLinesWarehouse;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorType;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Flow;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.state.LocalJsonStateStore;
import ai.hrflow.connectors.zohorecruit.CandidateFormats;
import com.fasterxml.jackson.databind.JsonNode;
import ai.hrflow.connectors.api.spi.Format;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Child JVM: the engine alone, no HTTP: a JSON Lines file of Zoho candidates through the default Zoho candidate →
 * HrFlow profile format into another JSON Lines file.
 */
public final class EngineChild {
    private EngineChild() {
    }

    public static void main(String[] args) throws Exception {
        JsonNode spec = Json.MAPPER.readTree(Files.readString(Path.of(args[0])));
        Path work = Path.of(spec.get("work").asText());
        Connector files = Connector.builder().name("Files").subtype("files").type(ConnectorType.OTHER)
                .warehouse(JsonLinesWarehouse.create()).hrflow(JsonLinesWarehouse.create())
                .flow(Flow.of(Mode.CREATE, Entity.PROFILE, Direction.INBOUND)
                        .withFormat(CandidateFormats.ZOHO_CANDIDATE_TO_HRFLOW))
                .build();
        RunEnvironment env = RunEnvironment.builder().stateStore(new LocalJsonStateStore(work.resolve("state")))
                .failuresDirectory(work.resolve("failures")).build();
        ActionRequest.Builder request = ActionRequest.builder("bench-engine")
                .pullParameters(Map.of("path", spec.get("input").asText()))
                .pushParameters(Map.of("path", spec.get("output").asText(), "overwrite", true));
        if (spec.path("jslt").asBoolean()) {
            // as "format: {base: default, jslt_file: ...}" in a run configuration
            request.format(Format.jslt(CandidateFormats.ZOHO_CANDIDATE_TO_HRFLOW, jsltFormat()));
        }
        try (HeapSampler heap = new HeapSampler()) {
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            RunResult result = env.run(files.action("create_profiles_in_hrflow").orElseThrow(), request.build());
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
            System.out.println(ChildRun.RESULT + Json.object().put("status", result.status().value())
                    .put("read", result.count(Event.READ_SUCCESS)).put("written", result.count(Event.WRITE_SUCCESS))
                    .put("seconds", seconds).put("cpu_seconds", cpuSeconds)
                    .put("peak_heap_mb", heap.peakMegabytes()));
        }
    }

    private static String jsltFormat() throws IOException {
        try (InputStream in = EngineChild.class.getResourceAsStream("/bench-format.jslt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
