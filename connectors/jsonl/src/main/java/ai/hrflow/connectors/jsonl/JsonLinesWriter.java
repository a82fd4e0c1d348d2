package ai.hrflow.connectors.jsonl;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.errors.FatalRunException;
import ai.hrflow.connectors.api.spi.ItemFailure;
import ai.hrflow.connectors.api.spi.WriteRequest;
import ai.hrflow.connectors.api.spi.WriteResult;
import ai.hrflow.connectors.api.spi.Writer;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes items as compact JSON, one per line, appending to a file or replacing it.
 *
 * <p>Items are serialized straight into one reused buffer of the writer, handed to the file every
 * {@value #FLUSH_BYTES} bytes or so; a batch is written under the writer's lock, so batches written from
 * several threads never interleave. Once {@link #write} returns, its lines are in the file (no buffer of ours
 * holds them); {@link #sync()} (before each mid-run checkpoint) and {@link #close()} force them to disk, so a
 * saved token never covers lines a crash could lose.
 *
 * <p>Append mode: a batch that fails half-way is cut back out of the file, so the file only ever holds whole
 * lines; the batch fails (the engine retries it next run) and the writer goes on.
 *
 * <p>Overwrite mode: lines go to a hidden temporary file beside the target, moved over it atomically when
 * the writer is closed; until then the old file is untouched. If writing failed (an I/O error, not a
 * single item that cannot be serialized) the run is stopped, and at close the temporary file is deleted
 * and the old file kept. The writer cannot see failures elsewhere in the run ({@link Writer#close()} does
 * not say how the run ended): if reading fails part-way, what was written still replaces the old file.
 * A crash leaves the old file and a stray {@code .<name>.<n>.tmp} file.
 *
 * <p>Positions (append mode only): {@link #position()} is {@code v1:<bytes>:<absolute path>}, the length of
 * the file after the batches written so far. The engine commits it with the read position; the next
 * incremental run opens the writer with it and the file is first cut back to that length, removing the lines
 * of items that run reads and writes again (written after the last commit by a run that was killed). The
 * file must therefore belong to the workflow: lines others append after a committed position are removed
 * too. A position naming another file is ignored (the path changed in the configuration).
 */
final class JsonLinesWriter implements Writer {
    /** Opens file channels; a seam so tests can make the disk fail. */
    @FunctionalInterface
    interface ChannelOpener {
        FileChannel open(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attributes)
                throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(JsonLinesWriter.class);
    private static final String POSITION_VERSION = "v1";
    private static final ObjectMapper JSON = Json.MAPPER.copy().disable(SerializationFeature.INDENT_OUTPUT);
    /** Lines are handed to the file once this many bytes are serialized (and at the end of each batch). */
    static final int FLUSH_BYTES = 64 * 1024;

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final Lines buffer = new Lines();
    private long end;
    private String broken;
    private boolean closed;

    private JsonLinesWriter(Path target, Path temp, FileChannel channel, long end) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.end = end;
    }

    static JsonLinesWriter open(WriteRequest request) throws IOException {
        return open(Path.of(request.parameters().string(JsonLinesWarehouse.PATH)),
                request.parameters().bool(JsonLinesWarehouse.OVERWRITE, false), request.resumePosition(),
                FileChannel::open);
    }

    static JsonLinesWriter open(Path path, boolean overwrite, ChannelOpener opener) throws IOException {
        return open(path, overwrite, null, opener);
    }

    static JsonLinesWriter open(Path path, boolean overwrite, String resumePosition, ChannelOpener opener)
            throws IOException {
        Path target = path.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new FatalRunException("cannot write " + path + ": it is a directory, not a JSON Lines file");
        }
        Path dir = target.getParent();
        Files.createDirectories(dir, ownerOnly(dir, "rwx------"));
        if (overwrite) {
            Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp",
                    ownerOnly(dir, "rw-------"));
            try {
                return new JsonLinesWriter(target, temp, opener.open(temp, Set.of(StandardOpenOption.WRITE)), 0);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
        }
        FileChannel channel = opener.open(target, Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), ownerOnly(dir, "rw-------"));
        try {
            if (resumePosition != null) {
                cutBack(channel, target, resumePosition);
            }
            JsonLinesWriter writer = new JsonLinesWriter(target, null, channel, channel.size());
            if (writer.end > 0 && !endsWithNewline(target, writer.end)) {
                // Appending right after a last line without newline would glue our first line to it.
                writer.writeLocked(new byte[] {'\n'}, 1);
            }
            return writer;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Cuts the file back to the committed length, when the position is about this file. */
    private static void cutBack(FileChannel channel, Path target, String position) throws IOException {
        String[] parts = position.split(":", 3);
        long length;
        try {
            if (parts.length != 3 || !parts[0].equals(POSITION_VERSION)) {
                throw new NumberFormatException();
            }
            length = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            throw new FatalRunException("the saved output position of " + target + " is not of the form "
                    + POSITION_VERSION + ":<bytes>:<path>; reset the workflow's state (state reset) to start over");
        }
        if (!Path.of(parts[2]).equals(target)) {
            LOG.info("The saved output position is about {}, not {}: nothing cut back", parts[2], target);
            return;
        }
        long size = channel.size();
        if (size > length) {
            LOG.info("Cutting {} back from {} to {} bytes: the lines after it are of items read again", target,
                    size, length);
            channel.truncate(length);
            channel.force(true);
        } else if (size < length) {
            LOG.warn("{} is shorter ({} bytes) than the committed position ({} bytes): it was changed by someone "
                    + "else; appending to it as it is", target, size, length);
        }
    }

    @Override
    public synchronized String position() {
        return temp == null ? POSITION_VERSION + ":" + end + ":" + target : null;
    }

    @Override
    public void sync() throws IOException {
        if (temp == null) {
            channel.force(false);
        }
    }

    @Override
    public synchronized WriteResult write(List<ObjectNode> items) throws IOException {
        checkWritable();
        List<ItemFailure> failures = new ArrayList<>();
        long batchStart = end;
        buffer.reset();
        JsonGenerator json = generator();
        try {
            for (int i = 0; i < items.size(); i++) {
                int mark = buffer.size();
                try {
                    if (items.get(i) == null) {
                        throw new IllegalArgumentException("the item is null");
                    }
                    JSON.writeValue(json, items.get(i));
                    json.writeRaw('\n');
                    json.flush();
                } catch (IOException | RuntimeException e) {
                    // the generator is left inside the item: drop it with the item's partial output
                    closeQuietly(json);
                    buffer.cutTo(mark);
                    json = generator();
                    failures.add(new ItemFailure(i, "cannot be written as JSON: " + firstLine(e)));
                    continue;
                }
                if (buffer.size() >= FLUSH_BYTES) {
                    drain(batchStart);
                }
            }
        } finally {
            closeQuietly(json);
        }
        drain(batchStart);
        return failures.isEmpty() ? WriteResult.ok() : WriteResult.failed(failures);
    }

    /**
     * Hands the whole lines in the buffer to the file. A batch goes out in pieces of about {@value #FLUSH_BYTES}
     * bytes, under the writer's lock, so no other batch comes between; if one piece fails, the file is cut back
     * to where the batch began.
     */
    private void drain(long batchStart) throws IOException {
        if (buffer.size() == 0) {
            return;
        }
        ByteBuffer bytes = ByteBuffer.wrap(buffer.bytes(), 0, buffer.size());
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            end += buffer.size();
            buffer.reset();
        } catch (IOException e) {
            buffer.reset();
            end = batchStart;
            throw failed(e);
        }
    }

    private JsonGenerator generator() throws IOException {
        JsonGenerator json = JSON.createGenerator(buffer);
        json.setRootValueSeparator(null);
        return json;
    }

    private static void closeQuietly(JsonGenerator json) {
        try {
            json.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing a JSON generator failed", e);
        }
    }

    private void checkWritable() {
        if (closed) {
            throw new IllegalStateException("the writer of " + target + " is closed");
        }
        if (broken != null) {
            throw new FatalRunException(broken);
        }
    }

    private void writeLocked(byte[] bytes, int length) throws IOException {
        checkWritable();
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            end += length;
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** Why a write failed, after making sure the file holds whole lines only (or stopping if it cannot). */
    private ConnectorException failed(IOException e) {
        String cause = firstLine(e);
        if (temp != null) {
            broken = "writing to " + target + " failed (" + cause + "); the run stops and the file is left "
                    + "as it was";
            return new FatalRunException(broken, e);
        }
        try {
            channel.truncate(end);
        } catch (IOException | RuntimeException undo) {
            e.addSuppressed(undo);
            broken = "writing to " + target + " failed (" + cause + ") and the partly written lines could not "
                    + "be removed: the file may end with an incomplete line after byte " + end;
            return new FatalRunException(broken, e);
        }
        return new ConnectorException("writing to " + target + " failed (" + cause + "); the batch was not "
                + "written", e);
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (temp == null) {
            try (channel) {
                channel.force(true);
            }
            return;
        }
        if (broken != null) {
            discardTemp();
            LOG.warn("Kept {} as it was: writing its replacement failed", target);
            return;
        }
        try {
            try (channel) {
                channel.force(true);
            }
            replace(temp, target);
        } catch (IOException | RuntimeException e) {
            discardTemp();
            throw new IOException("cannot replace " + target + " (" + firstLine(e) + "); it is left as it was", e);
        }
        LOG.info("Replaced {} ({} bytes)", target, end);
    }

    private void discardTemp() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("Closing {} failed", temp, e);
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("Cannot delete the temporary file {}: {}", temp, e.getMessage());
        }
    }

    private static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
        // Makes the rename itself durable; not every platform can open a directory, hence best effort.
        try (FileChannel dir = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot sync directory {}", target.getParent(), e);
        }
    }

    private static boolean endsWithNewline(Path file, long size) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            return in.read(last, size - 1) == 1 && last.get(0) == '\n';
        }
    }

    /** Created files and directories are private: the items hold personal data. */
    private static FileAttribute<?>[] ownerOnly(Path where, String permissions) {
        if (!where.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public String toString() {
        return "JsonLinesWriter[" + target + (temp == null ? ", append" : ", overwrite") + "]";
    }

    /** Serialized lines not yet in the file; lets a failed item's partial output be cut off. Reused. */
    private static final class Lines extends ByteArrayOutputStream {
        Lines() {
            super(FLUSH_BYTES + 16 * 1024);
        }

        byte[] bytes() {
            return buf;
        }

        void cutTo(int mark) {
            count = mark;
        }
    }
}
