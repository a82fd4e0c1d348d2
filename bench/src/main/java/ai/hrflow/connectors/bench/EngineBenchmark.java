package ai.hrflow.connectors.bench;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.zoho.ZohoData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/** The engine alone: JSON Lines → default format → JSON Lines, N generated Zoho candidates of about 2 KB. */
final class EngineBenchmark {
    record Result(int n, double itemsPerSecond, double averageItemBytes, double megabytesInPerSecond,
            double megabytesOutPerSecond, double cpuMicrosPerItem, long peakHeapMb, String status) {
    }

    private final String heap;
    private final boolean jslt;

    /** {@code jslt}: the bench-format.jslt expression runs after the default format. */
    EngineBenchmark(String heap, boolean jslt) {
        this.heap = heap;
        this.jslt = jslt;
    }

    Result run(int n, Path work) throws Exception {
        Path input = work.resolve("candidates-" + n + ".jsonl");
        long bytes = 0;
        try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            Iterator<ObjectNode> candidates = ZohoData.candidateStream(n, 42L).iterator();
            while (candidates.hasNext()) {
                String line = candidates.next().toString();
                bytes += line.length() + 1;
                out.write(line);
                out.write('\n');
            }
        }
        ObjectNode spec = Json.object().put("work", work.toString()).put("input", input.toString())
                .put("output", work.resolve("profiles-" + n + ".jsonl").toString()).put("jslt", jslt);
        JsonNode result = ChildRun.run(EngineChild.class, heap, spec, work);
        if (result.get("written").asLong() != n) {
            throw new IllegalStateException("expected " + n + " items written: " + result);
        }
        Path output = work.resolve("profiles-" + n + ".jsonl");
        long outBytes = Files.size(output);
        Files.deleteIfExists(input);
        Files.deleteIfExists(output);
        double seconds = result.get("seconds").asDouble();
        return new Result(n, n / seconds, (double) bytes / n, bytes / 1e6 / seconds, outBytes / 1e6 / seconds,
                result.get("cpu_seconds").asDouble() * 1e6 / n, result.get("peak_heap_mb").asLong(),
                result.get("status").asText());
    }
}
