package ai.hrflow.connectors.runtime;

import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.api.spi.EventCounts;

import ai.hrflow.connectors.api.spi.ItemFailure;
import ai.hrflow.connectors.api.spi.ItemSkip;
import ai.hrflow.connectors.api.spi.WriteResult;
import ai.hrflow.connectors.api.spi.Writer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Batches formatted items and writes them with bounded concurrency: at most {@code threads} batches are being
 * written and as many more wait, so the reading thread blocks (back-pressure) instead of piling items up.
 * Each item's outcome goes to the counters, the checkpoint and, on failure, the failures file.
 *
 * <p>At most {@code 2 × threads} batches hold a slot and the reading thread holds one more full batch while
 * it waits for a slot: {@code (2 × threads + 1) × batchSize} items in flight at most
 * ({@link RunCommitter#inFlightBound}). A writer that reports output positions has its batches written and
 * accounted under the {@link RunCommitter}'s lock, so a committed output position matches a read position.
 */
final class WriteStage implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("ai.hrflow.connectors.run");

    private final Writer writer;
    private final int batchSize;
    private final int maxConsecutiveErrors;
    private final EventCounts events;
    private final Checkpoint checkpoint;
    private final Parking parking;
    private final FailureSink failures;
    private final RunErrors errors;
    private final Abort abort;
    private final ExecutorService pool;
    private final Semaphore slots;
    private final int slotCount;
    private final AtomicInteger consecutiveErrors = new AtomicInteger();
    private final RunCommitter committer;
    private final java.util.function.BooleanSupplier stopRequested;
    private volatile boolean abandoned;
    private List<ObjectNode> items;
    private long[] seqs;

    WriteStage(Writer writer, int batchSize, int threads, int maxConsecutiveErrors, EventCounts events,
            Checkpoint checkpoint, Parking parking, FailureSink failures, RunErrors errors, Abort abort,
            RunCommitter committer, java.util.function.BooleanSupplier stopRequested) {
        this.writer = writer;
        this.committer = committer;
        this.stopRequested = stopRequested;
        this.batchSize = batchSize;
        this.maxConsecutiveErrors = maxConsecutiveErrors;
        this.events = events;
        this.checkpoint = checkpoint;
        this.parking = parking;
        this.failures = failures;
        this.errors = errors;
        this.abort = abort;
        this.slotCount = threads * 2;
        this.slots = new Semaphore(slotCount);
        Map<String, String> mdc = MDC.getCopyOfContextMap();
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(() -> {
                if (mdc != null) {
                    MDC.setContextMap(mdc);
                }
                task.run();
            }, "hrflow-write-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        newBatch();
    }

    private void newBatch() {
        items = new ArrayList<>(batchSize);
        seqs = new long[batchSize];
    }

    Writer writer() {
        return writer;
    }

    /** Called by the reading thread; blocks while every slot is taken. */
    void add(ObjectNode item, long seq) {
        seqs[items.size()] = seq;
        items.add(item);
        if (items.size() == batchSize) {
            submit();
        }
    }

    private void submit() {
        List<ObjectNode> batch = items;
        long[] batchSeqs = seqs;
        newBatch();
        try {
            while (!slots.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                if (stopRequested.getAsBoolean()) {
                    // the run is stopping: the batch is not written, its items stay after the position
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort.set(Reason.WRITE_FAILURE, "the run was interrupted");
            failAll(batch, batchSeqs, "not written: the run was interrupted");
            return;
        }
        pool.execute(() -> {
            try {
                Object lock = committer == null ? null : committer.writeLock();
                if (lock == null) {
                    write(batch, batchSeqs);
                } else {
                    synchronized (lock) {
                        write(batch, batchSeqs);
                        committer.written(batchSeqs[batch.size() - 1]);
                    }
                }
            } finally {
                slots.release();
            }
        });
    }

    private void write(List<ObjectNode> batch, long[] batchSeqs) {
        if (abort.reason() != null) {
            failAll(batch, batchSeqs, "not written: the run stopped (" + abort.message() + ")");
            return;
        }
        WriteResult result;
        try {
            result = writer.write(batch);
        } catch (Exception e) {
            String message = "writing a batch of " + batch.size() + " failed: " + errors.describeClean(e);
            failAll(batch, batchSeqs, message);
            if (RunErrors.isFatal(e)) {
                LOG.error(message);
                errors.add(message);
                abort.set(Reason.WRITE_FAILURE, errors.describeClean(e));
            } else if (consecutiveErrors.incrementAndGet() >= maxConsecutiveErrors) {
                String stop = "the target failed " + maxConsecutiveErrors + " batches in a row; stopping. Last error: "
                        + errors.describeClean(e);
                LOG.error(stop);
                errors.add(stop);
                abort.set(Reason.WRITE_FAILURE, stop);
            } else {
                errors.addItemFailure(Stage.WRITE, message, e);
            }
            return;
        }
        consecutiveErrors.set(0);
        boolean[] failed = new boolean[batch.size()];
        for (ItemFailure f : result.failures()) {
            if (f.index() < 0 || f.index() >= batch.size() || failed[f.index()]) {
                LOG.warn("The writer reported a failure for item index {} of a batch of {}; ignored", f.index(),
                        batch.size());
                continue;
            }
            failed[f.index()] = true;
            events.increment(Event.WRITE_FAILURE);
            failures.record(Stage.WRITE, errors.clean(f.reason()), batch.get(f.index()));
            parking.failed(batchSeqs[f.index()], Stage.WRITE, errors.clean(f.reason()), null, true);
            errors.addItemFailure(Stage.WRITE, errors.clean(f.reason()), null);
        }
        boolean[] skipped = new boolean[batch.size()];
        for (ItemSkip s : result.skipped()) {
            if (s.index() < 0 || s.index() >= batch.size() || failed[s.index()] || skipped[s.index()]) {
                LOG.warn("The writer reported a skip for item index {} of a batch of {}; ignored", s.index(),
                        batch.size());
                continue;
            }
            skipped[s.index()] = true;
            events.increment(Event.WRITE_SKIPPED);
            // one summary line at the end of the run (PipelineRun), each item at DEBUG only
            LOG.debug("Item skipped: {}", errors.clean(s.reason()));
            errors.noteSkipped(s.reason());
            parking.resolved(batchSeqs[s.index()]);
            checkpoint.done(batchSeqs[s.index()]);
        }
        for (int i = 0; i < batch.size(); i++) {
            if (!failed[i] && !skipped[i]) {
                events.increment(Event.WRITE_SUCCESS);
                parking.resolved(batchSeqs[i]);
                checkpoint.done(batchSeqs[i]);
            }
        }
    }

    private void failAll(List<ObjectNode> batch, long[] batchSeqs, String reason) {
        for (int i = 0; i < batch.size(); i++) {
            events.increment(Event.WRITE_FAILURE);
            failures.record(Stage.WRITE, errors.clean(reason), batch.get(i));
            parking.failed(batchSeqs[i], Stage.WRITE, errors.clean(reason), null, false);
        }
    }

    /** Writes the last partial batch and waits for every batch to complete. */
    void finish() {
        if (!items.isEmpty()) {
            submit();
        }
        slots.acquireUninterruptibly(slotCount);
        slots.release(slotCount);
    }

    /** Hands the last partial batch to the writers (waiting for a slot) without waiting for it to complete. */
    void submitLast() {
        if (!items.isEmpty()) {
            submit();
        }
    }

    /** Waits at most {@code millis} for every batch handed over to complete; true when they all have. */
    boolean await(long millis) throws InterruptedException {
        if (slots.tryAcquire(slotCount, millis, TimeUnit.MILLISECONDS)) {
            slots.release(slotCount);
            return true;
        }
        return false;
    }

    /**
     * Gives up on the batches still waiting or being written, for a run asked to stop whose grace period is over:
     * batches not started are dropped, running ones interrupted; their items stay after the position.
     */
    void abandon() {
        abandoned = true;
        pool.shutdownNow();
    }

    @Override
    public void close() throws Exception {
        pool.shutdown();
        if (abandoned) {
            if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warn("Abandoned writes were still running when the run stopped");
            }
        } else if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            LOG.error("Write threads did not stop within 10 minutes");
        }
        writer.close();
    }
}
