package ai.hrflow.connectors.jsonl;

import static ai.hrflow.connectors.jsonl.JsonLinesFixtures.append;
import static ai.hrflow.connectors.jsonl.JsonLinesFixtures.bytes;
import static ai.hrflow.connectors.jsonl.JsonLinesFixtures.pages;
import static ai.hrflow.connectors.jsonl.JsonLinesFixtures.readAll;
import static ai.hrflow.connectors.jsonl.JsonLinesFixtures.readRequest;
import static ai.hrflow.connectors.jsonl.JsonLinesFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.errors.FatalRunException;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.params.ParameterException;
import ai.hrflow.connectors.api.params.Parameters;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.ReadRequest;
import ai.hrflow.connectors.api.spi.RunContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
    @TempDir
    Path dir;

    Path file() {
        return dir.resolve("in.jsonl");
    }

    @Test
    void readsPagesWhoseCursorsAndTokensAreByteOffsetsAfterEachLine() throws IOException {
        List<String> lines = List.of("{\"id\":1,\"name\":\"Zoë Ørsted\"}\n", "{\"id\":2}\n", "{\"id\":3}\n",
                "{\"id\":4}\n", "{\"id\":5}\n");
        write(file(), String.join("", lines));

        List<Page> pages;
        try (JsonLinesReader reader = JsonLinesReader.open(readRequest(file(), 2, null))) {
            pages = pages(reader);
        }

        assertThat(pages).extracting(p -> p.items().size()).containsExactly(2, 2, 1);
        long offset = 0;
        int n = 0;
        for (Page page : pages) {
            for (ReadItem item : page.items()) {
                offset += bytes(lines.get(n));
                n++;
                assertThat(item.isFailed()).isFalse();
                assertThat(item.data().get("id").asInt()).isEqualTo(n);
                assertThat(item.token()).isEqualTo(offset + ":" + n);
            }
            String lastToken = page.items().get(page.items().size() - 1).token();
            assertThat(page.nextCursor()).isEqualTo(page.isLast() ? null : lastToken);
        }
        assertThat(pages.get(0).items().get(0).data().get("name").asText()).isEqualTo("Zoë Ørsted");
    }

    @Test
    void aFullPageAtTheEndOfTheFileIsTheLastOne() throws IOException {
        write(file(), "{\"id\":1}\n{\"id\":2}\n{\"id\":3}\n{\"id\":4}\n");

        try (JsonLinesReader reader = JsonLinesReader.open(readRequest(file(), 2, null))) {
            assertThat(pages(reader)).extracting(p -> p.items().size()).containsExactly(2, 2);
        }
    }

    @Test
    void skipsBlankLinesAndReadsCrlfBomAndALastLineWithoutNewline() throws IOException {
        String content = "\uFEFF{\"a\":1}\r\n\r\n   \n\t\n{\"a\":2}\n\noops\r\n{\"a\":3}";
        write(file(), content);

        List<ReadItem> items = readAll(file(), 10, null);

        assertThat(items).extracting(i -> i.isFailed()).containsExactly(false, false, true, false);
        assertThat(items.get(2).data().get("raw").asText()).isEqualTo("oops");
        items = items.stream().filter(i -> !i.isFailed()).toList();
        assertThat(items).extracting(i -> i.data().get("a").asInt()).containsExactly(1, 2, 3);
        assertThat(items).extracting(ReadItem::token).containsExactly(
                bytes("\uFEFF{\"a\":1}\r\n") + ":1",
                bytes("\uFEFF{\"a\":1}\r\n\r\n   \n\t\n{\"a\":2}\n") + ":5",
                bytes(content) + ":8");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstLine() throws IOException {
        write(file(), "\uFEFFnope\n{\"a\":1}\n");
        Path onlyBom = dir.resolve("bom.jsonl");
        write(onlyBom, "\uFEFF\n{\"a\":1}\n");

        List<ReadItem> items = readAll(file(), 10, null);

        assertThat(items.get(0).data().get("raw").asText()).isEqualTo("nope");
        assertThat(readAll(onlyBom, 10, null)).extracting(i -> i.data().get("a").asInt()).containsExactly(1);
    }

    @Test
    void aLineThatIsNotAJsonObjectIsAFailedItemWithItsLineNumberAndReadingGoesOn() throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(("{\"ok\":1}\n{\"broken\": \n[1,2]\n42\n\"text\"\n{\"a\":1} trailing\n\nnull\n{\"ok\":2}\n")
                .getBytes(StandardCharsets.UTF_8));
        content.writeBytes(new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'});
        Files.write(file(), content.toByteArray());

        List<ReadItem> items = readAll(file(), 3, null);

        assertThat(items.stream().filter(i -> !i.isFailed()).map(i -> i.data().get("ok").asInt()))
                .containsExactly(1, 2);
        List<ReadItem> failed = items.stream().filter(ReadItem::isFailed).toList();
        assertThat(failed).extracting(i -> i.data().get("line").asInt()).containsExactly(2, 3, 4, 5, 6, 8, 10);
        assertThat(failed).extracting(i -> i.data().get("raw").asText()).startsWith("{\"broken\": ", "[1,2]",
                "42", "\"text\"", "{\"a\":1} trailing", "null");
        assertThat(failed.get(0).failure()).startsWith("line 2: not valid JSON: ");
        assertThat(failed.get(1).failure()).isEqualTo("line 3: expected a JSON object, got an array");
        assertThat(failed.get(2).failure()).isEqualTo("line 4: expected a JSON object, got a number");
        assertThat(failed.get(3).failure()).isEqualTo("line 5: expected a JSON object, got a string");
        assertThat(failed.get(4).failure()).startsWith("line 6: not valid JSON: ").contains("trailing");
        assertThat(failed.get(5).failure()).isEqualTo("line 8: expected a JSON object, got null");
        assertThat(failed.get(6).failure()).startsWith("line 10: not valid JSON: ").containsIgnoringCase("UTF-8");
        assertThat(failed).allSatisfy(i -> assertThat(i.data().has("raw_truncated")).isFalse());
        assertThat(failed.get(1).token()).isEqualTo(bytes("{\"ok\":1}\n{\"broken\": \n[1,2]\n") + ":3");
    }

    @Test
    void theRawTextOfABadLineIsCutAt10KilobytesWithoutBreakingACharacter() throws IOException {
        String longArray = "[" + "1,".repeat(10_000) + "1]";
        String accents = "x" + "é".repeat(8_000);
        write(file(), longArray + "\n" + accents + "\n");

        List<ReadItem> items = readAll(file(), 10, null);

        assertThat(items).hasSize(2).allMatch(ReadItem::isFailed);
        assertThat(items.get(0).data().get("raw").asText()).isEqualTo(longArray.substring(0, 10 * 1024));
        assertThat(items.get(0).data().get("raw_truncated").asBoolean()).isTrue();
        // 10,240 bytes = "x" + 5,119 two-byte characters + the first byte of the next one, which is left out.
        assertThat(items.get(1).data().get("raw").asText()).isEqualTo("x" + "é".repeat(5_119));
    }

    @Test
    void aLineLongerThanTheLimitIsAFailedItemAndTheNextLinesAreRead() throws IOException {
        String big = "{\"big\":\"" + "x".repeat(50_000) + "\"}";
        String fits = "{\"fits\":\"" + "y".repeat(15_000) + "\"}";
        write(file(), "{\"a\":1}\n" + big + "\n" + fits + "\n{\"a\":2}\n");

        List<ReadItem> items;
        try (JsonLinesReader reader = JsonLinesReader.open(readRequest(file(), 10, null), 20_000)) {
            items = pages(reader).get(0).items();
        }

        assertThat(items).hasSize(4);
        assertThat(items.get(1).failure()).isEqualTo("line 2: longer than the 20000 bytes a line may have ("
                + bytes(big) + " bytes); it was not read");
        assertThat(items.get(1).data().get("raw").asText()).isEqualTo(big.substring(0, 10 * 1024));
        assertThat(items.get(2).data().get("fits").asText()).hasSize(15_000);
        assertThat(items.get(3).data().get("a").asInt()).isEqualTo(2);
        assertThat(items.get(3).token()).isEqualTo(Files.size(file()) + ":4");
    }

    @Test
    void anIncrementalReadStartsRightAfterTheTokenAndKeepsTheFileLineNumbers() throws IOException {
        write(file(), "{\"id\":1}\n{\"id\":2}\n{\"id\":3}\n");
        List<ReadItem> first = readAll(file(), 2, null);
        String last = first.get(2).token();

        append(file(), "{\"id\":4}\nnot json\n{\"id\":6}\n");
        List<ReadItem> appended = readAll(file(), 2, last);

        assertThat(appended).hasSize(3);
        assertThat(appended.get(0).data().get("id").asInt()).isEqualTo(4);
        assertThat(appended.get(1).failure()).startsWith("line 5: ");
        assertThat(appended.get(2).data().get("id").asInt()).isEqualTo(6);
        assertThat(readAll(file(), 2, first.get(0).token()))
                .filteredOn(i -> !i.isFailed()).extracting(i -> i.data().get("id").asInt())
                .containsExactly(2, 3, 4, 6);
        assertThat(readAll(file(), 2, appended.get(2).token())).isEmpty();
    }

    @Test
    void aTokenIsIgnoredWhenTheReadIsNotIncremental() throws IOException {
        write(file(), "{\"id\":1}\n{\"id\":2}\n");
        Parameters params = JsonLinesWarehouse.READ_PARAMETERS.bind(Map.of("path", file().toString()));
        ReadRequest full = new ReadRequest(Mode.UPDATE, Parameters.none(), params, false, "9:1",
                RunContext.standalone("wf"));

        try (JsonLinesReader reader = JsonLinesReader.open(full)) {
            assertThat(reader.read(null).items()).hasSize(2);
        }
    }

    @Test
    void aTokenPastTheEndOfTheFileFailsTheReadAndSaysToResetTheState() throws IOException {
        write(file(), "{\"id\":1}\n{\"id\":2}\n{\"id\":3}\n");
        String token = readAll(file(), 10, null).get(2).token();
        write(file(), "{\"id\":1}\n");

        assertThatThrownBy(() -> JsonLinesReader.open(readRequest(file(), 10, token)))
                .isInstanceOf(FatalRunException.class)
                .hasMessageContaining("points after byte 27 (line 3) but " + file() + " now has 9 bytes")
                .hasMessageContaining("replaced or truncated")
                .hasMessageEndingWith("reset the workflow state: hrflow-connectors state reset wf-jsonl");
    }

    @Test
    void aTokenThatIsNotAFilePositionFailsTheReadAndSaysToResetTheState() throws IOException {
        write(file(), "{\"id\":1}\n");

        assertThatThrownBy(() -> JsonLinesReader.open(readRequest(file(), 10, "2024-01-01T00:00:00Z")))
                .isInstanceOf(FatalRunException.class)
                .hasMessageContaining("'2024-01-01T00:00:00Z' is not a position in a JSON Lines file")
                .hasMessageContaining("hrflow-connectors state reset wf-jsonl");
    }

    @Test
    void aMissingFileOrADirectoryIsAnErrorNamingThePath() {
        Path missing = dir.resolve("nowhere/in.jsonl");

        assertThatThrownBy(() -> JsonLinesReader.open(readRequest(missing, 10, null)))
                .isInstanceOf(FatalRunException.class)
                .hasMessage("cannot read " + missing + ": the file does not exist");
        assertThatThrownBy(() -> JsonLinesReader.open(readRequest(dir, 10, null)))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("cannot read " + dir + ": it is a directory, not a JSON Lines file");
    }

    @Test
    void aPageSizeOutsideOneToTheMaximumIsRefusedAtValidation() throws IOException {
        write(file(), "{\"id\":1}\n");

        for (int pageSize : new int[] {0, -5, JsonLinesWarehouse.MAX_PAGE_SIZE + 1}) {
            assertThatThrownBy(() -> readRequest(file(), pageSize, null))
                    .isInstanceOf(ParameterException.class)
                    .hasMessageContaining("page_size: must be between 1 and 10000, got " + pageSize);
        }
        assertThat(readAll(file(), JsonLinesWarehouse.MAX_PAGE_SIZE, null)).hasSize(1);
    }

    @Test
    void aCursorIsAPositionSoAPageCanBeReadAgain() throws IOException {
        write(file(), "{\"id\":1}\n{\"id\":2}\n{\"id\":3}\n{\"id\":4}\n{\"id\":5}\n");

        try (JsonLinesReader reader = JsonLinesReader.open(readRequest(file(), 2, null))) {
            Page first = reader.read(null);
            Page second = reader.read(first.nextCursor());
            assertThat(reader.read(null).items()).isEqualTo(first.items());
            assertThat(reader.read(first.nextCursor()).items()).isEqualTo(second.items());
            assertThat(reader.read(second.nextCursor()).items()).extracting(i -> i.data().get("id").asInt())
                    .containsExactly(5);
        }
    }

    @Test
    void linesAppendedDuringTheReadAreLeftForTheNextRun() throws IOException {
        write(file(), "{\"id\":1}\n{\"id\":2}\n{\"id\":3}\n");

        try (JsonLinesReader reader = JsonLinesReader.open(readRequest(file(), 1, null))) {
            Page first = reader.read(null);
            append(file(), "{\"id\":4}\n{\"id\":5}\n");
            Page second = reader.read(first.nextCursor());
            Page third = reader.read(second.nextCursor());
            assertThat(third.items()).extracting(i -> i.data().get("id").asInt()).containsExactly(3);
            assertThat(third.isLast()).isTrue();
        }
        assertThat(readAll(file(), 10, null)).hasSize(5);
    }

    @Test
    @Timeout(30)
    void aFileTruncatedWhileBeingReadFailsTheReadInsteadOfLoopingForever() throws IOException {
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            content.append("{\"id\":").append(i).append(",\"pad\":\"").append("p".repeat(40)).append("\"}\n");
        }
        write(file(), content.toString());

        try (JsonLinesReader reader = JsonLinesReader.open(readRequest(file(), 100, null))) {
            Page first = reader.read(null);
            try (FileChannel channel = FileChannel.open(file(), StandardOpenOption.WRITE)) {
                channel.truncate(0);
            }
            assertThatThrownBy(() -> {
                String cursor = first.nextCursor();
                while (cursor != null) {
                    cursor = reader.read(cursor).nextCursor();
                }
            }).isInstanceOf(IOException.class).hasMessageContaining("shrank");
        }
    }

    @Test
    void aFileOf200000LinesIsReadOnePageAtATime() throws IOException {
        int lines = 200_000;
        try (var out = Files.newBufferedWriter(file(), StandardCharsets.UTF_8)) {
            for (int i = 1; i <= lines; i++) {
                out.write("{\"id\":" + i + ",\"name\":\"Candidate " + i + "\"}\n");
            }
        }

        int pageCount = 0;
        long items = 0;
        long lastOffset = -1;
        try (JsonLinesReader reader = JsonLinesReader.open(readRequest(file(), 1000, null))) {
            String cursor = null;
            do {
                Page page = reader.read(cursor);
                pageCount++;
                assertThat(page.items()).hasSizeLessThanOrEqualTo(1000);
                for (ReadItem item : page.items()) {
                    items++;
                    assertThat(item.data().get("id").asLong()).isEqualTo(items);
                    long offset = FilePosition.parse(item.token()).offset();
                    assertThat(offset).isGreaterThan(lastOffset);
                    lastOffset = offset;
                }
                cursor = page.nextCursor();
            } while (cursor != null);
        }

        assertThat(items).isEqualTo(lines);
        assertThat(pageCount).isEqualTo(200);
        assertThat(lastOffset).isEqualTo(Files.size(file()));
    }
}
