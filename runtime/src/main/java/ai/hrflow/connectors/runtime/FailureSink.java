package ai.hrflow.connectors.runtime;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The failures file of one run: one JSON line per item that did not reach the target, with the stage and the
 * reason, so it can be inspected and replayed ({@code jsonl} connector). Created on the first failure only;
 * private to the user (items hold personal data). Thread-safe.
 */
public final class FailureSink implements AutoCloseable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path file;
    private final String workflowId;
    private final String actionId;
    private final Clock clock;
    private Writer out;
    private long count;

    public FailureSink(Path directory, String workflowId, String actionId, Clock clock) {
        String safeId = workflowId.replaceAll("[^A-Za-z0-9._-]", "_");
        this.file = directory.resolve(safeId + "-" + STAMP.format(clock.instant()) + "-" + actionId + ".jsonl");
        this.workflowId = workflowId;
        this.actionId = actionId;
        this.clock = clock;
    }

    /** Appends one failed item; {@code item} may be null for a failure that has none (a page that failed to read). */
    public synchronized void record(Stage stage, String reason, JsonNode item) {
        try {
            if (out == null) {
                out = open();
            }
            JsonGenerator g = Json.MAPPER.createGenerator(out);
            g.writeStartObject();
            g.writeStringField("time", clock.instant().toString());
            g.writeStringField("workflow_id", workflowId);
            g.writeStringField("action_id", actionId);
            g.writeStringField("stage", stage.value());
            g.writeStringField("reason", reason);
            g.writeFieldName("item");
            if (item == null) {
                g.writeNull();
            } else {
                g.writeTree(item);
            }
            g.writeEndObject();
            g.flush();
            out.write('\n');
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the failures file " + file + ": " + e.getMessage(), e);
        }
    }

    private Writer open() throws IOException {
        Files.createDirectories(file.getParent());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), 1 << 16);
    }

    /** The file's path, or null when nothing failed. */
    public synchronized Path file() {
        return out == null ? null : file;
    }

    public synchronized long count() {
        return count;
    }

    /** Makes every recorded line durable; called at the end of the run and before the token is saved. */
    public synchronized void flush() {
        if (out != null) {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the failures file " + file + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the failures file " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
