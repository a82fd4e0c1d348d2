package ai.hrflow.connectors.runtime.state;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a workflow keeps about items that fail run after run: {@code parked} items (set aside, listed by
 * {@code state failures}, sent again by {@code run --replay-parked}) and the failure {@code streaks} of the last
 * run (items that failed in it, with how many consecutive runs they failed in). Immutable.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"parked", "streaks"})
public record ParkingLot(
        @JsonProperty("parked") List<ParkedItem> parked,
        @JsonProperty("streaks") List<ParkedItem> streaks) {
    private static final ParkingLot EMPTY = new ParkingLot(List.of(), List.of());

    public ParkingLot {
        parked = parked == null ? List.of() : List.copyOf(parked);
        streaks = streaks == null ? List.of() : List.copyOf(streaks);
    }

    public static ParkingLot empty() {
        return EMPTY;
    }

    @JsonIgnore
    public boolean isEmpty() {
        return parked.isEmpty() && streaks.isEmpty();
    }

    public Optional<ParkedItem> parkedItem(String key) {
        return parked.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** With {@code item} parked (replacing a parked item of the same key) and off the streak list. */
    public ParkingLot park(ParkedItem item) {
        List<ParkedItem> p = new ArrayList<>(parked);
        p.removeIf(x -> x.key().equals(item.key()));
        p.add(item);
        List<ParkedItem> s = new ArrayList<>(streaks);
        s.removeIf(x -> x.key().equals(item.key()));
        return new ParkingLot(p, s);
    }

    /** Without the parked item of that key. */
    public ParkingLot unpark(String key) {
        List<ParkedItem> p = new ArrayList<>(parked);
        p.removeIf(x -> x.key().equals(key));
        return new ParkingLot(p, streaks);
    }

    public ParkingLot withStreaks(List<ParkedItem> newStreaks) {
        return new ParkingLot(parked, newStreaks);
    }
}
