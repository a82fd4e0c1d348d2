package ai.hrflow.connectors.hrflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.position.TimePosition;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.testing.CursorContract;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.Reader;
import ai.hrflow.connectors.emulators.server.Fault;
import ai.hrflow.connectors.emulators.server.RecordedRequest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HrFlowReadTest {
    private final HrFlowTestEnv env = new HrFlowTestEnv(HrFlowClientOptions.defaults().withPageSize(3, 10));

    @AfterEach
    void close() {
        env.close();
    }

    private Reader all() throws Exception {
        return env.reader("profile", Map.of("source_key", env.source), false, null);
    }

    private Reader since(String token) throws Exception {
        return env.reader("profile", Map.of("source_key", env.source), true, token);
    }

    private Reader updatedSince(String token) throws Exception {
        return env.reader("profile", Mode.UPDATE, Map.of("source_key", env.source), true, token);
    }

    private static List<String> references(List<ReadItem> items) {
        return items.stream().map(i -> i.data().path("reference").asText()).toList();
    }

    @Test
    void readsOneProfileByKey() throws Exception {
        String key = env.seedProfile("one", 5).path("key").asText();
        env.seedProfile("other", 6);

        List<ReadItem> items = HrFlowTestEnv.readAll(
                env.reader("profile", Map.of("source_key", env.source, "profile_key", key), false, null));

        assertThat(references(items)).containsExactly("one");
        assertThat(items.get(0).token())
                .isEqualTo(TimePosition.within("created", HrFlowTestEnv.T0.plusSeconds(5), List.of(key)).encode());
        assertThat(env.emu.requests().last().orElseThrow().query().first("key")).isEqualTo(key);
    }

    @Test
    void unknownProfileKeyReadsNothing() throws Exception {
        Page page = env.reader("profile", Map.of("source_key", env.source, "profile_key", "a".repeat(40)), false, null)
                .read(null);

        assertThat(page.items()).isEmpty();
        assertThat(page.isLast()).isTrue();
    }

    @Test
    void createFlowsReadEverySourceProfileOldestCreationFirstAcrossPages() throws Exception {
        for (int i = 9; i >= 0; i--) {
            env.seedProfile("p" + i, i * 10L);
        }

        List<ReadItem> items = HrFlowTestEnv.readAll(all());

        assertThat(references(items)).containsExactly("p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9");
        List<RecordedRequest> lists = env.emu.requests().filter("GET", "/v1/storing/profiles");
        assertThat(lists).hasSize(5); // each page starts again at the last second read
        assertThat(lists).allSatisfy(r -> {
            assertThat(r.query().first("sort_by")).isEqualTo("created_at");
            assertThat(r.query().first("order_by")).isEqualTo("asc");
            assertThat(r.query().first("page")).as("by time, never page numbers").isEqualTo("1");
            assertThat(r.query().first("return_profile")).isEqualTo("True");
            assertThat(r.query().first("updated_at_min")).isNull();
        });
        assertThat(lists.get(1).query().first("created_at_min")).isEqualTo("2024-03-01T10:00:20+0000");
    }

    @Test
    void aRecordUpdatedDuringTheScanIsNotSkipped() throws Exception {
        for (int i = 0; i < 8; i++) {
            env.seedProfile("p" + i, i * 10L);
        }
        Reader reader = env.reader("profile", Mode.UPDATE, Map.of("source_key", env.source), false, null);
        Page first = reader.read(null);
        assertThat(references(first.items())).containsExactly("p0", "p1", "p2");

        // p1 is edited while the scan runs: it moves to the end of the updated_at order. With page numbers, p3
        // would slide onto page 1, already read, and be skipped.
        env.tick(3600);
        HrFlowClient client = env.client();
        client.profiles().edit(env.source, client.profiles().get(env.source, ObjectRef.reference("p1")).orElseThrow()
                .put("text", "changed"));
        List<ReadItem> rest = new ArrayList<>();
        for (String cursor = first.nextCursor(); cursor != null; ) {
            Page page = reader.read(cursor);
            rest.addAll(page.items());
            cursor = page.nextCursor();
        }

        assertThat(references(rest)).containsExactly("p3", "p4", "p5", "p6", "p7", "p1");
        assertThat(rest.get(rest.size() - 1).data().path("text").asText()).isEqualTo("changed");
    }

    @Test
    void anIncrementalUpdateRunReadsOnlyWhatChangedSinceTheToken() throws Exception {
        for (int i = 0; i < 6; i++) {
            env.seedProfile("p" + i, i * 10L);
        }
        HrFlowTestEnv.Read firstRun = HrFlowTestEnv.readWithPosition(updatedSince(null));
        String token = firstRun.position();
        assertThat(references(firstRun.items())).hasSize(6);

        env.tick(3600);
        HrFlowClient client = env.client();
        for (String ref : List.of("p4", "p2")) {
            client.profiles().edit(env.source, client.profiles().get(env.source, ObjectRef.reference(ref))
                    .orElseThrow().put("text", "new " + ref));
            env.tick(1);
        }
        client.profiles().add(env.source, HrFlowTestEnv.profile("p6"));

        HrFlowTestEnv.Read secondRun = HrFlowTestEnv.readWithPosition(updatedSince(token));
        assertThat(references(secondRun.items())).containsExactly("p4", "p2", "p6");

        assertThat(HrFlowTestEnv.readAll(updatedSince(secondRun.position()))).as("nothing changed since").isEmpty();
    }

    @Test
    void anIncrementalCreateRunNeverReadsAnEditedProfileAgain() throws Exception {
        for (int i = 0; i < 4; i++) {
            env.seedProfile("p" + i, i * 10L);
        }
        HrFlowTestEnv.Read firstRun = HrFlowTestEnv.readWithPosition(since(null));
        assertThat(firstRun.position()).startsWith("v1;by=created;");

        env.tick(3600);
        HrFlowClient client = env.client();
        client.profiles().edit(env.source, client.profiles().get(env.source, ObjectRef.reference("p1"))
                .orElseThrow().put("text", "edited"));
        client.profiles().add(env.source, HrFlowTestEnv.profile("p4"));

        assertThat(references(HrFlowTestEnv.readAll(since(firstRun.position())))).containsExactly("p4");
    }

    @Test
    void aTokenOfTheFormerFormatIsReadAsAPosition() throws Exception {
        ObjectNode a = env.seedProfile("a", 30);
        env.seedProfile("b", 30);
        env.seedProfile("c", 31);

        String former = HrFlowTestEnv.T0.plusSeconds(30) + "|" + a.path("key").asText();
        assertThat(references(HrFlowTestEnv.readAll(since(former)))).containsExactly("b", "c");
        assertThatThrownBy(() -> since("yesterday").read(null)).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("expected v1;by=created;at=<ISO-8601 instant>");
    }

    @Test
    void objectsSharingTheTokensInstantAreNotReadAgainButNewOnesAre() throws Exception {
        ObjectNode a = env.seedProfile("a", 30);
        env.seedProfile("b", 30);
        String token = TimePosition.within("created", HrFlowTestEnv.T0.plusSeconds(30), List.of(a.path("key").asText()))
                .encode();

        assertThat(references(HrFlowTestEnv.readAll(since(token)))).containsExactly("b");
    }

    @Test
    void moreObjectsInOneSecondThanAPageHoldsAreAllReadOnce() throws Exception {
        for (int i = 0; i < 8; i++) {
            env.seedProfile("same" + i, 0);
        }
        env.seedProfile("later", 1);

        List<ReadItem> items = HrFlowTestEnv.readAll(all());

        assertThat(references(items)).hasSize(9).doesNotHaveDuplicates().endsWith("later");
        List<RecordedRequest> lists = env.emu.requests().filter("GET", "/v1/storing/profiles");
        // the crowded second is walked by position, pages of the same size
        assertThat(lists).extracting(r -> r.query().first("limit")).containsOnly("3");
        assertThat(lists).extracting(r -> r.query().first("page")).contains("2", "3");
    }

    @Test
    void aReaderReopenedAtAnyPageCursorGoesOnFromThere() throws Exception {
        for (int i = 0; i < 7; i++) {
            env.seedProfile("same" + i, 0);
        }
        for (int i = 0; i < 5; i++) {
            env.seedProfile("p" + i, 1 + i);
        }
        CursorContract.assertReopenable(() -> since(null));
        CursorContract.assertReopenable(() -> env.reader("profile", Mode.UPDATE, Map.of("source_key", env.source),
                false, null));
    }

    @Test
    void anInstantLargerThanTheBiggestPageIsReadByPageNumber() throws Exception {
        for (int i = 0; i < 25; i++) {
            env.seedProfile("same" + i, 0);
        }
        env.seedProfile("later", 1);

        List<ReadItem> items = HrFlowTestEnv.readAll(all());

        assertThat(references(items)).hasSize(26).doesNotHaveDuplicates().endsWith("later");
    }

    @Test
    void anApiIgnoringTheTimeFilterIsReadByPositionWithoutDuplicates() throws Exception {
        for (int i = 0; i < 7; i++) {
            env.seedProfile("p" + i, i * 10L);
        }
        // The second call asks updated_at_min; answer it with what an API ignoring that filter would send.
        HrFlowClient client = env.client();
        String unfiltered = client.profiles().stored(HrFlowListQuery.builder(env.source).sortBy("created_at")
                .orderBy("asc").page(1).limit(4).build()).items().toString();
        env.emu.faults().add(ai.hrflow.connectors.emulators.server.FaultRule.on("GET", "/v1/storing/profiles")
                .skip(2).times(1).then(Fault.status(200).withBody("{\"code\":200,\"message\":\"ok\",\"meta\":"
                        + "{\"page\":1,\"maxPage\":2,\"count\":4,\"total\":7},\"data\":" + unfiltered + "}")));

        List<ReadItem> items = HrFlowTestEnv.readAll(all());

        assertThat(references(items)).containsExactly("p0", "p1", "p2", "p3", "p4", "p5", "p6");
    }

    @Test
    void objectsOutOfUpdatedAtOrderStopTheRead() throws Exception {
        env.seedProfile("p0", 0);
        String body = "{\"code\":200,\"message\":\"ok\",\"meta\":{\"page\":1,\"maxPage\":1,\"count\":2,\"total\":2},"
                + "\"data\":[{\"key\":\"" + "b".repeat(40) + "\",\"updated_at\":\"2024-03-01T10:00:09+0000\"},"
                + "{\"key\":\"" + "c".repeat(40) + "\",\"updated_at\":\"2024-03-01T10:00:01+0000\"}]}";
        env.emu.faults().next(1, "GET", "/v1/storing/profiles", Fault.status(200).withBody(body));

        assertThatThrownBy(() -> env.reader("profile", Mode.UPDATE, Map.of("source_key", env.source), false, null)
                .read(null)).isInstanceOf(ConnectorException.class).hasMessageContaining("out of updated order");
    }

    @Test
    void archiveFlowsReadArchivedProfilesOnlyAndOtherFlowsLiveOnes() throws Exception {
        env.emu.settings().storingIncludesArchived(true);
        for (int i = 0; i < 6; i++) {
            env.seedProfile("p" + i, i);
        }
        HrFlowClient client = env.client();
        for (String ref : List.of("p1", "p2", "p3", "p4")) {
            client.profiles().archive(env.source, ObjectRef.reference(ref));
        }

        List<ReadItem> archived = HrFlowTestEnv.readAll(env.reader("profile",
                Mode.ARCHIVE, Map.of("source_key", env.source), false, null));
        List<ReadItem> live = HrFlowTestEnv.readAll(all());

        assertThat(references(archived)).containsExactly("p1", "p2", "p3", "p4");
        assertThat(references(live)).containsExactly("p0", "p5");
    }

    @Test
    void readsJobsOfABoard() throws Exception {
        HrFlowClient client = env.client();
        for (int i = 0; i < 4; i++) {
            client.jobs().add(env.board, HrFlowTestEnv.job("j" + i));
            env.tick(1);
        }
        String key = client.jobs().get(env.board, ObjectRef.reference("j2")).orElseThrow().path("key").asText();

        List<ReadItem> every = HrFlowTestEnv.readAll(env.reader("job", Map.of("board_key", env.board), false, null));
        List<ReadItem> one = HrFlowTestEnv.readAll(
                env.reader("job", Map.of("board_key", env.board, "job_key", key), false, null));

        assertThat(references(every)).containsExactly("j0", "j1", "j2", "j3");
        assertThat(references(one)).containsExactly("j2");
    }
}
