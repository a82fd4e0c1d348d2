package ai.hrflow.connectors.runtime;

import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * Decides how far the incremental token may advance: to the token of the last item of the longest prefix of
 * read items that are all done (written, or discarded by logics). An item that failed, at any stage, caps the
 * prefix just before it for the rest of the run, so the next incremental run reads it again. Items still in
 * flight hold the prefix back until their batch completes.
 *
 * <p>Memory is bounded by the items in flight: resolved items at the head are dropped as the prefix advances,
 * and nothing is kept past a failure.
 */
final class Checkpoint {
    private static final class Slot {
        final String token;
        boolean done;

        Slot(String token) {
            this.token = token;
        }
    }

    private final TreeMap<Long, Slot> window = new TreeMap<>();
    private long limit = Long.MAX_VALUE;
    private String committed;
    private boolean advanced;
    private long doneThrough;
    private long tokenSeq;
    private LongConsumer onAdvance = seq -> { };

    Checkpoint(String startToken) {
        this.committed = startToken;
    }

    /** An item was read at position {@code seq} (increasing). */
    synchronized void read(long seq, String token) {
        if (seq < limit) {
            window.put(seq, new Slot(token));
        }
    }

    synchronized void done(long seq) {
        Slot slot = window.get(seq);
        if (slot != null) {
            slot.done = true;
            advance();
        }
    }

    synchronized void failed(long seq) {
        if (seq < limit) {
            limit = seq;
            window.tailMap(seq, true).clear();
            advance();
        }
    }

    private void advance() {
        long before = doneThrough;
        while (!window.isEmpty() && window.firstEntry().getValue().done) {
            var first = window.pollFirstEntry();
            doneThrough = first.getKey();
            Slot slot = first.getValue();
            if (slot.token != null) {
                committed = slot.token;
                tokenSeq = first.getKey();
                advanced = true;
            }
        }
        if (doneThrough != before) {
            onAdvance.accept(doneThrough);
        }
    }

    /**
     * Called with {@link #doneThrough()} each time the done prefix grows, under this checkpoint's lock: the
     * listener must be quick and must not call back into the checkpoint from another thread it waits for.
     */
    synchronized void onAdvance(LongConsumer listener) {
        this.onAdvance = listener;
    }

    /** The position of the last item of the done prefix (0 before any). */
    synchronized long doneThrough() {
        return doneThrough;
    }

    /**
     * The position of the item whose token is {@link #token()} (0 before any): items done after it but without a
     * token of their own are read again by a run that starts from that token.
     */
    synchronized long tokenSeq() {
        return tokenSeq;
    }

    /** The token the next run may start from. */
    synchronized String token() {
        return committed;
    }

    /** Whether any item of this run moved the token. */
    synchronized boolean advanced() {
        return advanced;
    }

    /**
     * Whether an item failed: the prefix cannot pass it for the rest of the run, so everything after it is read
     * again by the next incremental run whatever is committed meanwhile.
     */
    synchronized boolean capped() {
        return limit != Long.MAX_VALUE;
    }

    /** Items read and neither done nor failed yet (in flight). */
    synchronized int pending() {
        return window.size();
    }
}
