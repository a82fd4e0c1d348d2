package ai.hrflow.connectors.runtime;

import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.api.spi.EventCounts;

import ai.hrflow.connectors.api.model.RunPlan;
import ai.hrflow.connectors.api.http.Redactor;
import ai.hrflow.connectors.api.params.Parameters;
import ai.hrflow.connectors.api.spi.CallbackContext;
import ai.hrflow.connectors.api.spi.Format;
import ai.hrflow.connectors.api.spi.Logic;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.ReadRequest;
import ai.hrflow.connectors.api.spi.Reader;
import ai.hrflow.connectors.api.spi.RunContext;
import ai.hrflow.connectors.api.spi.WriteRequest;
import ai.hrflow.connectors.api.spi.Writer;
import ai.hrflow.connectors.runtime.state.ParkingLot;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streaming part of a run: read page by page, run logics and format item by item on the reading thread (a
 * format that allows it on several threads, through the {@link FormatStage}, in read order), hand full batches to
 * the {@link WriteStage}, and track which items are done so the incremental token never
 * passes an item that failed or is still in flight. Memory is bounded by one page plus the batches in flight.
 */
final class PipelineRun {
    private static final Logger LOG = LoggerFactory.getLogger("ai.hrflow.connectors.run");
    private static final long PROGRESS_EVERY_MILLIS = 500;

    /** What the pipeline did, for the result. */
    record Outcome(EventCounts events, String token, boolean advanced, Reason abortReason, String failuresFile,
            List<String> errors, String writerPosition) {
    }

    private final RunPlan spec;
    private final RunEnvironment env;
    private final RunContext context;
    private final Parameters originAuth;
    private final Parameters originParams;
    private final Parameters targetAuth;
    private final Parameters targetParams;
    private final EventCounts events = new EventCounts();
    private final RunErrors errors;
    private final Checkpoint checkpoint;
    private final Parking parking;
    private final FailureSink failures;
    private final Instant started;
    private final String startPosition;
    private final RunCommitter.Saver saver;
    private final BooleanSupplier stopRequested;
    private RunCommitter committer;
    private boolean readStopped;
    private long lastProgress;
    /** What the origin says the run will read (its pages' remaining counts), or null when it does not say. */
    private Long expectedTotal;
    private boolean readComplete;

    /**
     * @param startPosition the output position committed with {@code startToken}, for the writer to resume at
     * @param saver saves mid-run results (null: none)
     * @param parked the workflow's parked items and failure streaks
     */
    PipelineRun(RunPlan spec, RunEnvironment env, RunContext context, Parameters originAuth,
            Parameters originParams, Parameters targetAuth, Parameters targetParams, String startToken,
            String startPosition, RunCommitter.Saver saver, ParkingLot parked) {
        this.spec = spec;
        Redactor redactor = new Redactor();
        for (Parameters p : List.of(originAuth, originParams, targetAuth, targetParams)) {
            p.secretValues().forEach(redactor::addSecret);
        }
        this.errors = new RunErrors(redactor);
        this.env = env;
        this.context = context;
        this.originAuth = originAuth;
        this.originParams = originParams;
        this.targetAuth = targetAuth;
        this.targetParams = targetParams;
        this.checkpoint = new Checkpoint(startToken);
        this.parking = new Parking(spec.persist() ? env.stateStore().orElse(null) : null, parked, spec.workflowId(),
                Objects.requireNonNullElse(spec.parkAfter(), Parking.DEFAULT_PARK_AFTER), spec.replayParked(),
                env.clock(), checkpoint, events, errors);
        this.failures = new FailureSink(env.failuresDirectory(), spec.workflowId(), context.actionId(), env.clock());
        this.started = env.clock().instant();
        this.startPosition = startPosition;
        this.saver = saver;
        RunControl control = env.control();
        this.stopRequested = () -> control != null && control.isStopRequested();
    }

    Outcome execute() {
        Abort abort = new Abort();
        try (failures) {
            return executeChecked(abort);
        } catch (RuntimeException e) {
            // never lose the counters to an unexpected error: the run ends fatal with what it did
            String message = "the run stopped on an unexpected error: " + errors.describeClean(e);
            LOG.error(errors.clean(message), e);
            errors.add(message);
            abort.set(Reason.WRITE_FAILURE, message);
            return outcome(abort);
        }
    }

    private Outcome executeChecked(Abort abort) {
        {
            Reader reader;
            try {
                reader = parking.replaying() ? parking.replayReader()
                        : spec.origin().open(new ReadRequest(spec.mode(), originAuth, originParams, spec.incremental(),
                                checkpoint.token(), context));
            } catch (Exception e) {
                String message = "cannot start reading " + spec.originName() + ": " + errors.describeClean(e);
                LOG.error(errors.clean(message));
                LOG.debug("Stack trace", e);
                events.increment(Event.READ_FAILURE);
                failures.record(Stage.READ, errors.clean(message), null);
                errors.add(message);
                return outcome(abort);
            }
            int batchSize = Objects.requireNonNullElse(spec.batchSize(), spec.target().batchSize());
            int threads = Objects.requireNonNullElse(spec.writeConcurrency(), spec.target().concurrency());
            committer = new RunCommitter(checkpoint, events, spec.persist() ? saver : null,
                    env.checkpointInterval(), batchSize, threads, abort, errors, stopRequested);
            // closed in reverse order: the formats drain, then the committer stops, before the writer closes
            try (Reader r = reader; WriteStage writes = openWrites(abort, batchSize, threads);
                    RunCommitter c = committer; FormatStage formats = openFormats(writes)) {
                if (abort.reason() == null) {
                    c.start(writes == null ? null : writes.writer());
                    readAll(r, writes, formats, abort);
                    if (formats != null) {
                        formats.finish();
                    }
                    if (writes != null) {
                        finishWrites(writes, abort);
                    }
                }
                if (readStopped) {
                    abort.set(Reason.INTERRUPTED, "the run was asked to stop");
                }
                checkFailuresFile(abort);
            } catch (Exception e) {
                // e.g. the final sync or replace of a file target failed: what was counted written may not be
                String message = "finishing the run failed: " + errors.describeClean(e);
                LOG.error(errors.clean(message));
                LOG.debug("Stack trace", e);
                errors.add(message);
                abort.set(Reason.WRITE_FAILURE, message);
            }
            if (spec.persist() && abort.reason() == null && spec.callback() != null) {
                runCallback();
            }
            failures.flush();
            checkFailuresFile(abort);
            return outcome(abort);
        }
    }

    /** Waits for the writes in flight; when the run is asked to stop, for the grace period at most. */
    private void finishWrites(WriteStage writes, Abort abort) throws InterruptedException {
        writes.submitLast();
        while (!writes.await(200)) {
            if (stopRequested.getAsBoolean()) {
                readStopped = true;
                LOG.info("Stopping: waiting up to {} s for the writes in flight", env.stopGrace().toSeconds());
                if (!writes.await(env.stopGrace().toMillis())) {
                    String message = "the run was asked to stop; writes still in flight after the grace period of "
                            + env.stopGrace().toMillis() + " ms were abandoned (their items are read again next run)";
                    LOG.warn(message);
                    errors.add(message);
                    abort.set(Reason.INTERRUPTED, message);
                    writes.abandon();
                }
                return;
            }
        }
    }

    private void checkFailuresFile(Abort abort) {
        String problem = failures.error();
        if (problem != null) {
            errors.add(problem);
            abort.set(Reason.FAILURES_FILE_FAILURE, problem);
        }
    }

    private WriteStage openWrites(Abort abort, int batchSize, int threads) {
        if (!spec.persist()) {
            LOG.info("Dry run (persist=false): items are read, filtered and formatted, not written");
            checkTarget(abort);
            return null;
        }
        try {
            Writer writer = spec.target().open(new WriteRequest(spec.mode(), targetAuth, targetParams, context,
                    spec.incremental() ? startPosition : null));
            LOG.info("Writing to {} in batches of {} with {} concurrent batch(es)", spec.targetName(), batchSize,
                    threads);
            return new WriteStage(writer, batchSize, threads, env.maxConsecutiveBatchErrors(), events, checkpoint,
                    parking, failures, errors, abort, committer, stopRequested);
        } catch (Exception e) {
            String message = "cannot start writing to " + spec.targetName() + ": " + errors.describeClean(e);
            LOG.error(errors.clean(message));
            LOG.debug("Stack trace", e);
            errors.add(message);
            abort.set(Reason.WRITE_FAILURE, message);
            return null;
        }
    }

    /** A dry run checks the target (credentials, container) before reading: what a real run would hit first. */
    private void checkTarget(Abort abort) {
        for (CheckResult check : Preflight.target(spec, context, targetAuth, targetParams, errors)) {
            if (check.ok()) {
                LOG.info("Target check {}: ok", check.name());
            } else {
                String message = "target check failed: " + check.name() + ": " + check.reason();
                LOG.error(message);
                errors.add(message);
                abort.set(Reason.WRITE_FAILURE, message);
            }
        }
    }


    /** The format on several threads when it allows it (see {@link FormatStage}); null to format inline. */
    private FormatStage openFormats(WriteStage writes) {
        int threads = FormatStage.threadsFor(spec.format());
        if (threads == 0) {
            return null;
        }
        return new FormatStage(spec.format(), threads, (item, formatted, error, seq) -> {
            if (error != null) {
                formatFailed(item, seq, error);
                return;
            }
            ObjectNode current = spec.formatFirst() ? logics(formatted, seq) : formatted;
            if (current != null) {
                deliver(current, seq, writes);
            }
        });
    }

    private void readAll(Reader reader, WriteStage writes, FormatStage formats, Abort abort) {
        String cursor = null;
        long seq = 0;
        long items = 0;
        while (abort.reason() == null && !limitReached(items)) {
            if (stopRequested.getAsBoolean() || failures.error() != null) {
                readStopped = stopRequested.getAsBoolean();
                return;
            }
            Page page;
            try {
                page = reader.read(cursor);
            } catch (Exception e) {
                String message = "reading " + spec.originName() + " failed" + (cursor == null ? "" : " at cursor "
                        + cursor) + ": " + errors.describeClean(e);
                LOG.error(errors.clean(message));
                LOG.debug("Stack trace", e);
                events.increment(Event.READ_FAILURE);
                failures.record(Stage.READ, errors.clean(message), null);
                errors.add(message);
                if (RunErrors.isFatal(e)) {
                    abort.set(Reason.READ_FAILURE, message);
                }
                return;
            }
            if (page.remaining() != null) {
                long total = items + page.remaining();
                expectedTotal = spec.limit() == null ? total : Math.min(total, spec.limit());
            }
            for (ReadItem item : page.items()) {
                if (abort.reason() != null || failures.error() != null || limitReached(items)) {
                    return;
                }
                if (stopRequested.getAsBoolean()) {
                    LOG.info("Stopping: asked to stop; nothing more is read");
                    readStopped = true;
                    return;
                }
                items++;
                seq++;
                committer.admit(seq, formats == null ? null : formats::flush);
                checkpoint.read(seq, item.token());
                if (parking.read(seq, item)) {
                    continue;
                }
                parking.sent(seq, item); // kept until its outcome is known, whichever thread settles it
                if (item.isFailed()) {
                    events.increment(Event.READ_FAILURE);
                    itemFailed(Stage.READ, item.failure(), item.data(), seq, null);
                } else {
                    events.increment(Event.READ_SUCCESS);
                    if (formats == null) {
                        process(item.data(), seq, writes);
                    } else {
                        ObjectNode current = spec.formatFirst() ? item.data() : logics(item.data(), seq);
                        if (current != null) {
                            formats.add(current, seq);
                        }
                    }
                }
                reportProgress(false);
            }
            if (formats != null) {
                formats.flush();
            }
            if (page.token() != null && abort.reason() == null) {
                // a position with no item of its own: done at once, committed once everything before it is
                seq++;
                checkpoint.read(seq, page.token());
                checkpoint.done(seq);
            }
            committer.pageEnd(seq);
            if (page.isLast()) {
                readComplete = true;
                return;
            }
            if (page.items().isEmpty() && page.nextCursor().equals(cursor)) {
                String message = "reading " + spec.originName() + " stopped: the origin returned the same cursor "
                        + cursor + " twice without items";
                errors.add(message);
                events.increment(Event.READ_FAILURE);
                failures.record(Stage.READ, errors.clean(message), null);
                return;
            }
            cursor = page.nextCursor();
        }
    }

    private boolean limitReached(long items) {
        if (spec.limit() != null && items >= spec.limit()) {
            LOG.info("Read limit of {} item(s) reached", spec.limit());
            return true;
        }
        return false;
    }

    private void process(ObjectNode item, long seq, WriteStage writes) {
        ObjectNode current = item;
        if (spec.formatFirst()) {
            current = format(current, seq);
            current = current == null ? null : logics(current, seq);
        } else {
            current = logics(current, seq);
            current = current == null ? null : format(current, seq);
        }
        if (current != null) {
            deliver(current, seq, writes);
        }
    }

    /** A formatted item that passed the logics, to the write stage (or done, in a dry run). */
    private void deliver(ObjectNode item, long seq, WriteStage writes) {
        if (writes == null) {
            env.dryRunOutput().accept(item);
            checkpoint.done(seq);
            parking.resolved(seq);
        } else {
            writes.add(item, seq);
        }
    }

    /** Runs the logics; null when the item was discarded or failed (already accounted for). */
    private ObjectNode logics(ObjectNode item, long seq) {
        ObjectNode current = item;
        for (Logic logic : spec.logics()) {
            try {
                current = logic.apply(current);
            } catch (Exception e) {
                events.increment(Event.LOGICS_FAILURE);
                itemFailed(Stage.LOGICS, "a logic function failed: " + errors.describeClean(e), item, seq, e);
                return null;
            }
            if (current == null) {
                events.increment(Event.LOGICS_DISCARD);
                checkpoint.done(seq);
                parking.resolved(seq);
                return null;
            }
        }
        return current;
    }

    private ObjectNode format(ObjectNode item, long seq) {
        Format format = spec.format();
        if (format == null) {
            return item;
        }
        try {
            ObjectNode formatted = format.apply(item);
            if (formatted == null) {
                throw new IllegalStateException("the format function returned nothing");
            }
            return formatted;
        } catch (Exception e) {
            formatFailed(item, seq, e);
            return null;
        }
    }

    private void formatFailed(ObjectNode item, long seq, Exception e) {
        events.increment(Event.FORMAT_FAILURE);
        itemFailed(Stage.FORMAT, "the format function failed: " + errors.describeClean(e), item, seq, e);
    }

    private void itemFailed(Stage stage, String reason, ObjectNode item, long seq, Exception e) {
        failures.record(stage, errors.clean(reason), item);
        parking.failed(seq, stage, errors.clean(reason), null, true);
        errors.addItemFailure(stage, reason, e);
    }

    private void runCallback() {
        try {
            Path file = failures.file();
            spec.callback().onComplete(new CallbackContext(spec.workflowId(), spec.actionName(), originParams,
                    targetParams, events.snapshot(), file == null ? null : file.toString()));
        } catch (Exception e) {
            events.increment(Event.CALLBACK_FAILURE);
            String message = "the callback failed: " + errors.describeClean(e);
            LOG.error(errors.clean(message));
            LOG.debug("Stack trace", e);
            errors.add(message);
        } finally {
            events.increment(Event.CALLBACK_EXECUTED);
        }
    }

    private void reportProgress(boolean done) {
        long now = System.nanoTime() / 1_000_000;
        if (!done && now - lastProgress < PROGRESS_EVERY_MILLIS) {
            return;
        }
        lastProgress = now;
        long failed = events.get(Event.READ_FAILURE) + events.get(Event.LOGICS_FAILURE)
                + events.get(Event.FORMAT_FAILURE) + events.get(Event.WRITE_FAILURE);
        env.progress().onProgress(new RunProgress(spec.workflowId(), spec.actionName(),
                events.get(Event.READ_SUCCESS), events.get(Event.WRITE_SUCCESS), events.get(Event.WRITE_SKIPPED),
                events.get(Event.LOGICS_DISCARD), failed, Duration.between(started, env.clock().instant()), done,
                expectedTotal));
    }

    private Outcome outcome(Abort abort) {
        parking.finish(readComplete && abort.reason() == null);
        if (events.get(Event.WRITE_SKIPPED) > 0) {
            LOG.info("Skipped {} item(s) the target already had (e.g. {}); each one is logged at DEBUG",
                    events.get(Event.WRITE_SKIPPED), errors.firstSkip());
        }
        reportProgress(true);
        Path file = failures.file();
        if (file != null) {
            errors.addSummary(failures.count() + " failure(s) recorded in " + file);
        }
        RunCommitter.Position position = committer == null
                ? new RunCommitter.Position(checkpoint.token(), null, checkpoint.advanced(), 0, 0) : committer.current();
        return new Outcome(events.snapshot(), position.token(), position.advanced(), abort.reason(),
                file == null ? null : file.toString(), errors.list(), position.writerPosition());
    }
}
