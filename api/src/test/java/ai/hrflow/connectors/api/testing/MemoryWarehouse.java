package ai.hrflow.connectors.api.testing;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Aisle;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.Warehouse;
import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.spi.ItemFailure;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.ReadOperation;
import ai.hrflow.connectors.api.spi.WriteOperation;
import ai.hrflow.connectors.api.spi.WriteResult;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An in-memory warehouse for engine tests: a list of items read in pages (token = the item's {@code id}),
 * and a list of written items. Items whose {@code fail_write} field is true are refused by the writer.
 */
public final class MemoryWarehouse {
    public static final ParameterSet AUTH = ParameterSet.of("MemoryAuth",
            Parameter.string("api_key").required().secret().description("Key"));
    public static final ParameterSet READ = ParameterSet.of("MemoryRead",
            Parameter.integer("page_size").defaultValue(10).description("Items per page"));
    public static final ParameterSet WRITE = ParameterSet.of("MemoryWrite",
            Parameter.string("target").required().description("Where to write"));

    private final List<ObjectNode> source = Collections.synchronizedList(new ArrayList<>());
    private final List<ObjectNode> written = new CopyOnWriteArrayList<>();
    private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    private volatile Function<List<ObjectNode>, WriteResult> writeHook;

    public MemoryWarehouse add(ObjectNode item) {
        source.add(item);
        return this;
    }

    public MemoryWarehouse addItems(int count) {
        for (int i = 0; i < count; i++) {
            add(item(source.size() + 1));
        }
        return this;
    }

    public static ObjectNode item(long id) {
        ObjectNode n = Json.object();
        n.put("id", id);
        n.put("name", "item " + id);
        return n;
    }

    public List<ObjectNode> written() {
        return written;
    }

    public List<Integer> batchSizes() {
        return batchSizes;
    }

    /** Replaces the writer's behaviour (e.g. to throw). */
    public void onWrite(Function<List<ObjectNode>, WriteResult> hook) {
        this.writeHook = hook;
    }

    public ReadOperation readOperation() {
        return ReadOperation.builder().allModes(READ).incremental(Mode.values())
                .reader(request -> cursor -> {
                    long after = cursor != null ? Long.parseLong(cursor)
                            : request.incrementalToken() != null ? Long.parseLong(request.incrementalToken()) : 0;
                    int size = request.parameters().integer("page_size").intValue();
                    List<ReadItem> page = new ArrayList<>();
                    long last = after;
                    synchronized (source) {
                        for (ObjectNode item : source) {
                            long id = item.get("id").asLong();
                            if (id > after && page.size() < size) {
                                page.add(new ReadItem(item.deepCopy(), Long.toString(id)));
                                last = id;
                            }
                        }
                    }
                    return new Page(page, page.size() < size ? null : Long.toString(last));
                }).build();
    }

    public WriteOperation writeOperation(int batchSize, int concurrency) {
        WriteOperation.Builder b = WriteOperation.builder().batchSize(batchSize).concurrency(concurrency)
                .writer(request -> items -> {
                    batchSizes.add(items.size());
                    Function<List<ObjectNode>, WriteResult> hook = writeHook;
                    if (hook != null) {
                        return hook.apply(items);
                    }
                    List<ItemFailure> failures = new ArrayList<>();
                    for (int i = 0; i < items.size(); i++) {
                        if (items.get(i).path("fail_write").asBoolean()) {
                            failures.add(new ItemFailure(i, "refused by test target"));
                        } else {
                            written.add(items.get(i));
                        }
                    }
                    return WriteResult.failed(failures);
                });
        for (Mode m : Mode.values()) {
            b.mode(m, WRITE);
        }
        return b.build();
    }

    public Warehouse warehouse(String name, int batchSize, int concurrency) {
        List<Aisle> aisles = new ArrayList<>();
        for (Entity e : List.of(Entity.PROFILE, Entity.JOB)) {
            aisles.add(new Aisle(e, readOperation(), writeOperation(batchSize, concurrency), Json.object()));
        }
        return new Warehouse(name, AUTH, aisles);
    }
}
