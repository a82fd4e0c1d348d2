package ai.hrflow.connectors.api.spi;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Event counter. Thread-safe while a run is going on; {@link #snapshot()} gives an immutable copy that
 * always lists every event, zeros included (as the reference does).
 */
public final class EventCounts {
    private final AtomicLongArray counts = new AtomicLongArray(Event.values().length);

    public EventCounts() {
    }

    public EventCounts(Map<Event, Long> initial) {
        initial.forEach((event, count) -> counts.set(event.ordinal(), count));
    }

    public long get(Event event) {
        return counts.get(event.ordinal());
    }

    public EventCounts add(Event event, long delta) {
        counts.addAndGet(event.ordinal(), delta);
        return this;
    }

    public EventCounts increment(Event event) {
        return add(event, 1);
    }

    public EventCounts snapshot() {
        EventCounts copy = new EventCounts();
        for (int i = 0; i < counts.length(); i++) {
            copy.counts.set(i, counts.get(i));
        }
        return copy;
    }

    public Map<Event, Long> asMap() {
        Map<Event, Long> map = new EnumMap<>(Event.class);
        for (Event e : Event.values()) {
            map.put(e, get(e));
        }
        return map;
    }

    @JsonValue
    public Map<String, Long> toJson() {
        Map<String, Long> map = new LinkedHashMap<>();
        for (Event e : Event.values()) {
            map.put(e.value(), get(e));
        }
        return map;
    }

    @JsonCreator
    public static EventCounts fromJson(Map<String, Long> json) {
        EventCounts counts = new EventCounts();
        json.forEach((name, value) -> counts.add(Event.fromValue(name), value == null ? 0 : value));
        return counts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventCounts other && asMap().equals(other.asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }

    @Override
    public String toString() {
        return toJson().toString();
    }
}
