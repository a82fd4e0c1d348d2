package ai.hrflow.connectors.hrflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.Reader;
import ai.hrflow.connectors.emulators.server.Fault;
import ai.hrflow.connectors.emulators.server.RecordedRequest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
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
        assertThat(items.get(0).token()).isEqualTo(HrFlowTestEnv.T0.plusSeconds(5) + "|" + key);
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
    void readsEverySourceProfileOldestUpdateFirstAcrossPages() throws Exception {
        for (int i = 9; i >= 0; i--) {
            env.seedProfile("p" + i, i * 10L);
        }

        List<ReadItem> items = HrFlowTestEnv.readAll(all());

        assertThat(references(items)).containsExactly("p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9");
        List<RecordedRequest> lists = env.emu.requests().filter("GET", "/v1/storing/profiles");
        assertThat(lists).hasSize(4);
        assertThat(lists).allSatisfy(r -> {
            assertThat(r.query().first("sort_by")).isEqualTo("updated_at");
            assertThat(r.query().first("order_by")).isEqualTo("asc");
            assertThat(r.query().first("page")).as("keyset, never page numbers").isEqualTo("1");
            assertThat(r.query().first("return_profile")).isEqualTo("True");
        });
        assertThat(lists.get(1).query().first("updated_at_min")).isEqualTo("2024-03-01T10:00:20+0000");
    }

    @Test
    void aRecordUpdatedDuringTheScanIsNotSkipped() throws Exception {
        for (int i = 0; i < 8; i++) {
            env.seedProfile("p" + i, i * 10L);
        }
        Reader reader = all();
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
    void anIncrementalRunReadsOnlyWhatChangedSinceTheToken() throws Exception {
        for (int i = 0; i < 6; i++) {
            env.seedProfile("p" + i, i * 10L);
        }
        List<ReadItem> firstRun = HrFlowTestEnv.readAll(since(null));
        String token = firstRun.get(firstRun.size() - 1).token();
        assertThat(references(firstRun)).hasSize(6);

        env.tick(3600);
        HrFlowClient client = env.client();
        for (String ref : List.of("p4", "p2")) {
            client.profiles().edit(env.source, client.profiles().get(env.source, ObjectRef.reference(ref))
                    .orElseThrow().put("text", "new " + ref));
            env.tick(1);
        }
        client.profiles().add(env.source, HrFlowTestEnv.profile("p6"));

        List<ReadItem> secondRun = HrFlowTestEnv.readAll(since(token));
        assertThat(references(secondRun)).containsExactly("p4", "p2", "p6");

        String last = secondRun.get(secondRun.size() - 1).token();
        assertThat(HrFlowTestEnv.readAll(since(last))).as("nothing changed since").isEmpty();
    }

    @Test
    void objectsSharingTheTokensInstantAreNotReadAgainButNewOnesAre() throws Exception {
        ObjectNode a = env.seedProfile("a", 30);
        env.seedProfile("b", 30);
        String token = IncrementalToken.encode(HrFlowTestEnv.T0.plusSeconds(30), List.of(a.path("key").asText()));

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
        // the limit grows by the keys already seen in that second, up to maxPageSize (10), then pages by number
        assertThat(lists).extracting(r -> r.query().first("limit")).startsWith("3", "6", "9");
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
    void anApiIgnoringUpdatedAtMinIsReadByPageNumberWithoutDuplicates() throws Exception {
        for (int i = 0; i < 7; i++) {
            env.seedProfile("p" + i, i * 10L);
        }
        // The second call asks updated_at_min; answer it with what an API ignoring that filter would send.
        HrFlowClient client = env.client();
        String unfiltered = client.profiles().stored(HrFlowListQuery.builder(env.source).sortBy("updated_at")
                .orderBy("asc").page(1).limit(4).build()).items().toString();
        env.emu.faults().add(ai.hrflow.connectors.emulators.server.FaultRule.on("GET", "/v1/storing/profiles")
                .skip(2).times(1).then(Fault.status(200).withBody("{\"code\":200,\"message\":\"ok\",\"meta\":"
                        + "{\"page\":1,\"maxPage\":2,\"count\":4,\"total\":7},\"data\":" + unfiltered + "}")));

        List<ReadItem> items = HrFlowTestEnv.readAll(all());

        assertThat(references(items)).containsExactly("p0", "p1", "p2", "p3", "p4", "p5", "p6");
        RecordedRequest last = env.emu.requests().last("GET", "/v1/storing/profiles").orElseThrow();
        assertThat(last.query().first("page")).isEqualTo("2");
        assertThat(last.query().first("updated_at_min")).isNull();
    }

    @Test
    void objectsOutOfUpdatedAtOrderStopTheRead() throws Exception {
        env.seedProfile("p0", 0);
        String body = "{\"code\":200,\"message\":\"ok\",\"meta\":{\"page\":1,\"maxPage\":1,\"count\":2,\"total\":2},"
                + "\"data\":[{\"key\":\"" + "b".repeat(40) + "\",\"updated_at\":\"2024-03-01T10:00:09+0000\"},"
                + "{\"key\":\"" + "c".repeat(40) + "\",\"updated_at\":\"2024-03-01T10:00:01+0000\"}]}";
        env.emu.faults().next(1, "GET", "/v1/storing/profiles", Fault.status(200).withBody(body));

        assertThatThrownBy(() -> all().read(null)).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("out of updated_at order");
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
                ai.hrflow.connectors.api.model.Mode.ARCHIVE, Map.of("source_key", env.source), false, null));
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

    @Test
    void tokensRoundTrip() {
        Instant at = Instant.parse("2024-05-02T10:00:00Z");
        IncrementalToken t = IncrementalToken.decode(IncrementalToken.encode(at, List.of("k1", "k2")));

        assertThat(t.at()).isEqualTo(at);
        assertThat(t.keys()).containsExactlyInAnyOrder("k1", "k2");
        assertThat(IncrementalToken.decode("2024-05-02T10:00:00+0000").keys()).isEmpty();
        assertThatThrownBy(() -> IncrementalToken.decode("yesterday")).isInstanceOf(IllegalArgumentException.class);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            many.add("k" + i);
        }
        assertThat(IncrementalToken.decode(IncrementalToken.encode(at, many)).keys())
                .hasSize(IncrementalToken.MAX_KEYS);
    }
}
