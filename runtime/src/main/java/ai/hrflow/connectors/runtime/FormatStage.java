package ai.hrflow.connectors.runtime;

import ai.hrflow.connectors.api.spi.Format;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.MDC;

/**
 * Runs a format on several threads while the reading thread goes on, and hands the results on in read order.
 * Items go to the workers in chunks of up to {@value #CHUNK} (a 2 KB item is not worth a task of its own; a page's
 * last items go as a smaller chunk, so nothing waits for the next page). A single sequencing thread takes the
 * chunks in the order they were read and passes each result to the {@link Continuation}: logics of a
 * format-first flow, the write stage and the checkpoint therefore still see one item after the other in read
 * order, and the checkpoint only ever advances over items that are done. At most {@code 2 × threads} chunks are
 * out; then the reading thread waits (back-pressure, bounded memory).
 *
 * <p>Only formats that declare themselves {@linkplain Format#concurrent() safe on several threads} go through
 * here (the connectors' default formats: pure functions of their item); a user's own format stays on the reading
 * thread.
 */
final class FormatStage implements AutoCloseable {
    static final int CHUNK = 64;

    /** What happens to each item once formatted (or not), on the sequencing thread, in read order. */
    @FunctionalInterface
    interface Continuation {
        /**
         * @param item the item as it went into the format
         * @param formatted its formatted form; null when the format failed
         * @param error why the format failed; null when it did not
         */
        void accept(ObjectNode item, ObjectNode formatted, Exception error, long seq);
    }

    private record Result(ObjectNode item, ObjectNode formatted, Exception error, long seq) {
    }

    private final Format format;
    private final Continuation then;
    private final ExecutorService pool;
    private final ExecutorService sequencer;
    private final Semaphore slots;
    private final int slotCount;
    private final AtomicReference<Throwable> broken = new AtomicReference<>();
    private List<ObjectNode> items = new ArrayList<>(CHUNK);
    private long[] seqs = new long[CHUNK];

    FormatStage(Format format, int threads, Continuation then) {
        this.format = format;
        this.then = then;
        this.slotCount = threads * 2;
        this.slots = new Semaphore(slotCount);
        this.pool = Executors.newFixedThreadPool(threads, threads("hrflow-format-"));
        this.sequencer = Executors.newSingleThreadExecutor(threads("hrflow-format-order-"));
    }

    private static ThreadFactory threads(String prefix) {
        Map<String, String> mdc = MDC.getCopyOfContextMap();
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(() -> {
                if (mdc != null) {
                    MDC.setContextMap(mdc);
                }
                task.run();
            }, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Format threads for a run: as many as cores when the format allows it and there is more than one; else 0. */
    static int threadsFor(Format format) {
        int cores = Runtime.getRuntime().availableProcessors();
        return format != null && format.concurrent() && cores > 1 ? cores : 0;
    }

    /** Called by the reading thread; blocks while every slot is taken. */
    void add(ObjectNode item, long seq) {
        seqs[items.size()] = seq;
        items.add(item);
        if (items.size() == CHUNK) {
            flush();
        }
    }

    /** Sends the items queued so far to the workers (the end of a page: they should not wait for the next). */
    void flush() {
        if (items.isEmpty()) {
            return;
        }
        List<ObjectNode> chunk = items;
        long[] chunkSeqs = seqs;
        items = new ArrayList<>(CHUNK);
        seqs = new long[CHUNK];
        slots.acquireUninterruptibly();
        Future<List<Result>> formatted = pool.submit(() -> formatAll(chunk, chunkSeqs));
        sequencer.execute(() -> {
            try {
                handOn(formatted);
            } catch (Throwable t) {
                broken.compareAndSet(null, t);
            } finally {
                slots.release();
            }
        });
    }

    /** Formats what is queued and waits until every result is handed on. */
    void finish() {
        flush();
        slots.acquireUninterruptibly(slotCount);
        slots.release(slotCount);
        Throwable t = broken.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t != null) {
            throw new IllegalStateException("handing on formatted items failed: " + t, t);
        }
    }

    private List<Result> formatAll(List<ObjectNode> chunk, long[] chunkSeqs) {
        List<Result> results = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            ObjectNode item = chunk.get(i);
            try {
                ObjectNode formatted = format.apply(item);
                if (formatted == null) {
                    throw new IllegalStateException("the format function returned nothing");
                }
                results.add(new Result(item, formatted, null, chunkSeqs[i]));
            } catch (Exception e) {
                results.add(new Result(item, null, e, chunkSeqs[i]));
            }
        }
        return results;
    }

    private void handOn(Future<List<Result>> chunk) throws InterruptedException, ExecutionException {
        for (Result r : chunk.get()) {
            then.accept(r.item(), r.formatted(), r.error(), r.seq());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        sequencer.shutdownNow();
    }
}
