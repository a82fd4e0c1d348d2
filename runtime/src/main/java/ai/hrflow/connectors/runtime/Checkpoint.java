package ai.hrflow.connectors.runtime;

import java.util.TreeMap;

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
        while (!window.isEmpty() && window.firstEntry().getValue().done) {
            Slot slot = window.pollFirstEntry().getValue();
            if (slot.token != null) {
                committed = slot.token;
                advanced = true;
            }
        }
    }

    /** The token the next run may start from. */
    synchronized String token() {
        return committed;
    }

    /** Whether any item of this run moved the token. */
    synchronized boolean advanced() {
        return advanced;
    }

    /** Items read and neither done nor failed yet (in flight). */
    synchronized int pending() {
        return window.size();
    }
}
