package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.Reader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads candidates for the create and update flows: a sweep of {@code GET /candidates} in pages of
 * {@value #PAGE_SIZE}, the selected candidates' details fetched concurrently, in list order.
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
 * <p>The list is newest first, so a run cannot commit its position item by item. Only the last page carries a
 * position ({@link SweepKey}, {@code v1;by=created|updated;at=...;id=...}): the highest key seen, capped one second
 * before the server's {@code generated_at} of the first page (what changes during the sweep is read next time).
 * The engine commits it only when every item of the run is done; after any failure the next run starts from the
 * previous position again. Pages overlap by
 * {@value #OVERLAP} rows and are de-duplicated, so deleting up to that many candidates between two page reads
 * cannot make the sweep skip one.
 *
 * <p>Throughput: while a page's details are fetched, the next page is listed and its detail fetches start on a
 * lister thread (one page ahead). The page read ahead is the one the returned cursor names; a reader asked for
 * another cursor (re-opened elsewhere) lists that page itself.
 */
final class CandidateReader implements Reader {
    static final int PAGE_SIZE = 100;
    static final int OVERLAP = 5;
    static final long EDIT_GRACE_MINUTES = 5;
    private static final Logger LOG = LoggerFactory.getLogger(CandidateReader.class);

    private final RecruiteeClient client;
    private final Mode mode;
    private final CandidateQuery filters;
    private final SweepKey since;
    private final Long cap;
    private final int start;
    private final DetailFetcher details;
    private final ExecutorService lister = Executors.newSingleThreadExecutor(DetailFetcher.threads("recruitee-list-"));
    /** The page listed ahead: for this cursor, with its detail fetches under way; null for none. */
    private String aheadCursor;
    private Future<Listed> ahead;

    /**
     * @param since the saved position of an incremental run, else null
     * @param cap the most candidates to read ({@code limit}), null for all
     * @param start the first row ({@code offset})
     */
    CandidateReader(RecruiteeClient client, Mode mode, CandidateQuery filters, SweepKey since, Long cap, int start,
            DetailFetcher details) {
        this.client = client;
        this.mode = mode;
        this.since = since;
        this.cap = cap;
        this.start = start;
        this.details = details;
        this.filters = mode == Mode.CREATE && since != null ? withCreatedAfter(filters, since) : filters;
    }

    /** The time field a flow of this mode selects candidates by. */
    static String by(Mode mode) {
        return mode == Mode.UPDATE ? "updated" : "created";
    }

    private static CandidateQuery withCreatedAfter(CandidateQuery filters, SweepKey since) {
        String fromToken = since.createdAfterFilter();
        String given = filters.createdAfter();
        boolean givenIsLater = given != null && SweepKey.time(given)
                .map(t -> t.isAfter(SweepKey.time(fromToken).orElseThrow())).orElse(false);
        return givenIsLater ? filters : filters.withCreatedAfter(fromToken);
    }

    /** The cursor carries the whole sweep state ({@link SweepState}), so a reader re-opened at it goes on. */
    @Override
    public Page read(String cursor) {
        Listed current = ahead != null && Objects.equals(aheadCursor, cursor) ? await(ahead) : list(cursor);
        ahead = null;
        if (current.nextCursor() != null) {
            aheadCursor = current.nextCursor();
            ahead = lister.submit(() -> list(current.nextCursor()));
        }
        List<ReadItem> fetched = current.details().collect();
        return current.nextCursor() == null ? Page.last(fetched, current.token()) : new Page(fetched,
                current.nextCursor());
    }

    /** Lists the page at {@code cursor}, selects its candidates and starts fetching their details. */
    private Listed list(String cursor) {
        SweepState state = cursor == null ? SweepState.start(start) : SweepState.decode(cursor);
        RecruiteeClient.CandidatePage page = client.candidates(filters.withPage(PAGE_SIZE, state.offset));
        if (state.ceiling == null && page.generatedAt() != null) {
            state.ceiling = SweepKey.time(page.generatedAt()).map(t -> t.minusSeconds(1)).orElse(null);
        }
        List<ObjectNode> rows = page.candidates();
        List<ObjectNode> selected = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        for (ObjectNode row : rows) {
            long id = row.path("id").asLong();
            ids.add(id);
            if (state.previousPage.contains(id) || (cap != null && state.consumed >= cap)) {
                continue;
            }
            state.consumed++;
            SweepKey key = key(row);
            if (key != null && selected(row, key)) {
                selected.add(row);
                state.high = SweepKey.max(state.high, key);
            }
        }
        state.previousPage = ids;
        boolean finished = rows.size() < PAGE_SIZE || (cap != null && state.consumed >= cap);
        state.offset += finished ? rows.size() : rows.size() - OVERLAP;
        DetailFetcher.Batch fetching = details.submit(selected);
        if (finished) {
            // the list is newest first: only the end of the sweep has a position, committed once all is done
            return new Listed(fetching, null, state.high == null ? null : token(state).encode(by(mode)));
        }
        return new Listed(fetching, state.encode(), null);
    }

    private static Listed await(Future<Listed> listing) {
        try {
            return listing.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("listing Recruitee candidates failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing Recruitee candidates", e);
        }
    }

    /** A listed page: its details being fetched, the next page's cursor (null: last page) or the final position. */
    private record Listed(DetailFetcher.Batch details, String nextCursor, String token) {
    }

    private SweepKey token(SweepState state) {
        SweepKey capped = state.high;
        if (state.ceiling != null && state.high.at().isAfter(state.ceiling)) {
            capped = new SweepKey(state.ceiling, Long.MAX_VALUE);
        }
        return SweepKey.max(capped, since);
    }

    private SweepKey key(ObjectNode row) {
        String field = mode == Mode.UPDATE ? "updated_at" : "created_at";
        SweepKey key = SweepKey.of(row, field).orElse(null);
        if (key == null) {
            LOG.warn("Candidate {} has no readable {} ({}); skipped", row.path("id"), field, row.path(field));
        }
        return key;
    }

    private boolean selected(ObjectNode row, SweepKey key) {
        if (!key.isAfter(since)) {
            return false;
        }
        if (mode != Mode.UPDATE) {
            return true;
        }
        Instant created = SweepKey.time(row.path("created_at")).orElse(null);
        return created != null
                && Duration.between(created, key.at()).compareTo(Duration.ofMinutes(EDIT_GRACE_MINUTES)) > 0;
    }

    @Override
    public void close() {
        lister.shutdownNow();
        details.close();
    }
}
