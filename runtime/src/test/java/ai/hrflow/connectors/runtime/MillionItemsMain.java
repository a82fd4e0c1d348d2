package ai.hrflow.connectors.runtime;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.model.Aisle;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorType;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Flow;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.Warehouse;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.ReadOperation;
import ai.hrflow.connectors.api.spi.WriteOperation;
import ai.hrflow.connectors.api.spi.WriteResult;
import ai.hrflow.connectors.runtime.state.InMemoryStateStore;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs N generated items (about 1 KB each) through the real engine with a counting target, then prints the
 * result JSON. Started in a child JVM with a small heap by {@link BoundedMemoryTest}: if the engine held items
 * it would run out of memory long before the end.
 */
public final class MillionItemsMain {
    private MillionItemsMain() {
    }

    public static void main(String[] args) throws Exception {
        long total = Long.parseLong(args[0]);
        int pageSize = 1000;
        String padding = "x".repeat(900);
        ReadOperation read = ReadOperation.builder().allModes(ParameterSet.empty()).incremental(Mode.CREATE)
                .reader(request -> cursor -> {
                    long start = cursor == null ? 0 : Long.parseLong(cursor);
                    long end = Math.min(total, start + pageSize);
                    List<ReadItem> items = new ArrayList<>(pageSize);
                    for (long i = start; i < end; i++) {
                        ObjectNode item = Json.object().put("id", i).put("reference", "ref-" + i)
                                .put("summary", padding);
                        items.add(new ReadItem(item, Long.toString(i + 1)));
                    }
                    return new Page(items, end < total ? Long.toString(end) : null);
                }).build();
        AtomicLong written = new AtomicLong();
        AtomicLong checksum = new AtomicLong();
        WriteOperation write = WriteOperation.builder().mode(Mode.CREATE, ParameterSet.empty()).batchSize(100)
                .concurrency(4).writer(request -> items -> {
                    for (ObjectNode item : items) {
                        checksum.addAndGet(item.get("id").asLong());
                    }
                    written.addAndGet(items.size());
                    return WriteResult.ok();
                }).build();
        Connector connector = Connector.builder().name("Generator").subtype("generator").type(ConnectorType.OTHER)
                .warehouse(new Warehouse("Generator", ParameterSet.empty(),
                        List.of(new Aisle(Entity.PROFILE, read, null, Json.object()))))
                .hrflow(new Warehouse("Counter", ParameterSet.empty(),
                        List.of(new Aisle(Entity.PROFILE, null, write, Json.object()))))
                .flow(Flow.of(Mode.CREATE, Entity.PROFILE, Direction.INBOUND)
                        .withFormat(item -> item.put("formatted", true)))
                .build();
        Path failures = Files.createTempDirectory("million-failures");
        RunEnvironment env = RunEnvironment.builder().stateStore(new InMemoryStateStore())
                .failuresDirectory(failures).build();
        RunResult result = env.run(connector.action("create_profiles_in_hrflow").orElseThrow(), ActionRequest.builder("million").incremental(true).build());
        Runtime rt = Runtime.getRuntime();
        System.out.println("written=" + written.get() + " checksum=" + checksum.get() + " maxHeapMb="
                + rt.maxMemory() / (1024 * 1024));
        System.out.println(Json.MAPPER.writeValueAsString(result));
    }
}
