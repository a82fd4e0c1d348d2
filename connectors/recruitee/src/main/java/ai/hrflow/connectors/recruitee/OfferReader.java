package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.Reader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads offers for the job flows. Recruitee does not page offers, so the whole list comes in one call; in
 * {@code default} view mode it already holds what the job format needs (no per-offer call), in {@code brief}
 * mode each offer's detail is fetched first (brief items have no dates, which broke the reference's filter).
 *
 * <ul>
 * <li>create: every offer of {@code kind} and {@code scope}; incrementally, those created after the token.</li>
 * <li>update: offers edited more than five minutes after creation; incrementally, those updated after the
 *     token.</li>
 * <li>archive: archived offers (the reference archived every listed offer); incrementally, those updated (i.e.
 *     archived) after the token.</li>
 * </ul>
 * Items go out oldest key first, each with its own token, so a run's progress is committed offer by offer.
 */
final class OfferReader implements Reader {
    static final int PAGE_SIZE = 100;

    private final List<ReadItem> items;

    private OfferReader(List<ReadItem> items) {
        this.items = items;
    }

    static OfferReader open(RecruiteeClient client, Mode mode, String kind, String scope, String viewMode,
            SweepKey since, DetailFetcher details) {
        String effectiveScope = mode == Mode.ARCHIVE ? "archived" : scope;
        List<ObjectNode> listed = client.offers(kind, effectiveScope, viewMode);
        List<ReadItem> offers;
        if ("brief".equals(viewMode)) {
            offers = details.fetch(listed);
        } else {
            offers = listed.stream().map(o -> new ReadItem(o, null)).toList();
        }
        String by = by(mode);
        String field = by + "_at";
        List<ReadItem> out = new ArrayList<>();
        List<SweepKey> keys = new ArrayList<>();
        for (ReadItem offer : offers) {
            if (offer.isFailed()) {
                out.add(offer);
                continue;
            }
            Optional<SweepKey> key = SweepKey.of(offer.data(), field);
            if (key.isEmpty()) {
                out.add(ReadItem.failed(offer.data(), null, "offer " + offer.data().path("id") + " has no readable "
                        + field + " (" + offer.data().path(field) + ")"));
            } else if (key.get().isAfter(since) && (mode != Mode.UPDATE || edited(offer.data(), key.get().at()))) {
                keys.add(key.get());
            }
        }
        // failed items first (no position), then the others in position order
        Map<SweepKey, ObjectNode> byKey = new HashMap<>();
        for (ReadItem offer : offers) {
            SweepKey.of(offer.data(), field).ifPresent(k -> byKey.putIfAbsent(k, offer.data()));
        }
        keys.stream().sorted().forEach(k -> out.add(new ReadItem(byKey.get(k), k.encode(by))));
        return new OfferReader(out);
    }

    /** The time field a flow of this mode selects offers by. */
    static String by(Mode mode) {
        return mode == Mode.CREATE ? "created" : "updated";
    }

    private static boolean edited(ObjectNode offer, Instant updated) {
        return SweepKey.time(offer.path("created_at"))
                .map(created -> Duration.between(created, updated).compareTo(Duration.ofMinutes(5)) > 0)
                .orElse(false);
    }

    /** The cursor is the index of the page's first offer in the list read at the start. */
    @Override
    public Page read(String cursor) {
        int from = cursor == null ? 0 : Cursors.index(cursor, "Recruitee offers");
        int next = Math.min(items.size(), from + PAGE_SIZE);
        List<ReadItem> page = items.subList(Math.min(from, next), next);
        return next >= items.size() ? Page.last(page) : new Page(page, Integer.toString(next));
    }

    @Override
    public void close() {
        // nothing to release: the JDK HTTP client frees its connections once unreachable
    }
}
