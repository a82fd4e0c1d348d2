package ai.hrflow.connectors.api.position;

import static ai.hrflow.connectors.api.position.ListedRecords.T0;
import static ai.hrflow.connectors.api.position.ListedRecords.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.position.TimeWindowScan.Window;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The one set of tie and move tests of the time scan every time-ordered reader (Zoho, JobAdder, HrFlow) uses. */
class TimeWindowScanTest {

    /** What one scan gave: its items in order and the position committed once all are done. */
    record Run(List<ReadItem> items, String position, List<Page> pages) {
        List<String> ids() {
            return items.stream().map(i -> i.data().path("id").asText()).toList();
        }

        TimePosition decoded() {
            return TimePosition.decode(position, "Test API", "updated", List.of(), null);
        }
    }

    static Run readAll(TimeWindowScan scan) throws Exception {
        List<ReadItem> items = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        String position = null;
        String cursor = null;
        for (int guard = 0; guard < 10_000; guard++) {
            Page page = scan.read(cursor);
            pages.add(page);
            for (ReadItem item : page.items()) {
                items.add(item);
                position = item.token() != null ? item.token() : position;
            }
            position = page.token() != null ? page.token() : position;
            if (page.isLast()) {
                return new Run(items, position, pages);
            }
            cursor = page.nextCursor();
        }
        throw new AssertionError("the scan never ended");
    }

    @Test
    void tiesAcrossPageBoundariesAreReadOnceAndPositionedOnlyWhenTheirSecondIsComplete() throws Exception {
        ListedRecords api = new ListedRecords(3).add("a", 5, 0).add("b", 5, 1).add("c", 1, 2);
        Run run = readAll(scan(api).build());

        assertThat(run.ids()).containsExactly("a0", "a1", "a2", "a3", "a4", "b0", "b1", "b2", "b3", "b4", "c0");
        // a second is positioned (on an item or on the page) only once a later record shows it complete
        List<String> order = new ArrayList<>();
        for (Page page : run.pages()) {
            page.items().forEach(i -> order.add(i.data().path("id").asText() + "=" + i.token()));
            order.add("page=" + page.token());
        }
        String t0 = TimePosition.through("updated", T0).encode();
        int firstT0 = order.indexOf(order.stream().filter(s -> s.endsWith("=" + t0)).findFirst().orElseThrow());
        assertThat(order.subList(0, firstT0)).allMatch(s -> s.endsWith("=null"));
        assertThat(order.subList(0, firstT0).stream().filter(s -> s.startsWith("a"))).hasSize(5);
        assertThat(order.subList(0, firstT0)).noneMatch(s -> s.startsWith("c"));
        assertThat(run.decoded()).isEqualTo(TimePosition.within("updated", T0.plusSeconds(2), List.of("c0")));
    }

    @Test
    void aThousandRecordsInOneSecondAreEachReadOnceAndTheNextScanReadsNone() throws Exception {
        ListedRecords api = new ListedRecords(100).add("r", 1_000, 0);
        Run first = readAll(scan(api).build());

        assertThat(first.ids()).hasSize(1_000).doesNotHaveDuplicates();
        assertThat(first.decoded().keys()).hasSize(1_000);

        Run second = readAll(scan(api).start(first.decoded()).build());
        assertThat(second.items()).isEmpty();

        api.add("new", 2, 1);
        Run third = readAll(scan(api).start(second.decoded()).build());
        assertThat(third.ids()).containsExactly("new0", "new1");
    }

    @Test
    void aSettledLastSecondIsSavedWithoutKeys() throws Exception {
        ListedRecords api = new ListedRecords(50).add("r", 120, 0);
        api.serverTime(T0.plusSeconds(5));
        Run run = readAll(scan(api).settle(java.time.Duration.ofSeconds(1)).build());

        assertThat(run.decoded()).isEqualTo(TimePosition.through("updated", T0));
        assertThat(readAll(scan(api).start(run.decoded()).build()).items()).isEmpty();
    }

    @Test
    void aRecordEditedWhileItsCrowdedSecondIsWalkedIsNeitherSkippedNorLost() throws Exception {
        ListedRecords api = new ListedRecords(100).add("r", 250, 0).add("z", 1, 9);
        // after the walk passed r5, r5 is edited: every later record of that second slides back one place
        api.beforeCall(call -> {
            if (call == 3) {
                api.move("r5", 5);
            }
        });
        Run run = readAll(scan(api).build());

        List<String> ids = run.ids();
        for (int i = 0; i < 250; i++) {
            assertThat(ids).as("r" + i).contains("r" + i);
        }
        assertThat(ids.stream().filter(id -> !id.equals("r5"))).doesNotHaveDuplicates();
        ReadItem edited = run.items().stream().filter(i -> i.data().path("id").asText().equals("r5"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(edited.data().path("version").asInt()).as("read again with its new data").isEqualTo(2);
        assertThat(ids).endsWith("r5", "z0");
    }

    @Test
    void aRecordThatKeepsMovingStopsTheWalkRatherThanSkipping() {
        ListedRecords api = new ListedRecords(10).add("r", 400, 0);
        api.beforeCall(call -> {
            if (call > 2) {
                api.move(api.firstId(), 100 + call);
            }
        });
        assertThatThrownBy(() -> readAll(scan(api).build())).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("kept changing order").hasMessageContaining("no record is skipped");
    }

    @Test
    void recordsOutOfTimeOrderStopTheScanWithAClearError() {
        TimeWindowScan.Source unordered = (after, offset) -> new Window(List.of(
                Json.object().put("id", "b").put("time", T0.plusSeconds(5).toString()),
                Json.object().put("id", "a").put("time", T0.toString())), false, null);
        assertThatThrownBy(() -> readAll(scan(unordered).build())).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("out of updated order").hasMessageContaining("Run again");
    }

    @Test
    void anEmptyAnswerEndsTheScanWithoutMovingThePosition() throws Exception {
        Run none = readAll(scan(new ListedRecords(10)).build());
        assertThat(none.items()).isEmpty();
        assertThat(none.position()).isNull();

        TimeWindowScan.Source emptyButMore = (after, offset) -> new Window(List.of(), true, null);
        Run stillNone = readAll(scan(emptyButMore).start(TimePosition.through("updated", T0)).build());
        assertThat(stillNone.pages()).hasSize(1);
        assertThat(stillNone.position()).isNull();
    }

    @Test
    void unwantedRecordsMoveThePositionWithoutBecomingItems() throws Exception {
        ListedRecords api = new ListedRecords(2).add("a", 1, 0).addUnwanted("u1", 1).addUnwanted("u2", 2)
                .addUnwanted("u3", 3).addUnwanted("u4", 4);
        api.serverTime(T0.plusSeconds(60));
        Run run = readAll(scan(api).settle(java.time.Duration.ofSeconds(1)).build());

        assertThat(run.ids()).containsExactly("a0");
        assertThat(run.decoded()).isEqualTo(TimePosition.through("updated", T0.plusSeconds(4)));
        assertThat(run.pages().stream().filter(p -> p.items().isEmpty() && p.token() != null)).isNotEmpty();
    }

    @Test
    void aRecordWithoutTimeIsAFailureAndTheRestIsRead() throws Exception {
        ListedRecords api = new ListedRecords(10).add("a", 2, 0);
        TimeWindowScan.Source withBad = (after, offset) -> {
            Window w = api.list(after, offset);
            List<com.fasterxml.jackson.databind.node.ObjectNode> records = new ArrayList<>(w.records());
            records.add(Json.object().put("id", "bad"));
            return new Window(records, false, null);
        };
        Run run = readAll(scan(withBad).build());
        assertThat(run.items()).extracting(ReadItem::failure).containsExactly(null, null,
                "Test API record bad has no readable updated time; it cannot be placed in the scan");
    }

    @Test
    void aScanReopenedAtAnyPageCursorGoesOnFromThere() throws Exception {
        ListedRecords api = new ListedRecords(7).add("a", 3, 0).add("b", 30, 1).add("c", 4, 2);
        TimePosition start = TimePosition.within("updated", T0, List.of("a0"));
        Run whole = readAll(scan(api).start(start).build());
        assertThat(whole.ids()).hasSize(36).doesNotHaveDuplicates();

        for (int cut = 0; cut < whole.pages().size() - 1; cut++) {
            List<String> ids = new ArrayList<>();
            for (int p = 0; p <= cut; p++) {
                whole.pages().get(p).items().forEach(i -> ids.add(i.data().path("id").asText()));
            }
            TimeWindowScan reopened = scan(api).start(start).build();
            String cursor = whole.pages().get(cut).nextCursor();
            while (cursor != null) {
                Page page = reopened.read(cursor);
                page.items().forEach(i -> ids.add(i.data().path("id").asText()));
                cursor = page.nextCursor();
            }
            assertThat(ids).as("reopened after page " + cut).isEqualTo(whole.ids());
        }
    }

    @Test
    void aCursorOfSomethingElseIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> scan(new ListedRecords(5)).build().read("page-2"))
                .isInstanceOf(ConnectorException.class).hasMessageContaining("is not a cursor of a Test API scan");
    }

    @Test
    void offsetPagesServeAnyOffsetFromANumberedGrid() throws Exception {
        ListedRecords api = new ListedRecords(1_000).add("r", 25, 0);
        OffsetPages.PageCall call = (page, size) -> {
            Window all = api.list(null, 0);
            int from = (page - 1) * size;
            int to = Math.min(all.records().size(), from + size);
            return new Window(all.records().subList(Math.min(from, to), to), to < all.records().size(), null);
        };
        Function<Window, List<String>> ids = w -> w.records().stream().map(r -> r.path("id").asText()).toList();
        assertThat(ids.apply(OffsetPages.from(0, 10, call))).startsWith("r0").hasSize(10);
        assertThat(ids.apply(OffsetPages.from(9, 10, call))).startsWith("r9").hasSize(11).endsWith("r19");
        Window tail = OffsetPages.from(19, 10, call);
        assertThat(ids.apply(tail)).startsWith("r19").endsWith("r24");
        assertThat(tail.more()).isFalse();
    }

    @Test
    void aStartPositionOfAnotherTimeFieldIsRefused() {
        assertThatThrownBy(() -> scan(new ListedRecords(5)).start(TimePosition.through("created", Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
