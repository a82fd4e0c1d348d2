package ai.hrflow.connectors.bench;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one measured sync in a child JVM with its own heap limit, so the peak heap is the product's alone (the
 * emulators, which hold every record, stay in the parent). The child reads a JSON spec file and prints one line
 * {@code RESULT {...}}.
 */
final class ChildRun {
    static final String RESULT = "RESULT ";

    private ChildRun() {
    }

    static JsonNode run(Class<?> main, String heap, ObjectNode spec, Path work) throws IOException,
            InterruptedException {
        Path specFile = work.resolve("spec-" + System.nanoTime() + ".json");
        Files.writeString(specFile, spec.toString());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-cp", System.getProperty("java.class.path"), main.getName(), specFile.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.HOURS) || process.exitValue() != 0) {
            throw new IllegalStateException("the measured run failed:\n" + output);
        }
        for (String line : output.split("\n")) {
            if (line.startsWith(RESULT)) {
                return Json.MAPPER.readTree(line.substring(RESULT.length()));
            }
        }
        throw new IllegalStateException("the measured run printed no result:\n" + output);
    }
}
