package ai.hrflow.connectors.runtime;

import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.api.spi.EventCounts;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.Reader;
import ai.hrflow.connectors.runtime.state.ParkedItem;
import ai.hrflow.connectors.runtime.state.ParkingLot;
import ai.hrflow.connectors.runtime.state.StateStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Poison items: an item that fails in {@code park_after} consecutive runs of a workflow is parked, so the
 * incremental position moves past it instead of holding every later run back. Parked items stay in the state
 * store (listed by {@code state failures}) until {@code run --replay-parked} sends them again.
 *
 * <p>An item is known by a hash of its position token and its content as read ({@link #keyOf}): the same line,
 * record or profile failing again has the same key; an item edited at the origin has another key and starts
 * afresh. Only failures of the item itself count (refused by the target, failed in logics or format, unreadable);
 * a batch that could not be written at all (the target is down) or a run that stopped counts no attempt.
 * At most {@value #MAX_STREAKS} failing items are followed per run: more than that is an outage, not a poison item.
 *
 * <p>In a replay the parked items are the run's items (their key as token, so the engine keeps the workflow's
 * real position): those done are removed from the parked list, those failing again stay with one more attempt.
 * Thread-safe: failures are reported by the write threads.
 */
final class Parking {
    private static final Logger LOG = LoggerFactory.getLogger("ai.hrflow.connectors.run");
    static final int MAX_STREAKS = 1000;
    /** What {@code park_after} is when not given. */
    static final int DEFAULT_PARK_AFTER = 3;

    private record Failure(String stage, String reason, boolean itemSpecific) {
    }

    private final StateStore store;
    private final String workflowId;
    private final int parkAfter;
    private final boolean replay;
    private final Clock clock;
    private final Checkpoint checkpoint;
    private final EventCounts events;
    private final RunErrors errors;
    private final Map<String, ParkedItem> previousStreaks = new HashMap<>();
    private final Map<String, ParkedItem> streaks = new LinkedHashMap<>();
    private final Set<String> parkedTokens = new HashSet<>();
    private final Map<Long, ReadItem> inFlight = new ConcurrentHashMap<>();
    private final Set<String> replayed = new LinkedHashSet<>();
    private final Map<String, Failure> replayFailures = new HashMap<>();
    private boolean tokenlessParked;
    private ParkingLot lot;

    /**
     * @param store null when nothing may be kept (no store, or a dry run): parking is then off
     * @param parkAfter consecutive failed runs before an item is parked; 0 never parks
     */
    Parking(StateStore store, ParkingLot lot, String workflowId, int parkAfter, boolean replay, Clock clock,
            Checkpoint checkpoint, EventCounts events, RunErrors errors) {
        this.store = store;
        this.lot = lot == null ? ParkingLot.empty() : lot;
        this.workflowId = workflowId;
        this.parkAfter = parkAfter;
        this.replay = replay;
        this.clock = clock;
        this.checkpoint = checkpoint;
        this.events = events;
        this.errors = errors;
        this.lot.streaks().forEach(s -> previousStreaks.put(s.key(), s));
        for (ParkedItem p : this.lot.parked()) {
            if (p.token() == null) {
                tokenlessParked = true;
            } else {
                parkedTokens.add(p.token());
            }
        }
    }

    private boolean enabled() {
        return store != null && (parkAfter > 0 || replay);
    }

    boolean replaying() {
        return replay;
    }

    /** The parked items as one page, each with its key as token. */
    Reader replayReader() {
        List<ReadItem> items = lot.parked().stream()
                .map(p -> p.item() == null ? ReadItem.failed(Json.object(), p.key(), "parked without its item")
                        : new ReadItem(p.item(), p.key()))
                .toList();
        LOG.info("Replaying {} parked item(s) of workflow '{}'", items.size(), workflowId);
        return cursor -> Page.last(items);
    }

    /**
     * An item was read at {@code seq}. True when it is parked already (read again by a run that does not start
     * from the position past it): it is then done for the position, counted {@code parked} and not sent.
     */
    synchronized boolean read(long seq, ReadItem item) {
        if (!enabled()) {
            return false;
        }
        if (replay) {
            replayed.add(item.token());
            return false;
        }
        if (lot.parked().isEmpty() || !tokenlessParked && (item.token() == null
                || !parkedTokens.contains(item.token()))) {
            return false;
        }
        if (lot.parkedItem(keyOf(item)).isEmpty()) {
            return false;
        }
        events.increment(Event.PARKED);
        LOG.debug("Item at position {} is parked: not sent", item.token());
        checkpoint.done(seq);
        return true;
    }

    /** The item at {@code seq} goes to the target; kept until its outcome is known. */
    void sent(long seq, ReadItem item) {
        if (enabled()) {
            inFlight.put(seq, item);
        }
    }

    /** The item at {@code seq} reached the target (written or skipped). */
    void resolved(long seq) {
        if (enabled()) {
            inFlight.remove(seq);
        }
    }

    /**
     * The item at {@code seq} failed. Either it is parked now (the position may pass it) or the checkpoint is
     * capped before it, as for any failure.
     *
     * @param item the item as read, or null for an item handed to {@link #sent}
     * @param itemSpecific false when the failure was not the item's own (its whole batch failed, the run stopped)
     */
    synchronized void failed(long seq, Stage stage, String reason, ReadItem item, boolean itemSpecific) {
        ReadItem source = item != null ? item : enabled() ? inFlight.remove(seq) : null;
        if (!enabled() || source == null) {
            checkpoint.failed(seq);
            return;
        }
        if (replay) {
            replayFailures.put(source.token(), new Failure(stage.value(), reason, itemSpecific));
            checkpoint.failed(seq);
            return;
        }
        if (!itemSpecific) {
            checkpoint.failed(seq);
            return;
        }
        Instant now = clock.instant();
        String key = keyOf(source);
        ParkedItem previous = previousStreaks.get(key);
        ParkedItem record = previous == null
                ? new ParkedItem(key, source.token(), stage.value(), reason, 1, now, now, source.data())
                : previous.failedAgain(stage.value(), reason, now);
        if (parkAfter > 0 && record.attempts() >= parkAfter && park(record)) {
            checkpoint.done(seq);
            return;
        }
        if (streaks.size() < MAX_STREAKS) {
            streaks.put(key, record);
        }
        checkpoint.failed(seq);
    }

    /** Saves the parked item at once: the position may be committed past it before the run ends. */
    private boolean park(ParkedItem record) {
        ParkingLot next = lot.park(record);
        try {
            store.saveParking(workflowId, next);
        } catch (RuntimeException e) {
            String message = "cannot park an item of workflow '" + workflowId + "' (it is retried next run): "
                    + e.getMessage();
            LOG.error(errors.clean(message));
            errors.add(message);
            return false;
        }
        lot = next;
        events.increment(Event.PARKED);
        LOG.warn("Parked the item at position {} after {} consecutive failed runs ({}: {}); the position moves past "
                + "it. List: state failures {}; send again: run ... --replay-parked", record.token(),
                record.attempts(), record.stage(), record.reason(), workflowId);
        return true;
    }

    /**
     * Ends the run's bookkeeping. A replay removes the items done from the parked list and counts those that stay;
     * a run that read everything it meant to replaces the failure streaks with its own (streaks are of
     * consecutive runs); a run that stopped early keeps the previous ones.
     */
    synchronized void finish(boolean complete) {
        if (!enabled()) {
            return;
        }
        ParkingLot next = lot;
        if (replay) {
            Instant now = clock.instant();
            for (String key : replayed) {
                Failure f = replayFailures.get(key);
                ParkedItem parked = next.parkedItem(key).orElse(null);
                if (parked == null) {
                    continue;
                }
                if (f == null) {
                    next = next.unpark(key);
                } else {
                    next = next.park(f.itemSpecific() ? parked.failedAgain(f.stage(), f.reason(), now)
                            : new ParkedItem(key, parked.token(), f.stage(), f.reason(), parked.attempts(),
                                    parked.firstFailedAt(), now, parked.item()));
                    events.increment(Event.PARKED);
                }
            }
            LOG.info("Replay of parked items: {} done, {} still parked", replayed.size() - replayFailures.size(),
                    replayFailures.size());
        } else if (complete) {
            next = next.withStreaks(List.copyOf(streaks.values()));
        }
        if (next.equals(lot)) {
            return;
        }
        try {
            store.saveParking(workflowId, next);
            lot = next;
        } catch (RuntimeException e) {
            String message = "cannot save the parked items of workflow '" + workflowId + "': " + e.getMessage();
            LOG.error(errors.clean(message));
            errors.add(message);
        }
    }

    /** The item's identity: its position token and its content as read. */
    static String keyOf(ReadItem item) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (item.token() != null) {
                sha.update(item.token().getBytes(StandardCharsets.UTF_8));
            }
            sha.update((byte) 0);
            sha.update(Json.MAPPER.writeValueAsBytes(item.data()));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint an item: " + e.getMessage(), e);
        }
    }
}
