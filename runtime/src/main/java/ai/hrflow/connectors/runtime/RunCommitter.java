package ai.hrflow.connectors.runtime;

import ai.hrflow.connectors.api.spi.EventCounts;

import ai.hrflow.connectors.api.spi.Writer;
import ai.hrflow.connectors.runtime.state.StateStoreException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Commits the run's position (with the counters so far) during the run, so a run killed at any moment is
 * resumed by the next incremental run from close to where it died, never from the previous run's position.
 *
 * <p>When: on its own thread, after every page whose items are all done, whenever the done prefix has moved
 * by {@link #inFlightBound(int, int) W} items since the last commit, and at least every
 * {@link RunEnvironment#checkpointInterval() interval} while it moves. What: the {@link Checkpoint}'s token,
 * and for a target that reports {@link Writer#position() output positions} the output position that matches
 * it exactly (taken between two batches, when every batch handed to the writer is in the done prefix; the
 * writer is {@link Writer#sync() synced} before the commit), saved as a {@code running} result.
 *
 * <p><b>The bound.</b> The {@link WriteStage} holds at most {@code 2 × concurrency} batches (being written
 * or waiting for a thread) and the reading thread one more full batch it waits to hand over: at most
 * {@code W = (2 × concurrency + 1) × batchSize} items are in flight. The reading thread also waits while it is
 * more than {@code 2 × W} items past the last <em>committed</em> position ({@link #admit(long)}), so after a
 * {@code kill -9} at any moment the next incremental run re-sends at most {@code 2 × W} items (those in
 * flight, and those done since the last commit, which the next commit was about to save). Once an item has
 * failed the prefix cannot pass it in this run, everything after it is read again anyway, and the reading
 * thread no longer waits for commits.
 */
final class RunCommitter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("ai.hrflow.connectors.run");

    /** Saves a mid-run result; throws (e.g. {@link StateStoreException}) when it cannot. */
    @FunctionalInterface
    interface Saver {
        void save(Position position, EventCounts events);
    }

    /**
     * A read position with the output position that matches it.
     *
     * @param advanced whether this run moved the read position
     * @param seq the read sequence number the position is after
     * @param tokenSeq the read sequence number of the item the token belongs to (at most {@code seq})
     */
    record Position(String token, String writerPosition, boolean advanced, long seq, long tokenSeq) {
    }

    private final Checkpoint checkpoint;
    private final EventCounts events;
    private final Saver saver;
    private final long intervalNanos;
    private final Abort abort;
    private final RunErrors errors;
    private final BooleanSupplier stopRequested;
    private final long commitEvery;
    private final long readAhead;

    private final Object positionLock = new Object();
    private Writer positional; // guarded by positionLock
    private long writtenThrough; // guarded by positionLock
    private Position pair; // guarded by positionLock

    private final Object signal = new Object();
    private final ArrayDeque<Long> pageEnds = new ArrayDeque<>(); // guarded by signal
    private long doneThrough; // guarded by signal
    private long snapshotSeq; // guarded by signal
    private long committedSeq; // guarded by signal
    private boolean due; // guarded by signal
    private boolean closing; // guarded by signal
    private Thread thread;
    private Position lastSaved;

    /**
     * @param saver null when nothing is saved during the run (dry run, no state store, checkpoints off)
     */
    RunCommitter(Checkpoint checkpoint, EventCounts events, Saver saver, Duration interval, int batchSize,
            int concurrency, Abort abort, RunErrors errors, BooleanSupplier stopRequested) {
        this.checkpoint = checkpoint;
        this.events = events;
        this.saver = interval.isZero() ? null : saver;
        this.intervalNanos = interval.toNanos();
        this.abort = abort;
        this.errors = errors;
        this.stopRequested = stopRequested;
        this.commitEvery = inFlightBound(batchSize, concurrency);
        this.readAhead = 2 * commitEvery;
    }

    /** Items that can be in flight in the {@link WriteStage}: {@code (2 × concurrency + 1) × batchSize}. */
    static long inFlightBound(int batchSize, int concurrency) {
        return (2L * concurrency + 1) * batchSize;
    }

    /** Items a killed run may leave for the next run to send again: {@code 2 × inFlightBound}. */
    static long resendBound(int batchSize, int concurrency) {
        return 2 * inFlightBound(batchSize, concurrency);
    }

    /** Starts committing; {@code writer} is the run's writer (null in a dry run). */
    void start(Writer writer) {
        if (writer != null && writer.position() != null) {
            synchronized (positionLock) {
                positional = writer;
                pair = snapshotLocked();
            }
        }
        if (saver == null) {
            return;
        }
        checkpoint.onAdvance(this::advanced);
        Map<String, String> mdc = MDC.getCopyOfContextMap();
        thread = new Thread(() -> {
            if (mdc != null) {
                MDC.setContextMap(mdc);
            }
            loop();
        }, "hrflow-checkpoint");
        thread.setDaemon(true);
        thread.start();
    }

    /** The lock a positional writer's batches are written and accounted under; null for other writers. */
    Object writeLock() {
        synchronized (positionLock) {
            return positional == null ? null : positionLock;
        }
    }

    /** A batch ending at {@code lastSeq} has been written and accounted; called under {@link #writeLock()}. */
    void written(long lastSeq) {
        writtenThrough = Math.max(writtenThrough, lastSeq);
    }

    /** The reading thread read a page whose last position is {@code lastSeq}. */
    void pageEnd(long lastSeq) {
        synchronized (signal) {
            if (lastSeq <= doneThrough) {
                due = true;
                signal.notifyAll();
            } else {
                pageEnds.addLast(lastSeq);
            }
        }
    }

    /**
     * Called by the reading thread before it reads the item at {@code seq}: waits while that would put it
     * more than {@code 2 × W} items past the last committed position (see the class comment). Returns at once
     * when nothing is committed during the run, once an item failed, or when the run stops.
     */
    void admit(long seq) {
        admit(seq, null);
    }

    /**
     * As {@link #admit(long)}; {@code beforeWaiting} runs once, outside the committer's locks, before the reader
     * would wait: it hands on items an earlier stage holds back (a format stage's partial chunk), or the position
     * could never reach them.
     */
    void admit(long seq, Runnable beforeWaiting) {
        if (saver == null) {
            return;
        }
        boolean handedOn = beforeWaiting == null;
        while (abort.reason() == null && !stopRequested.getAsBoolean() && !checkpoint.capped()) {
            if (!handedOn) {
                synchronized (signal) {
                    if (seq - committedSeq <= readAhead || closing) {
                        return;
                    }
                }
                beforeWaiting.run();
                handedOn = true;
                continue;
            }
            // the checkpoint is asked outside the signal lock: its listener takes that lock under its own
            synchronized (signal) {
                if (seq - committedSeq <= readAhead || closing) {
                    return;
                }
                due = true;
                signal.notifyAll();
                try {
                    signal.wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** The position to save now: for a positional writer the last one that matches its output exactly. */
    Position current() {
        synchronized (positionLock) {
            if (positional != null) {
                Position now = snapshotLocked();
                // the output may be saved with the token only if a run starting from that token writes nothing the
                // output already holds: every batch written so far lies at or before the token's item
                if (now.tokenSeq() >= writtenThrough) {
                    pair = now;
                }
                return pair;
            }
        }
        return snapshotLocked();
    }

    private Position snapshotLocked() {
        synchronized (checkpoint) {
            String output = positional == null ? null : positional.position();
            return new Position(checkpoint.token(), output, checkpoint.advanced(), checkpoint.doneThrough(),
                    checkpoint.tokenSeq());
        }
    }

    private void advanced(long done) {
        synchronized (signal) {
            doneThrough = done;
            boolean crossed = false;
            while (!pageEnds.isEmpty() && pageEnds.peekFirst() <= done) {
                pageEnds.pollFirst();
                crossed = true;
            }
            if (crossed || done - snapshotSeq >= commitEvery) {
                due = true;
                signal.notifyAll();
            }
        }
    }

    private void loop() {
        long last = System.nanoTime();
        while (true) {
            synchronized (signal) {
                while (!due && !closing) {
                    long wait = intervalNanos - (System.nanoTime() - last);
                    if (wait <= 0) {
                        break;
                    }
                    try {
                        TimeUnit.NANOSECONDS.timedWait(signal, wait);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closing) {
                    return;
                }
                due = false;
            }
            last = System.nanoTime();
            if (!commit()) {
                return;
            }
        }
    }

    /** Saves the current position if it moved; false when saving failed (the run is stopping). */
    private boolean commit() {
        Position position = current();
        synchronized (signal) {
            snapshotSeq = position.seq();
        }
        if (position.equals(lastSaved)) {
            return true;
        }
        try {
            if (position.writerPosition() != null) {
                positional.sync();
            }
            saver.save(position, events.snapshot());
        } catch (Exception e) {
            boolean state = e instanceof StateStoreException;
            String message = (state ? "saving the run's position failed: " : "making the output durable failed: ")
                    + errors.describeClean(e);
            LOG.error(errors.clean(message));
            LOG.debug("Stack trace", e);
            errors.add(message);
            abort.set(state ? Reason.STATE_STORE_FAILURE : Reason.WRITE_FAILURE, message);
            return false;
        }
        lastSaved = position;
        synchronized (signal) {
            committedSeq = Math.max(committedSeq, position.seq());
            signal.notifyAll();
        }
        LOG.debug("Checkpoint: position {} committed", position.token());
        return true;
    }

    /** Stops committing (the last commit in progress completes); the run's end saves the final result. */
    @Override
    public void close() {
        synchronized (signal) {
            closing = true;
            signal.notifyAll();
        }
        if (thread != null) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
