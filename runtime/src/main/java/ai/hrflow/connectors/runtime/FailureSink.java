package ai.hrflow.connectors.runtime;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
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
 * private to the user (items hold personal data): the directory is created {@code 0700}, the file {@code 0600}.
 * Thread-safe.
 *
 * <p>Never throws: when the file cannot be written (disk full, permissions) the first problem is kept in
 * {@link #error()}, and the run stops as {@code fatal/failures_file_failure} rather than go on losing track of
 * failed items (their position is never committed past, so the next run reads them again).
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
    private String error;

    public FailureSink(Path directory, String workflowId, String actionId, Clock clock) {
        String safeId = workflowId.replaceAll("[^A-Za-z0-9._-]", "_");
        this.file = directory.resolve(safeId + "-" + STAMP.format(clock.instant()) + "-" + actionId + ".jsonl");
        this.workflowId = workflowId;
        this.actionId = actionId;
        this.clock = clock;
    }

    /** Appends one failed item; {@code item} may be null for a failure that has none (a page that failed to read). */
    public synchronized void record(Stage stage, String reason, JsonNode item) {
        if (error != null) {
            return;
        }
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
        } catch (IOException | RuntimeException e) {
            broken("write", e);
        }
    }

    private void broken(String action, Exception e) {
        if (error == null) {
            error = "cannot " + action + " the failures file " + file + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
        }
    }

    /** Why the failures file could not be written; null while it could. */
    public synchronized String error() {
        return error;
    }

    private Writer open() throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.createDirectories(file.getParent(),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createDirectories(file.getParent());
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
        if (out != null && error == null) {
            try {
                out.flush();
            } catch (IOException e) {
                broken("write", e);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                broken("close", e);
            }
        }
    }
}
