package ai.hrflow.connectors.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.FatalRunException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output position of the JSON Lines writer, and the cut back of a resumed append. */
class JsonLinesWriterPositionTest {
    @TempDir
    Path tmp;

    private Path out() {
        return tmp.resolve("out.jsonl").toAbsolutePath();
    }

    private static List<ObjectNode> items(int... ids) {
        return java.util.Arrays.stream(ids).mapToObj(i -> Json.object().put("id", i)).toList();
    }

    private JsonLinesWriter open(String resume) throws IOException {
        return JsonLinesWriter.open(out(), false, resume, FileChannel::open);
    }

    @Test
    void thePositionIsTheFileLengthAfterTheBatchesWritten() throws IOException {
        Files.writeString(out(), "{\"old\":1}\n");
        try (JsonLinesWriter writer = open(null)) {
            assertThat(writer.position()).isEqualTo("v1:10:" + out());
            writer.write(items(1, 2));
            writer.sync();
            assertThat(writer.position()).isEqualTo("v1:" + Files.size(out()) + ":" + out());
        }
    }

    @Test
    void aResumedAppendCutsTheFileBackToTheCommittedPosition() throws IOException {
        String committed;
        try (JsonLinesWriter writer = open(null)) {
            writer.write(items(1, 2));
            committed = writer.position();
            writer.write(items(3, 4)); // written after the last commit by a run that was then killed
        }
        try (JsonLinesWriter writer = open(committed)) {
            writer.write(items(3, 4, 5));
        }
        assertThat(Files.readAllLines(out())).containsExactly("{\"id\":1}", "{\"id\":2}", "{\"id\":3}",
                "{\"id\":4}", "{\"id\":5}");
    }

    @Test
    void aPositionAboutAnotherFileOrBeyondTheEndCutsNothing() throws IOException {
        Files.writeString(out(), "{\"id\":1}\n");
        try (JsonLinesWriter writer = open("v1:0:" + tmp.resolve("other.jsonl").toAbsolutePath())) {
            writer.write(items(2));
        }
        try (JsonLinesWriter writer = open("v1:100000:" + out())) {
            writer.write(items(3));
        }
        assertThat(Files.readAllLines(out())).containsExactly("{\"id\":1}", "{\"id\":2}", "{\"id\":3}");
    }

    @Test
    void aDamagedPositionStopsTheRunNamingTheExpectedForm() {
        assertThatThrownBy(() -> open("12:" + out())).isInstanceOf(FatalRunException.class)
                .hasMessageContaining("v1:<bytes>:<path>").hasMessageContaining("state reset");
    }

    @Test
    void overwriteHasNoPosition() throws IOException {
        try (JsonLinesWriter writer = JsonLinesWriter.open(out(), true, FileChannel::open)) {
            assertThat(writer.position()).isNull();
        }
    }
}
