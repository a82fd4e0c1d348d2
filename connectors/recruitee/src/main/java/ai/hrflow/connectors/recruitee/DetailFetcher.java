package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.spi.ReadItem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import org.slf4j.MDC;

/**
 * Fetches the details of listed items several at a time (Recruitee has no bulk detail endpoint, and one call after
 * the other would cap a sync at a few dozen items per second), and hands them back in list order. A page's
 * fetches are {@linkplain #submit submitted} at once and {@linkplain Batch#collect collected} later, so a reader
 * can list the next page while they run. Every listed item comes back: an item whose detail cannot be fetched
 * (gone since it was listed, or a failed call) becomes a failed read item carrying its summary, so it reaches the
 * failures file and the rest of the page goes on; refused credentials stop the read.
 */
final class DetailFetcher implements AutoCloseable {
    private final String what;
    private final LongFunction<Optional<ObjectNode>> fetch;
    private final ExecutorService pool;

    /** @param concurrency calls at once (see {@link RecruiteeOptions#detailConcurrency()}) */
    DetailFetcher(String what, LongFunction<Optional<ObjectNode>> fetch, int concurrency) {
        this.what = what;
        this.fetch = fetch;
        this.pool = Executors.newFixedThreadPool(concurrency, threads("recruitee-detail-"));
    }

    /** Daemon threads named {@code prefix + n} that carry the caller's logging context (workflow, run). */
    static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        Map<String, String> mdc = MDC.getCopyOfContextMap();
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

    /** Fetches the details of {@code rows} and waits for them. */
    List<ReadItem> fetch(List<ObjectNode> rows) {
        return submit(rows).collect();
    }

    /** Starts fetching the details of {@code rows}; they queue behind any batch submitted earlier. */
    Batch submit(List<ObjectNode> rows) {
        List<Future<Optional<ObjectNode>>> futures = new ArrayList<>(rows.size());
        for (ObjectNode row : rows) {
            long id = row.path("id").asLong();
            futures.add(pool.submit(() -> fetch.apply(id)));
        }
        return new Batch(rows, futures);
    }

    /** The details of one page being fetched. */
    final class Batch {
        private final List<ObjectNode> rows;
        private final List<Future<Optional<ObjectNode>>> futures;

        private Batch(List<ObjectNode> rows, List<Future<Optional<ObjectNode>>> futures) {
            this.rows = rows;
            this.futures = futures;
        }

        /** Waits for the fetches: one read item per row, in list order. */
        List<ReadItem> collect() {
            List<ReadItem> out = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                ObjectNode row = rows.get(i);
                try {
                    Optional<ObjectNode> detail = futures.get(i).get();
                    out.add(detail.map(d -> new ReadItem(d, null)).orElseGet(() -> ReadItem.failed(row, null,
                            "reading " + what + " " + row.path("id") + " failed: it was listed but its detail "
                                    + "answered 404 (deleted since it was listed?)")));
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof ConnectorException c && c.isFatal()) {
                        cancel();
                        throw c;
                    }
                    out.add(ReadItem.failed(row, null, "reading " + what + " " + row.path("id") + " failed: "
                            + (cause instanceof ConnectorException ? cause.getMessage() : String.valueOf(cause))));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancel();
                    throw new IllegalStateException("interrupted while reading " + what + " details", e);
                }
            }
            return out;
        }

        void cancel() {
            futures.forEach(f -> f.cancel(true));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
