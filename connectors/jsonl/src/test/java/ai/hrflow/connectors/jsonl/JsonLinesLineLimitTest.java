package ai.hrflow.connectors.jsonl;

import static ai.hrflow.connectors.jsonl.JsonLinesFixtures.pages;
import static ai.hrflow.connectors.jsonl.JsonLinesFixtures.readRequest;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.spi.ReadItem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader accepts every valid line up to the documented 64 MiB, and refuses longer ones item by item. */
class JsonLinesLineLimitTest {
    @TempDir
    Path dir;

    @Test
    void aValidFiftyMegabyteLineIsReadAndALineOverTheLimitIsThatItemsFailure() throws IOException {
        Path file = dir.resolve("big.jsonl");
        int fifty = 50 * 1000 * 1000;
        int over = JsonLinesReader.DEFAULT_MAX_LINE_BYTES + 10;
        try (OutputStream out = Files.newOutputStream(file)) {
            line(out, fifty);
            line(out, over);
            out.write("{\"after\":1}\n".getBytes(StandardCharsets.US_ASCII));
        }

        List<ReadItem> items;
        try (JsonLinesReader reader = JsonLinesReader.open(readRequest(file, 1, null))) {
            items = pages(reader).stream().flatMap(p -> p.items().stream()).toList();
        }

        assertThat(items).hasSize(3);
        assertThat(items.get(0).isFailed()).isFalse();
        assertThat(items.get(0).data().get("text").asText()).hasSize(fifty - 12);
        assertThat(items.get(1).failure()).startsWith("line 2: longer than the " + JsonLinesReader.DEFAULT_MAX_LINE_BYTES
                + " bytes a line may have");
        assertThat(items.get(2).data().get("after").asInt()).isEqualTo(1);
    }

    @Test
    void aNumberOfMoreThanAThousandDigitsIsAClearItemFailure() throws IOException {
        Path file = dir.resolve("number.jsonl");
        char[] digits = new char[2_000];
        Arrays.fill(digits, '7');
        Files.writeString(file, "{\"n\":" + new String(digits) + "}\n{\"ok\":true}\n");

        List<ReadItem> items;
        try (JsonLinesReader reader = JsonLinesReader.open(readRequest(file, 10, null))) {
            items = pages(reader).get(0).items();
        }

        assertThat(items.get(0).failure()).startsWith("line 1: not valid JSON: ").contains("Number value length");
        assertThat(items.get(1).isFailed()).isFalse();
    }

    /** {@code {"text":"aaa…"}} of exactly {@code length} bytes, then a newline. */
    private static void line(OutputStream out, int length) throws IOException {
        out.write("{\"text\":\"".getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'a');
        long left = length - 12L;
        while (left > 0) {
            int n = (int) Math.min(chunk.length, left);
            out.write(chunk, 0, n);
            left -= n;
        }
        out.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
    }
}
