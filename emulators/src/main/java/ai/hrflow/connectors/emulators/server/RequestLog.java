package ai.hrflow.connectors.emulators.server;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every request an emulator answered (or dropped), in completion order, for assertions on what a client sent:
 * call counts, batch sizes, headers, bodies. Thread-safe. Bounded: only the latest {@code capacity} entries are
 * kept so a benchmark pushing a million requests does not keep a million bodies; {@link #total()} still counts
 * them all. Recording can be switched off entirely for benchmarks.
 */
public final class RequestLog {
    private final ArrayDeque<RecordedRequest> entries = new ArrayDeque<>();
    private int capacity;
    private long total;
    private volatile boolean enabled = true;

    public RequestLog(int capacity) {
        capacity(capacity);
    }

    void record(RecordedRequest request) {
        if (!enabled) {
            return;
        }
        synchronized (this) {
            total++;
            entries.addLast(request);
            while (entries.size() > capacity) {
                entries.removeFirst();
            }
        }
    }

    public synchronized void capacity(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
        }
        this.capacity = capacity;
        while (entries.size() > capacity) {
            entries.removeFirst();
        }
    }

    public void enabled(boolean enabled) {
        this.enabled = enabled;
    }

    public synchronized List<RecordedRequest> all() {
        return List.copyOf(entries);
    }

    /** Kept requests with this method ({@code null} = any) and a {@link PathMatch#of(String) path spec}. */
    public List<RecordedRequest> filter(String method, String pathSpec) {
        return filter(matching(method, pathSpec));
    }

    public synchronized List<RecordedRequest> filter(Predicate<RecordedRequest> predicate) {
        return entries.stream().filter(predicate).collect(Collectors.toUnmodifiableList());
    }

    public int count(String method, String pathSpec) {
        return count(matching(method, pathSpec));
    }

    public synchronized int count(Predicate<RecordedRequest> predicate) {
        return (int) entries.stream().filter(predicate).count();
    }

    public synchronized Optional<RecordedRequest> last() {
        return Optional.ofNullable(entries.peekLast());
    }

    public Optional<RecordedRequest> last(String method, String pathSpec) {
        List<RecordedRequest> found = filter(method, pathSpec);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /** Entries currently kept. */
    public synchronized int size() {
        return entries.size();
    }

    /** Requests recorded since the last {@link #clear()}, including entries no longer kept. */
    public synchronized long total() {
        return total;
    }

    public synchronized void clear() {
        entries.clear();
        total = 0;
    }

    /** A predicate on method ({@code null} = any) and path spec, usable with the predicate overloads. */
    public static Predicate<RecordedRequest> matching(String method, String pathSpec) {
        PathMatch path = PathMatch.of(pathSpec);
        String m = method == null ? null : method.toUpperCase(Locale.ROOT);
        return r -> (m == null || m.equals(r.method())) && path.matches(r.path());
    }
}
