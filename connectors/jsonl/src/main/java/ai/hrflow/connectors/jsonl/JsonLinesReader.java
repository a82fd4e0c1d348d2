package ai.hrflow.connectors.jsonl;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.FatalRunException;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.ReadRequest;
import ai.hrflow.connectors.api.spi.Reader;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a JSON Lines file page by page without loading it: one page of items, a 64 KiB buffer and the
 * current line are all it holds. Each item's token is the position right after its line, so an incremental
 * run seeks straight past what the previous run finished.
 *
 * <p>Everything that makes the whole read impossible (missing file, unusable token) is reported when the
 * reader is opened, before the engine opens the target: a run that cannot read never touches the target.
 */
final class JsonLinesReader implements Reader {
    /** How much of a bad line the failures file keeps: enough to recognise it, bounded for huge lines. */
    static final int RAW_BYTES_KEPT = 10 * 1024;
    /** Longer lines are failed items; their bytes past this are skipped, never held in memory. */
    static final int DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

    /**
     * Any valid line up to {@link #DEFAULT_MAX_LINE_BYTES} is read: a string may be as long as a line (Jackson's
     * default stops at 20 million characters). Numbers stay capped at 1,000 digits and nesting at 1,000 levels,
     * Jackson's defaults, which no profile or job comes near and which keep a hostile line from costing
     * quadratic parsing time or a stack overflow; such a line is that item's read failure.
     */
    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxStringLength(DEFAULT_MAX_LINE_BYTES)
            .maxNumberLength(1_000)
            .maxNestingDepth(1_000)
            .maxDocumentLength(DEFAULT_MAX_LINE_BYTES)
            .build();

    private static final ObjectReader JSON = Json.MAPPER.copyWith(JsonFactory.builder()
                    .streamReadConstraints(CONSTRAINTS).build())
            .reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final int MAX_REASON_CHARS = 300;

    private final Path path;
    private final FileChannel channel;
    private final LineScanner lines;
    private final FilePosition start;
    private final int pageSize;
    private final int maxLineBytes;

    private JsonLinesReader(Path path, FileChannel channel, FilePosition start, int pageSize, int maxLineBytes)
            throws IOException {
        this.path = path;
        this.channel = channel;
        this.start = start;
        this.pageSize = pageSize;
        this.maxLineBytes = maxLineBytes;
        this.lines = new LineScanner(channel, channel.size(), maxLineBytes);
        lines.seek(start);
    }

    /** Opens the file of the request's {@code path} and checks the incremental token against it. */
    static JsonLinesReader open(ReadRequest request) throws IOException {
        return open(request, DEFAULT_MAX_LINE_BYTES);
    }

    static JsonLinesReader open(ReadRequest request, int maxLineBytes) throws IOException {
        Path path = Path.of(request.parameters().string(JsonLinesWarehouse.PATH));
        long pageSize = request.parameters().integer(JsonLinesWarehouse.PAGE_SIZE);
        if (pageSize < 1 || pageSize > Integer.MAX_VALUE) {
            throw new FatalRunException("page_size must be between 1 and " + Integer.MAX_VALUE + ", got " + pageSize);
        }
        String token = request.incremental() ? request.incrementalToken() : null;
        FileChannel channel = openChannel(path);
        try {
            FilePosition start = startPosition(path, channel.size(), token, request.context().workflowId());
            return new JsonLinesReader(path, channel, start, (int) pageSize, maxLineBytes);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static FileChannel openChannel(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new FatalRunException("cannot read " + path + ": it is a directory, not a JSON Lines file");
        }
        try {
            return FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new FatalRunException("cannot read " + path + ": the file does not exist", e);
        } catch (AccessDeniedException e) {
            throw new FatalRunException("cannot read " + path + ": permission denied", e);
        }
    }

    private static FilePosition startPosition(Path path, long size, String token, String workflowId) {
        if (token == null) {
            return FilePosition.START;
        }
        String reset = "To read the file from its start, reset the workflow state: hrflow-connectors state reset "
                + workflowId;
        FilePosition position;
        try {
            position = FilePosition.parse(token);
        } catch (IllegalArgumentException e) {
            throw new FatalRunException("the incremental token '" + token + "' is not a position in a JSON Lines "
                    + "file (<byte offset>:<line number>); it was not saved by a read of " + path + ". " + reset, e);
        }
        if (position.offset() > size) {
            throw new FatalRunException("the incremental token points after byte " + position.offset() + " (line "
                    + position.line() + ") but " + path + " now has " + size + " bytes: the file was replaced or "
                    + "truncated since the last run, so where to resume is unknown. " + reset);
        }
        return position;
    }

    @Override
    public Page read(String cursor) throws IOException {
        FilePosition at = cursor == null ? start : FilePosition.parse(cursor);
        if (!at.equals(lines.position())) {
            lines.seek(at); // the engine reads in order, so this only happens when a caller goes back
        }
        List<ReadItem> items = new ArrayList<>(Math.min(pageSize, 4096));
        while (items.size() < pageSize) {
            LineScanner.Line line = lines.next();
            if (line == null) {
                break;
            }
            if (!isBlank(line)) {
                items.add(item(line));
            }
        }
        return lines.atEnd() ? Page.last(items) : new Page(items, lines.position().toString());
    }

    private ReadItem item(LineScanner.Line line) {
        String token = line.end().toString();
        int from = line.number() == 1 ? bomLength(line) : 0;
        if (line.truncated()) {
            return failed(line, from, token, "longer than the " + maxLineBytes + " bytes a line may have ("
                    + line.totalLength() + " bytes); it was not read");
        }
        JsonNode node;
        try {
            node = JSON.readTree(line.bytes(), from, line.length() - from);
        } catch (JsonProcessingException e) {
            return failed(line, from, token, "not valid JSON: " + describe(e));
        } catch (IOException e) {
            return failed(line, from, token, "cannot be read: " + e.getMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            return failed(line, from, token, "expected a JSON object, got " + kind(node));
        }
        return new ReadItem(object, token);
    }

    private static ReadItem failed(LineScanner.Line line, int from, String token, String problem) {
        ObjectNode data = Json.object();
        int kept = Math.min(line.length() - from, RAW_BYTES_KEPT);
        boolean cut = line.totalLength() - from > kept;
        data.put("raw", decode(line.bytes(), from, kept, cut));
        data.put("line", line.number());
        if (cut) {
            data.put("raw_truncated", true);
        }
        return ReadItem.failed(data, token, "line " + line.number() + ": " + problem);
    }

    /** Decodes UTF-8; when the bytes were cut, drops a character cut in two rather than show a broken one. */
    private static String decode(byte[] bytes, int from, int length, boolean cut) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer out = CharBuffer.allocate(length);
        // Not at the end of input when cut: an incomplete sequence at the end is left out, not replaced.
        decoder.decode(ByteBuffer.wrap(bytes, from, length), out, !cut);
        return out.flip().toString();
    }

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage().replaceAll("\\s+", " ");
        if (message.length() > MAX_REASON_CHARS) {
            message = message.substring(0, MAX_REASON_CHARS) + "...";
        }
        return e.getLocation() == null ? message : message + " (column " + e.getLocation().getColumnNr() + ")";
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return node.isNull() ? "null" : node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    private static int bomLength(LineScanner.Line line) {
        byte[] b = line.bytes();
        boolean bom = line.length() >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
        return bom ? 3 : 0;
    }

    private static boolean isBlank(LineScanner.Line line) {
        byte[] b = line.bytes();
        for (int i = line.number() == 1 ? bomLength(line) : 0; i < line.length(); i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return !line.truncated();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    @Override
    public String toString() {
        return "JsonLinesReader[" + path + "]";
    }
}
