package ai.hrflow.connectors.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.errors.FatalRunException;
import ai.hrflow.connectors.api.spi.ItemFailure;
import ai.hrflow.connectors.api.spi.WriteResult;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches larger than the writer's buffer go to the file in pieces, and still come out whole or not at all. */
class JsonLinesWriterStreamingTest {
    @TempDir
    Path dir;

    Path out() {
        return dir.resolve("out.jsonl");
    }

    /** About 330 KB: more than three times what the writer buffers before handing lines to the file. */
    static List<ObjectNode> bigBatch() {
        List<ObjectNode> batch = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            batch.add(Json.object().put("id", i).put("text", "é".repeat(100) + " candidate " + i + " ".repeat(100)));
        }
        return batch;
    }

    static String lines(List<ObjectNode> items) {
        StringBuilder s = new StringBuilder();
        items.forEach(i -> s.append(i.toString()).append('\n'));
        return s.toString();
    }

    @Test
    void aBatchLargerThanTheBufferIsWrittenWholeAndInOrder() throws IOException {
        List<ObjectNode> batch = bigBatch();
        ObjectNode unserializable = Json.object().put("id", -1);
        unserializable.set("pojo", new POJONode(new Object()));
        List<ObjectNode> withBad = new ArrayList<>(batch);
        withBad.add(700, unserializable);

        WriteResult result;
        try (JsonLinesWriter writer = JsonLinesWriter.open(out(), false, java.nio.channels.FileChannel::open)) {
            result = writer.write(withBad);
            writer.write(batch.subList(0, 3));
        }

        assertThat(lines(batch).length()).isGreaterThan(3 * JsonLinesWriter.FLUSH_BYTES);
        assertThat(result.failures()).extracting(ItemFailure::index).containsExactly(700);
        assertThat(Files.readString(out())).isEqualTo(lines(batch) + lines(batch.subList(0, 3)));
    }

    @Test
    void appendingABatchThatFailsAfterItsFirstPieceCutsTheFileBackToBeforeTheBatch() throws IOException {
        Files.writeString(out(), "{\"old\":1}\n");
        AtomicLong budget = new AtomicLong(JsonLinesWriter.FLUSH_BYTES + 5_000L);
        JsonLinesWriter writer = JsonLinesWriterTest.failingWriter(out(), false, budget, false);

        assertThatThrownBy(() -> writer.write(bigBatch())).isInstanceOf(ConnectorException.class)
                .isNotInstanceOf(FatalRunException.class);
        assertThat(Files.readString(out())).isEqualTo("{\"old\":1}\n");

        budget.set(Long.MAX_VALUE);
        writer.write(bigBatch().subList(0, 2));
        writer.close();
        assertThat(Files.readString(out())).isEqualTo("{\"old\":1}\n" + lines(bigBatch().subList(0, 2)));
    }
}
