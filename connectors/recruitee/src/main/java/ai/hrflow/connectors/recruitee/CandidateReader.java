package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.core.model.Mode;
import ai.hrflow.connectors.core.spi.Page;
import ai.hrflow.connectors.core.spi.ReadItem;
import ai.hrflow.connectors.core.spi.Reader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads candidates for the create and update flows: a sweep of {@code GET /candidates} in pages of
 * {@value #PAGE_SIZE}, the selected candidates' details fetched concurrently, in list order. The next
 * {@value #LOOKAHEAD} pages are listed (and their details queued) while the details of the current one are
 * fetched, so the detail calls never wait for a list call or for the writes; at most {@code LOOKAHEAD + 2} pages
 * are held at once (the one held back, the one being collected, those listed ahead).
 *
 * <ul>
 * <li>create: every candidate; incrementally, those created after the token ({@code created_after} on the server,
 *     then exactly on {@code (created_at, id)}).</li>
 * <li>update: candidates edited more than {@value #EDIT_GRACE_MINUTES} minutes after their creation (the
 *     reference's rule, since Recruitee keeps working on a new candidate for a while); incrementally, those whose
 *     {@code (updated_at, id)} is after the token. Recruitee has no "updated after" filter, so this sweeps the
 *     list, but fetches details only for what changed.</li>
 * </ul>
 *
 * <p>The list is newest first, so a run cannot commit its position item by item. Only the last item read carries
 * the token: the highest key seen, capped one second before the server's {@code generated_at} of the first page
 * (what changes during the sweep is read next time). The engine commits it only when every item of the run is
 * done; after any failure the next run starts from the previous token again. Pages overlap by
 * {@value #OVERLAP} rows and are de-duplicated, so deleting up to that many candidates between two page reads
 * cannot make the sweep skip one.
 */
final class CandidateReader implements Reader {
    static final int PAGE_SIZE = 100;
    static final int OVERLAP = 5;
    static final long EDIT_GRACE_MINUTES = 5;
    /** Pages listed (and their details fetched) ahead of the page being handed out. */
    static final int LOOKAHEAD = 2;
    private static final Logger LOG = LoggerFactory.getLogger(CandidateReader.class);

    private final RecruiteeClient client;
    private final Mode mode;
    private final CandidateQuery filters;
    private final SweepToken since;
    private final Long cap;
    private final DetailFetcher details;
    private int offset;
    private long consumed;
    private boolean finished;
    private Set<Long> previousPage = Set.of();
    private List<ReadItem> pending = List.of();
    private SweepToken high;
    private Instant ceiling;
    private final ExecutorService lister = Executors.newSingleThreadExecutor(DetailFetcher.threads("recruitee-list-"));
    private final Deque<Future<Listed>> ahead = new ArrayDeque<>();
    private boolean listedAll;

    /**
     * @param since the saved token of an incremental run, else null
     * @param cap the most candidates to read ({@code limit}), null for all
     * @param start the first row ({@code offset})
     */
    CandidateReader(RecruiteeClient client, Mode mode, CandidateQuery filters, SweepToken since, Long cap, int start,
            DetailFetcher details) {
        this.client = client;
        this.mode = mode;
        this.since = since;
        this.cap = cap;
        this.offset = start;
        this.details = details;
        this.filters = mode == Mode.CREATE && since != null ? withCreatedAfter(filters, since) : filters;
    }

    private static CandidateQuery withCreatedAfter(CandidateQuery filters, SweepToken since) {
        String fromToken = since.createdAfterFilter();
        String given = filters.createdAfter();
        boolean givenIsLater = given != null && SweepToken.time(given)
                .map(t -> t.isAfter(SweepToken.time(fromToken).orElseThrow())).orElse(false);
        return givenIsLater ? filters : filters.withCreatedAfter(fromToken);
    }

    @Override
    public Page read(String cursor) {
        if (finished) {
            return Page.empty();
        }
        Listed current = ahead.isEmpty() ? list() : await(ahead.poll());
        // the next pages are listed (and their details start) while this page's details are on their way
        while (!current.last() && ahead.size() < LOOKAHEAD) {
            ahead.add(lister.submit(this::list));
        }
        List<ReadItem> fetched = current.details().collect();
        if (current.last()) {
            finished = true;
            List<ReadItem> all = new ArrayList<>(pending);
            all.addAll(fetched);
            pending = all;
            return Page.last(release());
        }
        String next = Integer.toString(current.nextOffset());
        if (fetched.isEmpty()) {
            return new Page(List.of(), next);
        }
        List<ReadItem> out = pending;
        pending = fetched;
        return new Page(out, next);
    }

    /**
     * Lists the page at {@code offset}, selects its candidates and submits their detail fetches. Runs on the
     * caller for the first page, then on the lister thread, one page after the other (each submitted once the
     * previous one is done), so the sweep's state needs no lock.
     */
    private Listed list() {
        if (listedAll) {
            return new Listed(details.submit(List.of()), true, offset); // queued ahead past the end: no call
        }
        RecruiteeClient.CandidatePage page = client.candidates(filters.withPage(PAGE_SIZE, offset));
        if (ceiling == null && page.generatedAt() != null) {
            ceiling = SweepToken.time(page.generatedAt()).map(t -> t.minusSeconds(1)).orElse(null);
        }
        List<ObjectNode> rows = page.candidates();
        List<ObjectNode> selected = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        for (ObjectNode row : rows) {
            long id = row.path("id").asLong();
            ids.add(id);
            if (previousPage.contains(id) || (cap != null && consumed >= cap)) {
                continue;
            }
            consumed++;
            SweepToken key = key(row);
            if (key != null && selected(row, key)) {
                selected.add(row);
                high = SweepToken.max(high, key);
            }
        }
        previousPage = ids;
        boolean last = rows.size() < PAGE_SIZE || (cap != null && consumed >= cap);
        listedAll = last;
        offset += last ? rows.size() : rows.size() - OVERLAP;
        return new Listed(details.submit(selected), last, offset);
    }

    private static Listed await(Future<Listed> listing) {
        try {
            return listing.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("listing candidates failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing candidates", e);
        }
    }

    /** One listed page: its details being fetched, whether it ends the sweep, the offset of the next page. */
    private record Listed(DetailFetcher.Batch details, boolean last, int nextOffset) {
    }

    /** The held-back items, the last one carrying the run's token. */
    private List<ReadItem> release() {
        List<ReadItem> out = new ArrayList<>(pending);
        pending = List.of();
        if (!out.isEmpty() && high != null) {
            ReadItem last = out.get(out.size() - 1);
            out.set(out.size() - 1, new ReadItem(last.data(), token().encode(), last.failure()));
        }
        return out;
    }

    private SweepToken token() {
        SweepToken capped = high;
        if (ceiling != null && high.at().isAfter(ceiling)) {
            capped = new SweepToken(ceiling, Long.MAX_VALUE);
        }
        return SweepToken.max(capped, since);
    }

    private SweepToken key(ObjectNode row) {
        String field = mode == Mode.UPDATE ? "updated_at" : "created_at";
        SweepToken key = SweepToken.of(row, field).orElse(null);
        if (key == null) {
            LOG.warn("Candidate {} has no readable {} ({}); skipped", row.path("id"), field, row.path(field));
        }
        return key;
    }

    private boolean selected(ObjectNode row, SweepToken key) {
        if (!key.isAfter(since)) {
            return false;
        }
        if (mode != Mode.UPDATE) {
            return true;
        }
        Instant created = SweepToken.time(row.path("created_at")).orElse(null);
        return created != null
                && Duration.between(created, key.at()).compareTo(Duration.ofMinutes(EDIT_GRACE_MINUTES)) > 0;
    }

    @Override
    public void close() {
        ahead.forEach(f -> f.cancel(true));
        lister.shutdownNow();
        details.close();
    }
}
