package ai.hrflow.connectors.jsonl;

import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.params.Parameters;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.ReadRequest;
import ai.hrflow.connectors.api.spi.RunContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Requests and whole reads for the JSON Lines tests. */
final class JsonLinesFixtures {
    static final String WORKFLOW = "wf-jsonl";

    private JsonLinesFixtures() {
    }

    static ReadRequest readRequest(Path file, int pageSize, String token) {
        Parameters params = JsonLinesWarehouse.READ_PARAMETERS.bind(Map.of("path", file.toString(),
                "page_size", pageSize));
        return new ReadRequest(Mode.CREATE, Parameters.none(), params, token != null, token,
                RunContext.standalone(WORKFLOW));
    }

    /** Every page of a read, following the cursors as the engine does. */
    static List<Page> pages(JsonLinesReader reader) throws IOException {
        List<Page> pages = new ArrayList<>();
        String cursor = null;
        do {
            Page page = reader.read(cursor);
            pages.add(page);
            cursor = page.nextCursor();
        } while (cursor != null);
        return pages;
    }

    static List<ReadItem> readAll(Path file, int pageSize, String token) throws IOException {
        try (JsonLinesReader reader = JsonLinesReader.open(readRequest(file, pageSize, token))) {
            return pages(reader).stream().flatMap(p -> p.items().stream()).toList();
        }
    }

    static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    static void append(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    static long bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
