package ai.hrflow.connectors.core.run;

import ai.hrflow.connectors.core.http.Redactor;
import ai.hrflow.connectors.core.params.Parameters;
import ai.hrflow.connectors.core.spi.CallbackContext;
import ai.hrflow.connectors.core.spi.Format;
import ai.hrflow.connectors.core.spi.Logic;
import ai.hrflow.connectors.core.spi.Page;
import ai.hrflow.connectors.core.spi.ReadItem;
import ai.hrflow.connectors.core.spi.ReadRequest;
import ai.hrflow.connectors.core.spi.Reader;
import ai.hrflow.connectors.core.spi.RunContext;
import ai.hrflow.connectors.core.spi.WriteRequest;
import ai.hrflow.connectors.core.spi.Writer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
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
            List<String> errors) {
    }

    private final PipelineSpec spec;
    private final RunEnvironment env;
    private final RunContext context;
    private final Parameters originAuth;
    private final Parameters originParams;
    private final Parameters targetAuth;
    private final Parameters targetParams;
    private final EventCounts events = new EventCounts();
    private final RunErrors errors;
    private final Checkpoint checkpoint;
    private final FailureSink failures;
    private final Instant started;
    private long lastProgress;

    PipelineRun(PipelineSpec spec, RunEnvironment env, RunContext context, Parameters originAuth,
            Parameters originParams, Parameters targetAuth, Parameters targetParams, String startToken) {
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
        this.failures = new FailureSink(env.failuresDirectory(), spec.workflowId(), context.actionId(), env.clock());
        this.started = env.clock().instant();
    }

    Outcome execute() {
        Abort abort = new Abort();
        try (failures) {
            Reader reader;
            try {
                reader = spec.origin().open(new ReadRequest(spec.mode(), originAuth, originParams, spec.incremental(),
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
            try (Reader r = reader; WriteStage writes = openWrites(abort); FormatStage formats = openFormats(writes)) {
                if (abort.reason() == null) {
                    readAll(r, writes, formats, abort);
                    if (formats != null) {
                        formats.finish();
                    }
                    if (writes != null) {
                        writes.finish();
                    }
                }
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
            return outcome(abort);
        }
    }

    private WriteStage openWrites(Abort abort) {
        if (!spec.persist()) {
            LOG.info("Dry run (persist=false): items are read, filtered and formatted, not written");
            return null;
        }
        try {
            Writer writer = spec.target().open(new WriteRequest(spec.mode(), targetAuth, targetParams, context));
            int batchSize = Objects.requireNonNullElse(spec.batchSize(), spec.target().batchSize());
            int threads = Objects.requireNonNullElse(spec.writeConcurrency(), spec.target().concurrency());
            LOG.info("Writing to {} in batches of {} with {} concurrent batch(es)", spec.targetName(), batchSize,
                    threads);
            return new WriteStage(writer, batchSize, threads, env.maxConsecutiveBatchErrors(), events, checkpoint,
                    failures, errors, abort);
        } catch (Exception e) {
            String message = "cannot start writing to " + spec.targetName() + ": " + errors.describeClean(e);
            LOG.error(errors.clean(message));
            LOG.debug("Stack trace", e);
            errors.add(message);
            abort.set(Reason.WRITE_FAILURE, message);
            return null;
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
        while (abort.reason() == null) {
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
            for (ReadItem item : page.items()) {
                if (abort.reason() != null) {
                    return;
                }
                seq++;
                checkpoint.read(seq, item.token());
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
            if (page.isLast()) {
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
            checkpoint.done(seq);
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
        checkpoint.failed(seq);
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
                events.get(Event.READ_SUCCESS), events.get(Event.WRITE_SUCCESS), events.get(Event.LOGICS_DISCARD),
                failed, Duration.between(started, env.clock().instant()), done));
    }

    private Outcome outcome(Abort abort) {
        reportProgress(true);
        Path file = failures.file();
        if (file != null) {
            errors.addSummary(failures.count() + " failure(s) recorded in " + file);
        }
        return new Outcome(events.snapshot(), checkpoint.token(), checkpoint.advanced(), abort.reason(),
                file == null ? null : file.toString(), errors.list());
    }
}
