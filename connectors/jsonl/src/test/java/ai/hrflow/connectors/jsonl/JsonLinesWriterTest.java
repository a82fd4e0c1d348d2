package ai.hrflow.connectors.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.errors.FatalRunException;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.params.Parameters;
import ai.hrflow.connectors.api.spi.ItemFailure;
import ai.hrflow.connectors.api.spi.RunContext;
import ai.hrflow.connectors.api.spi.WriteRequest;
import ai.hrflow.connectors.api.spi.WriteResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesWriterTest {
    @TempDir
    Path dir;

    Path out() {
        return dir.resolve("out.jsonl");
    }

    static WriteRequest writeRequest(Path file, boolean overwrite) {
        Parameters params = JsonLinesWarehouse.WRITE_PARAMETERS.bind(Map.of("path", file.toString(),
                "overwrite", overwrite));
        return new WriteRequest(Mode.CREATE, Parameters.none(), params, RunContext.standalone("wf"));
    }

    static ObjectNode item(String json) throws IOException {
        return (ObjectNode) Json.MAPPER.readTree(json);
    }

    static List<ObjectNode> items(String... json) throws IOException {
        List<ObjectNode> list = new ArrayList<>();
        for (String j : json) {
            list.add(item(j));
        }
        return list;
    }

    static JsonLinesWriter failingWriter(Path file, boolean overwrite, AtomicLong budget, boolean truncateFails)
            throws IOException {
        return JsonLinesWriter.open(file, overwrite,
                (path, options, attributes) -> new FailingChannel(FileChannel.open(path, options, attributes), budget,
                        truncateFails, Integer.MAX_VALUE));
    }

    List<Path> tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void appendsOneCompactLinePerItemAfterWhatTheFileHeld() throws IOException {
        Files.writeString(out(), "{\"old\":1}\n");

        try (JsonLinesWriter writer = JsonLinesWriter.open(writeRequest(out(), false))) {
            WriteResult result = writer.write(items("{ \"a\" : 1, \"b\" : {\"c\": \"two\\nlines\"} }", "{\"a\":2}"));

            assertThat(result.allWritten()).isTrue();
            // Already in the file before close: what the engine counts as written is there.
            assertThat(Files.readString(out())).isEqualTo(
                    "{\"old\":1}\n{\"a\":1,\"b\":{\"c\":\"two\\nlines\"}}\n{\"a\":2}\n");
        }
        try (JsonLinesWriter writer = JsonLinesWriter.open(writeRequest(out(), false))) {
            writer.write(items("{\"a\":3}"));
        }

        assertThat(Files.readAllLines(out())).hasSize(4).last().isEqualTo("{\"a\":3}");
    }

    @Test
    void appendingAfterALastLineWithoutNewlineStartsANewLine() throws IOException {
        Files.writeString(out(), "{\"old\":1}");

        try (JsonLinesWriter writer = JsonLinesWriter.open(writeRequest(out(), false))) {
            writer.write(items("{\"a\":1}"));
        }

        assertThat(Files.readString(out())).isEqualTo("{\"old\":1}\n{\"a\":1}\n");
    }

    @Test
    void overwriteReplacesTheFileOnlyWhenTheWriterIsClosed() throws IOException {
        Files.writeString(out(), "{\"old\":1}\n");

        JsonLinesWriter writer = JsonLinesWriter.open(writeRequest(out(), true));
        writer.write(items("{\"a\":1}", "{\"a\":2}"));
        writer.write(items("{\"a\":3}"));

        assertThat(Files.readString(out())).isEqualTo("{\"old\":1}\n");
        assertThat(tempFiles()).singleElement().satisfies(temp -> {
            assertThat(temp.getFileName().toString()).startsWith(".out.jsonl.");
            assertThat(Files.readAllLines(temp)).hasSize(3);
        });

        writer.close();

        assertThat(Files.readString(out())).isEqualTo("{\"a\":1}\n{\"a\":2}\n{\"a\":3}\n");
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void overwriteWithoutItemsLeavesAnEmptyFile() throws IOException {
        Files.writeString(out(), "{\"old\":1}\n");

        JsonLinesWriter.open(writeRequest(out(), true)).close();

        assertThat(out()).isEmptyFile();
    }

    @Test
    void whenWritingTheReplacementFailsTheRunStopsAndTheOldFileIsKept() throws IOException {
        Files.writeString(out(), "{\"old\":1}\n");
        AtomicLong budget = new AtomicLong(8 + 5);
        JsonLinesWriter writer = failingWriter(out(), true, budget, false);

        writer.write(items("{\"a\":1}"));
        assertThatThrownBy(() -> writer.write(items("{\"a\":2}", "{\"a\":3}")))
                .isInstanceOf(FatalRunException.class)
                .hasMessage("writing to " + out() + " failed (No space left on device); the run stops and the "
                        + "file is left as it was");
        budget.set(Long.MAX_VALUE);
        assertThatThrownBy(() -> writer.write(items("{\"a\":4}"))).isInstanceOf(FatalRunException.class);
        writer.close();

        assertThat(Files.readString(out())).isEqualTo("{\"old\":1}\n");
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void inAppendModeAFailedBatchIsCutBackOutAndWritingGoesOn() throws IOException {
        Files.writeString(out(), "{\"old\":1}\n");
        AtomicLong budget = new AtomicLong(8 + 5);

        try (JsonLinesWriter writer = failingWriter(out(), false, budget, false)) {
            writer.write(items("{\"a\":1}"));
            assertThatThrownBy(() -> writer.write(items("{\"a\":2}", "{\"a\":3}")))
                    .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.isFatal()).isFalse())
                    .hasMessage("writing to " + out() + " failed (No space left on device); the batch was not "
                            + "written");
            assertThat(Files.readString(out())).isEqualTo("{\"old\":1}\n{\"a\":1}\n");

            budget.set(Long.MAX_VALUE);
            writer.write(items("{\"a\":4}"));
        }

        assertThat(Files.readString(out())).isEqualTo("{\"old\":1}\n{\"a\":1}\n{\"a\":4}\n");
    }

    @Test
    void aPartialBatchThatCannotBeCutOutStopsTheRun() throws IOException {
        Files.writeString(out(), "{\"old\":1}\n");
        JsonLinesWriter writer = failingWriter(out(), false, new AtomicLong(5), true);

        assertThatThrownBy(() -> writer.write(items("{\"a\":1}")))
                .isInstanceOf(FatalRunException.class)
                .hasMessageContaining("could not be removed: the file may end with an incomplete line after byte 10");
        assertThatThrownBy(() -> writer.write(items("{\"a\":2}"))).isInstanceOf(FatalRunException.class);
        writer.close();
    }

    @Test
    void anItemThatCannotBeWrittenFailsAloneAndLeavesNoPartialLine() throws IOException {
        ObjectNode unserializable = item("{\"name\":\"x\"}");
        unserializable.set("pojo", new POJONode(new Object()));
        List<ObjectNode> batch = new ArrayList<>(items("{\"a\":1}"));
        batch.add(unserializable);
        batch.add(null);
        batch.add(item("{\"a\":2}"));

        WriteResult result;
        try (JsonLinesWriter writer = JsonLinesWriter.open(writeRequest(out(), false))) {
            result = writer.write(batch);
        }

        assertThat(result.failures()).extracting(ItemFailure::index).containsExactly(1, 2);
        assertThat(result.failures()).extracting(ItemFailure::reason)
                .allMatch(r -> r.startsWith("cannot be written as JSON: "));
        assertThat(Files.readString(out())).isEqualTo("{\"a\":1}\n{\"a\":2}\n");
    }

    @Test
    void batchesWrittenFromSeveralThreadsStayWholeAndUnmixed() throws Exception {
        int threads = 8;
        int batches = 50;
        int perBatch = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (JsonLinesWriter writer = JsonLinesWriter.open(out(), false, (path, options, attributes) ->
                FailingChannel.shortWrites(FileChannel.open(path, options, attributes), 1000))) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    Random random = new Random(thread);
                    start.await();
                    for (int b = 0; b < batches; b++) {
                        List<ObjectNode> batch = new ArrayList<>();
                        for (int i = 0; i < perBatch; i++) {
                            batch.add(Json.object().put("t", thread).put("b", b).put("i", i)
                                    .put("pad", "é".repeat(random.nextInt(3000))));
                        }
                        assertThat(writer.write(batch).allWritten()).isTrue();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> lines = Files.readAllLines(out(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(threads * batches * perBatch);
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < lines.size(); n++) {
            JsonNode line = Json.MAPPER.readTree(lines.get(n));
            String batchId = line.get("t").asInt() + "/" + line.get("b").asInt();
            assertThat(seen.add(batchId + "/" + line.get("i").asInt())).isTrue();
            // A batch's lines are contiguous and in order: batches never interleave.
            int i = line.get("i").asInt();
            assertThat(n % perBatch).isEqualTo(i);
        }
    }

    @Test
    void createdFilesAndDirectoriesArePrivateToTheUser() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path nested = dir.resolve("a/b/out.jsonl");
        Path replaced = dir.resolve("shared.jsonl");
        Files.writeString(replaced, "{\"old\":1}\n");
        Files.setPosixFilePermissions(replaced, PosixFilePermissions.fromString("rw-r--r--"));

        try (JsonLinesWriter writer = JsonLinesWriter.open(writeRequest(nested, false))) {
            writer.write(items("{\"a\":1}"));
        }
        JsonLinesWriter overwrite = JsonLinesWriter.open(writeRequest(replaced, true));
        assertThat(tempFiles()).singleElement()
                .satisfies(temp -> assertThat(permissions(temp)).isEqualTo("rw-------"));
        overwrite.write(items("{\"a\":1}"));
        overwrite.close();

        assertThat(permissions(nested)).isEqualTo("rw-------");
        assertThat(permissions(dir.resolve("a"))).isEqualTo("rwx------");
        assertThat(permissions(dir.resolve("a/b"))).isEqualTo("rwx------");
        assertThat(permissions(replaced)).isEqualTo("rw-------");
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void writingAfterCloseIsRefusedAndClosingTwiceIsHarmless() throws IOException {
        JsonLinesWriter writer = JsonLinesWriter.open(writeRequest(out(), false));
        writer.close();
        writer.close();

        assertThatThrownBy(() -> writer.write(items("{\"a\":1}"))).isInstanceOf(IllegalStateException.class);
        assertThat(out()).isEmptyFile();
    }

    @Test
    void aDirectoryIsNotAFileToWrite() {
        assertThatThrownBy(() -> JsonLinesWriter.open(writeRequest(dir, true)))
                .isInstanceOf(FatalRunException.class)
                .hasMessage("cannot write " + dir + ": it is a directory, not a JSON Lines file");
        assertThatThrownBy(() -> JsonLinesWriter.open(writeRequest(dir, false))).isInstanceOf(FatalRunException.class);
    }
}
