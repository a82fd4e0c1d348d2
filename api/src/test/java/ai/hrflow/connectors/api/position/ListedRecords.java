package ai.hrflow.connectors.api.position;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.position.TimeWindowScan.Window;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * An API list of records sorted by time (stable: equal times keep their insertion order), answering "after X"
 * with offset paging, as Zoho Recruit, JobAdder and HrFlow do. Records can be edited (moved later) between calls.
 */
final class ListedRecords implements TimeWindowScan.Source {
    static final Instant T0 = Instant.parse("2024-05-02T10:00:00Z");

    private final List<ObjectNode> records = new ArrayList<>();
    private final int pageSize;
    private IntConsumer beforeCall = n -> { };
    private Instant serverTime;
    int calls;

    ListedRecords(int pageSize) {
        this.pageSize = pageSize;
    }

    /** {@code count} records at {@code T0 + second}, ids {@code prefix0..}. */
    ListedRecords add(String prefix, int count, int second) {
        for (int i = 0; i < count; i++) {
            records.add(Json.object().put("id", prefix + i).put("time", T0.plusSeconds(second).toString())
                    .put("version", 1));
        }
        sort();
        return this;
    }

    ListedRecords addUnwanted(String id, int second) {
        records.add(Json.object().put("id", id).put("time", T0.plusSeconds(second).toString()).put("unwanted", true));
        sort();
        return this;
    }

    /** Edits a record: it moves to {@code second} (the end of its new second). */
    void move(String id, int second) {
        ObjectNode r = records.stream().filter(x -> x.path("id").asText().equals(id)).findFirst().orElseThrow();
        records.remove(r);
        records.add(r.put("time", T0.plusSeconds(second).toString()).put("version", r.path("version").asInt() + 1));
        sort();
    }

    String firstId() {
        return records.get(0).path("id").asText();
    }

    void beforeCall(IntConsumer hook) {
        this.beforeCall = hook;
    }

    void serverTime(Instant value) {
        this.serverTime = value;
    }

    private void sort() {
        records.sort(Comparator.comparing((ObjectNode r) -> Instant.parse(r.path("time").asText())));
    }

    @Override
    public Window list(Instant after, int offset) {
        beforeCall.accept(++calls);
        List<ObjectNode> matching = records.stream()
                .filter(r -> after == null || Instant.parse(r.path("time").asText()).isAfter(after)).toList();
        int end = Math.min(matching.size(), offset + pageSize);
        List<ObjectNode> page = offset >= matching.size() ? List.of() : matching.subList(offset, end);
        return new Window(page.stream().map(ObjectNode::deepCopy).toList(), end < matching.size(), serverTime);
    }

    static TimeWindowScan.Builder scan(TimeWindowScan.Source source) {
        return TimeWindowScan.builder("Test API", "updated", source)
                .time(r -> r.path("time").isTextual() ? Instant.parse(r.path("time").asText()) : null)
                .key("id", r -> r.path("id").asText())
                .wanted(r -> !r.path("unwanted").asBoolean(false));
    }
}
