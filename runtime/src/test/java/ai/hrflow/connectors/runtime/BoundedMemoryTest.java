package ai.hrflow.connectors.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Streams 1,000,000 items of about 1 KB (about 1 GB of JSON in all) through the engine in a JVM limited to
 * 48 MB of heap: memory is bounded by page, batch and queue sizes, not by the item count.
 */
class BoundedMemoryTest {

    @Test
    void aMillionItemsFlowThroughASmallHeap() throws IOException, InterruptedException {
        long n = 1_000_000;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx48m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), MillionItemsMain.class.getName(), Long.toString(n)))
                .redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();

        String[] lines = text.strip().split("\n");
        String summary = lines[lines.length - 2];
        assertThat(summary).startsWith("written=" + n + " checksum=" + (n * (n - 1) / 2));
        assertThat(Long.parseLong(summary.substring(summary.indexOf("maxHeapMb=") + 10))).isLessThanOrEqualTo(48);
        JsonNode result = Json.MAPPER.readTree(lines[lines.length - 1]);
        assertThat(result.get("status").asText()).isEqualTo("success");
        assertThat(result.get("events").get("read_success").asLong()).isEqualTo(n);
        assertThat(result.get("events").get("write_success").asLong()).isEqualTo(n);
        assertThat(result.get("incremental_token").asText()).isEqualTo(Long.toString(n));
    }
}
