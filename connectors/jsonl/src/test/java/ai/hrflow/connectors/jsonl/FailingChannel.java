package ai.hrflow.connectors.jsonl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A file channel that behaves like a full disk once its byte budget is spent: the write that crosses it
 * writes what fits, then throws, leaving a partial batch in the file as a real disk would. Optionally the
 * disk is so broken that cutting the file back fails too, or each write call writes only a few bytes (which
 * {@link FileChannel#write(ByteBuffer)} is allowed to do), so callers must loop, and may interleave.
 */
final class FailingChannel extends FileChannel {
    private final FileChannel delegate;
    private final AtomicLong budget;
    private final boolean truncateFails;
    private final int maxBytesPerWrite;

    FailingChannel(FileChannel delegate, AtomicLong budget, boolean truncateFails, int maxBytesPerWrite) {
        this.delegate = delegate;
        this.budget = budget;
        this.truncateFails = truncateFails;
        this.maxBytesPerWrite = maxBytesPerWrite;
    }

    /** A channel that never fails but writes at most {@code maxBytesPerWrite} bytes per call. */
    static FailingChannel shortWrites(FileChannel delegate, int maxBytesPerWrite) {
        return new FailingChannel(delegate, new AtomicLong(Long.MAX_VALUE), false, maxBytesPerWrite);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        long left = budget.get();
        if (src.remaining() <= left) {
            ByteBuffer part = src.duplicate();
            part.limit(part.position() + Math.min(part.remaining(), maxBytesPerWrite));
            int n = delegate.write(part);
            src.position(src.position() + n);
            budget.addAndGet(-n);
            Thread.yield(); // gives another writer the chance to slip in between two parts
            return n;
        }
        ByteBuffer part = src.duplicate();
        part.limit(part.position() + (int) left);
        int written = delegate.write(part);
        src.position(src.position() + written);
        budget.addAndGet(-written);
        throw new IOException("No space left on device");
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return delegate.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        return delegate.read(dsts, offset, length);
    }

    @Override
    public long position() throws IOException {
        return delegate.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        delegate.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return delegate.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        if (truncateFails) {
            throw new IOException("Input/output error");
        }
        delegate.truncate(size);
        return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        delegate.force(metaData);
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        return delegate.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        return delegate.read(dst, position);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        return delegate.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return delegate.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        delegate.close();
    }
}
