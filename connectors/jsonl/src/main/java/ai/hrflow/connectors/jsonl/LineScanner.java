package ai.hrflow.connectors.jsonl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Splits a file into lines as bytes, knowing the byte offset after each one. Reads through a fixed buffer
 * with positional reads, so seeking is O(1) and memory is the buffer plus one line, capped: the bytes of a
 * line beyond {@code maxLineBytes} are counted but not kept, so one enormous line cannot exhaust the heap.
 *
 * <p>Only the first {@code limit} bytes are read: the caller snapshots the file size when it opens the
 * file, so lines appended while it reads (possibly by the same run, writing to the file it reads) are left
 * for the next run instead of making the read endless.
 */
final class LineScanner {
    /** One line, without its line terminator ({@code \n} or {@code \r\n}). */
    static final class Line {
        private byte[] bytes = new byte[8192];
        private int length;
        private long totalLength;
        private long number;
        private long end;

        /** The kept bytes; valid until the next call to {@link LineScanner#next()}. */
        byte[] bytes() {
            return bytes;
        }

        /** How many bytes of {@link #bytes()} are the line's (at most the scanner's maximum). */
        int length() {
            return length;
        }

        /** The line's real length in bytes; more than {@link #length()} when it was too long to keep. */
        long totalLength() {
            return totalLength;
        }

        boolean truncated() {
            return totalLength > length;
        }

        /** 1-based line number in the file. */
        long number() {
            return number;
        }

        /** The position right after the line and its terminator. */
        FilePosition end() {
            return new FilePosition(end, number);
        }
    }

    private static final int BUFFER_BYTES = 64 * 1024;

    private final FileChannel channel;
    private final long limit;
    private final int maxLineBytes;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
    private final Line line = new Line();
    private long offset;
    private long lineNumber;

    LineScanner(FileChannel channel, long limit, int maxLineBytes) {
        this.channel = channel;
        this.limit = limit;
        this.maxLineBytes = maxLineBytes;
        buffer.limit(0);
    }

    /** Where the next line starts. */
    FilePosition position() {
        return new FilePosition(offset, lineNumber);
    }

    void seek(FilePosition position) {
        offset = position.offset();
        lineNumber = position.line();
        buffer.limit(0);
    }

    /** True when every byte up to the limit has been returned. */
    boolean atEnd() {
        return offset >= limit;
    }

    /** The next line, or null at the limit. The returned object is reused by the next call. */
    Line next() throws IOException {
        if (atEnd()) {
            return null;
        }
        line.length = 0;
        line.totalLength = 0;
        boolean terminated = false;
        while (!terminated) {
            if (!buffer.hasRemaining() && !fill()) {
                break; // the last line of the file has no newline
            }
            byte[] array = buffer.array();
            int start = buffer.position();
            int stop = buffer.limit();
            int newline = start;
            while (newline < stop && array[newline] != '\n') {
                newline++;
            }
            terminated = newline < stop;
            keep(array, start, newline - start);
            int consumed = newline - start + (terminated ? 1 : 0);
            buffer.position(start + consumed);
            offset += consumed;
        }
        if (line.length > 0 && line.length == line.totalLength && line.bytes[line.length - 1] == '\r') {
            line.length--;
            line.totalLength--;
        }
        line.number = ++lineNumber;
        line.end = offset;
        return line;
    }

    private void keep(byte[] source, int from, int count) {
        line.totalLength += count;
        int room = maxLineBytes - line.length;
        int kept = Math.min(room, count);
        if (kept <= 0) {
            return;
        }
        if (line.length + kept > line.bytes.length) {
            int grown = (int) Math.min(maxLineBytes, Math.max(2L * line.bytes.length, line.length + kept));
            line.bytes = Arrays.copyOf(line.bytes, grown);
        }
        System.arraycopy(source, from, line.bytes, line.length, kept);
        line.length += kept;
    }

    /** Reads the next chunk at {@link #offset}; false when there is nothing more before the limit. */
    private boolean fill() throws IOException {
        buffer.clear();
        buffer.limit((int) Math.min(BUFFER_BYTES, limit - offset));
        if (!buffer.hasRemaining()) {
            buffer.limit(0);
            return false;
        }
        long at = offset;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                if (at == offset) {
                    // Without this, a file truncated under the reader would yield empty lines forever.
                    throw new IOException("the file shrank to " + at + " bytes while being read (it had "
                            + limit + ")");
                }
                break;
            }
            at += n;
        }
        buffer.flip();
        return buffer.hasRemaining();
    }
}
