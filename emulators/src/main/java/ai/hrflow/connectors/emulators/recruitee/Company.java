package ai.hrflow.connectors.emulators.recruitee;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * One Recruitee company: its offers and candidates. Writes are serialised per company (they are rare next to
 * reads); reads use the concurrent maps directly. Filtered candidate lists are cached per data version, so that
 * paging through a million candidates costs one scan, not one scan per page.
 */
final class Company {
    private static final int CACHED_LISTS = 16;

    final long id;
    final String subdomain;
    final String name;
    /** The admin that seeded data is attributed to. */
    final long ownerAdminId;
    private final Map<Long, StoredCandidate> candidates = new ConcurrentHashMap<>();
    private final ConcurrentSkipListSet<StoredCandidate> byDate =
            new ConcurrentSkipListSet<>(StoredCandidate.BY_DATE);
    private final Map<Long, ObjectNode> offers = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> placementsPerOffer = new ConcurrentHashMap<>();
    private final Map<String, Set<Long>> byEmail = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private final Map<String, CachedList> lists = new LinkedHashMap<>(CACHED_LISTS, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CachedList> eldest) {
            return size() > CACHED_LISTS;
        }
    };

    private record CachedList(long version, List<StoredCandidate> items) {
    }

    Company(long id, String subdomain, String name, long ownerAdminId) {
        this.id = id;
        this.subdomain = subdomain;
        this.name = name;
        this.ownerAdminId = ownerAdminId;
    }

    // ---- candidates

    StoredCandidate candidate(long candidateId) {
        return candidates.get(candidateId);
    }

    int candidateCount() {
        return candidates.size();
    }

    Collection<StoredCandidate> candidates() {
        return candidates.values();
    }

    /** Inserts or replaces a candidate, keeping the indexes in step. */
    synchronized void put(StoredCandidate c) {
        StoredCandidate old = candidates.put(c.id(), c);
        if (old != null) {
            byDate.remove(old);
            unindexEmails(old);
        }
        byDate.add(c);
        c.doc().path("emails").forEach(e -> {
            if (e.isTextual()) {
                byEmail.computeIfAbsent(e.asText().toLowerCase(java.util.Locale.ROOT),
                        k -> ConcurrentHashMap.newKeySet()).add(c.id());
            }
        });
        version.incrementAndGet();
    }

    synchronized StoredCandidate remove(long candidateId) {
        StoredCandidate old = candidates.remove(candidateId);
        if (old != null) {
            byDate.remove(old);
            unindexEmails(old);
            old.doc().path("placements").forEach(p -> placementsPerOffer
                    .computeIfAbsent(p.path("offer_id").asLong(), k -> new AtomicInteger()).decrementAndGet());
            version.incrementAndGet();
        }
        return old;
    }

    private void unindexEmails(StoredCandidate c) {
        c.doc().path("emails").forEach(e -> {
            Set<Long> ids = byEmail.get(e.asText().toLowerCase(java.util.Locale.ROOT));
            if (ids != null) {
                ids.remove(c.id());
            }
        });
    }

    /** Ids of other candidates sharing one of these e-mail addresses (Recruitee's {@code duplicates[]}). */
    List<Long> sameEmail(Iterable<String> emails, long exceptId) {
        List<Long> out = new ArrayList<>();
        for (String e : emails) {
            for (Long other : byEmail.getOrDefault(e.toLowerCase(java.util.Locale.ROOT), Set.of())) {
                if (other != exceptId && !out.contains(other)) {
                    out.add(other);
                }
            }
        }
        return out;
    }

    /**
     * Candidates in {@code by_date} order that pass {@code filter}; {@code filterKey} identifies the filter for
     * the cache (same key, same data version: same list).
     */
    List<StoredCandidate> list(String filterKey, Predicate<StoredCandidate> filter) {
        long v = version.get();
        synchronized (lists) {
            CachedList cached = lists.get(filterKey);
            if (cached != null && cached.version() == v) {
                return cached.items();
            }
        }
        List<StoredCandidate> items = new ArrayList<>();
        for (StoredCandidate c : byDate) {
            if (filter.test(c)) {
                items.add(c);
            }
        }
        List<StoredCandidate> frozen = List.copyOf(items);
        synchronized (lists) {
            lists.put(filterKey, new CachedList(v, frozen));
        }
        return frozen;
    }

    // ---- offers

    ObjectNode offer(long offerId) {
        return offers.get(offerId);
    }

    Collection<ObjectNode> offers() {
        return offers.values();
    }

    void putOffer(ObjectNode offer) {
        offers.put(offer.path("id").asLong(), offer);
    }

    void placed(long offerId) {
        placementsPerOffer.computeIfAbsent(offerId, k -> new AtomicInteger()).incrementAndGet();
    }

    int placements(long offerId) {
        AtomicInteger n = placementsPerOffer.get(offerId);
        return n == null ? 0 : Math.max(0, n.get());
    }
}
