package ai.hrflow.connectors.jsonl;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Aisle;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.Warehouse;
import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.spi.ReadOperation;
import ai.hrflow.connectors.api.spi.WriteOperation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * JSON Lines files of profiles and jobs: one JSON object per line, UTF-8. Used to export and import
 * items, to replay a failures file, and as both ends of engine tests.
 *
 * <p>Reading streams the file (any size, one page in memory), reports each line that is not a JSON object
 * as a read failure with its line number and goes on, and supports incremental runs in every mode: the
 * token is the position after the last line done ({@code "<byteOffset>:<lineNumber>"}), so the next run
 * seeks straight to what was appended since. Writing appends to the file or replaces it atomically; created
 * files are private to the user ({@code 0600}) because the items hold personal data.
 *
 * <p>The same parameters serve the three modes: a file has no notion of created, updated or archived items,
 * the flow's mode only names what the file holds.
 */
public final class JsonLinesWarehouse {
    /** The warehouse's display name. */
    public static final String NAME = "JSON Lines";
    /** Items per write call: big enough to amortize the locked write, small enough to bound memory. */
    public static final int BATCH_SIZE = 500;

    /** The largest {@code page_size}: one page is what the reader holds, so it is capped like the batches. */
    public static final int MAX_PAGE_SIZE = 10_000;

    static final String PATH = "path";
    static final String PAGE_SIZE = "page_size";
    static final String OVERWRITE = "overwrite";

    /** The read parameters, the same in every mode. */
    public static final ParameterSet READ_PARAMETERS = ParameterSet.of("ReadJsonLinesParameters",
            Parameter.string(PATH).required()
                    .description("Path of the JSON Lines file to read: one JSON object per line, UTF-8. Blank "
                            + "lines are skipped; a line that is not a JSON object is reported as a read failure "
                            + "with its line number, and reading goes on"),
            Parameter.integer(PAGE_SIZE).defaultValue(1000).between(1, MAX_PAGE_SIZE)
                    .description("Number of items read at a time, 1 to " + MAX_PAGE_SIZE + ". Only one page is "
                            + "held in memory, so the file may be of any size"));

    /** The write parameters, the same in every mode. */
    public static final ParameterSet WRITE_PARAMETERS = ParameterSet.of("WriteJsonLinesParameters",
            Parameter.string(PATH).required()
                    .description("Path of the JSON Lines file to write: one JSON object per line, UTF-8. Missing "
                            + "directories are created; a new file is readable by you only, as items hold "
                            + "personal data"),
            Parameter.bool(OVERWRITE).defaultValue(false)
                    .description("If true, replace the file: items are written to a temporary file beside it, "
                            + "which replaces it at the end of the run, so the old file stays whole until then "
                            + "and is kept if writing fails. If false, append to the file, creating it if needed"));

    private JsonLinesWarehouse() {
    }

    /** A new JSON Lines warehouse: no auth, a {@code profile} and a {@code job} aisle. */
    public static Warehouse create() {
        return new Warehouse(NAME, ParameterSet.of("JsonLinesAuth"),
                List.of(aisle(Entity.PROFILE, "Profile"), aisle(Entity.JOB, "Job")));
    }

    private static Aisle aisle(Entity entity, String title) {
        ReadOperation read = ReadOperation.builder()
                .allModes(READ_PARAMETERS)
                .incremental(Mode.values())
                .reader(JsonLinesReader::open)
                .checks(JsonLinesChecks::read)
                .build();
        WriteOperation.Builder write = WriteOperation.builder()
                .batchSize(BATCH_SIZE)
                // One file, one writer at a time: more threads would only wait for the lock.
                .concurrency(1)
                .writer(JsonLinesWriter::open)
                .checks(JsonLinesChecks::write);
        for (Mode mode : Mode.values()) {
            write.mode(mode, WRITE_PARAMETERS);
        }
        return new Aisle(entity, read, write.build(), schema(title));
    }

    /** Any JSON object: the file holds whatever the other side of the flow reads or writes. */
    private static ObjectNode schema(String title) {
        ObjectNode schema = Json.object();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", title);
        schema.put("description", "One line of a JSON Lines file: any JSON object");
        schema.put("type", "object");
        return schema;
    }
}
