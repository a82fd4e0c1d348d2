package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.spi.ReadItem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Fetches the details of listed items a few at a time (Recruitee has no bulk detail endpoint, and one call after
 * the other would cap a sync at a few dozen items per second), and hands them back in list order. An item gone
 * since it was listed is dropped; an item whose fetch failed becomes a failed read item (its summary kept) so
 * the rest of the page goes on; refused credentials stop the read.
 */
final class DetailFetcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DetailFetcher.class);

    private final String what;
    private final LongFunction<Optional<ObjectNode>> fetch;
    private final ExecutorService pool;

    /** @param concurrency calls at once: enough to hide latency, few enough for an API without a published limit */
    DetailFetcher(String what, LongFunction<Optional<ObjectNode>> fetch, int concurrency) {
        this.what = what;
        this.fetch = fetch;
        AtomicInteger n = new AtomicInteger();
        java.util.Map<String, String> mdc = MDC.getCopyOfContextMap();
        this.pool = Executors.newFixedThreadPool(concurrency, task -> {
            Thread t = new Thread(() -> {
                if (mdc != null) {
                    MDC.setContextMap(mdc);
                }
                task.run();
            }, "recruitee-detail-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    List<ReadItem> fetch(List<ObjectNode> rows) {
        List<Future<Optional<ObjectNode>>> futures = new ArrayList<>(rows.size());
        for (ObjectNode row : rows) {
            long id = row.path("id").asLong();
            futures.add(pool.submit(() -> fetch.apply(id)));
        }
        List<ReadItem> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode row = rows.get(i);
            try {
                Optional<ObjectNode> detail = futures.get(i).get();
                if (detail.isPresent()) {
                    out.add(new ReadItem(detail.get(), null));
                } else {
                    LOG.info("{} {} was deleted since it was listed; skipped", what, row.path("id"));
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof ConnectorException c && c.isFatal()) {
                    futures.forEach(f -> f.cancel(true));
                    throw c;
                }
                out.add(ReadItem.failed(row, null, "reading " + what + " " + row.path("id") + " failed: "
                        + (cause instanceof ConnectorException ? cause.getMessage() : String.valueOf(cause))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(f -> f.cancel(true));
                throw new IllegalStateException("interrupted while reading " + what + " details", e);
            }
        }
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
