package ai.hrflow.connectors.emulators.hrflow;

import static ai.hrflow.connectors.emulators.TestHttp.enc;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.TestHttp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HrFlowListingTest {
    private final HrFlowFixture f = new HrFlowFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private String keys(String... sources) {
        return enc(Json.array().addAll(java.util.Arrays.stream(sources).map(Json.object()::textNode).toList()).toString());
    }

    private JsonNode search(String query) {
        HttpResponse<String> r = f.http.get("/profiles/searching?source_keys=" + keys(f.source) + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return TestHttp.body(r);
    }

    private List<String> refs(JsonNode body) {
        List<String> out = new ArrayList<>();
        JsonNode list = body.path("data").isArray() ? body.path("data") : body.path("data").path("profiles");
        list.forEach(p -> out.add(p.path("reference").asText()));
        return out;
    }

    /** Creates p1..pn one minute apart. */
    private void createSpaced(int n) {
        for (int i = 1; i <= n; i++) {
            f.created("p" + i);
            f.tick(60);
        }
    }

    @Test
    void pagesWithMetaAndAnEmptyPagePastTheEnd() {
        createSpaced(5);

        JsonNode page1 = search("&limit=2");
        JsonNode page3 = search("&limit=2&page=3");
        JsonNode page4 = search("&limit=2&page=4");

        assertThat(page1.path("meta")).isEqualTo(Json.object().put("page", 1).put("maxPage", 3).put("count", 2).put("total", 5));
        assertThat(refs(page1)).containsExactly("p5", "p4");
        assertThat(refs(page3)).containsExactly("p1");
        assertThat(page3.path("meta").path("count").asInt()).isEqualTo(1);
        assertThat(page4.path("code").asInt()).isEqualTo(200);
        assertThat(refs(page4)).isEmpty();
        assertThat(page4.path("meta").path("page").asInt()).isEqualTo(4);
    }

    @Test
    void defaultLimitIsThirtyAndOrderIsNewestFirst() {
        createSpaced(31);

        JsonNode first = search("");

        assertThat(first.path("meta").path("count").asInt()).isEqualTo(30);
        assertThat(first.path("meta").path("maxPage").asInt()).isEqualTo(2);
        assertThat(refs(first).get(0)).isEqualTo("p31");
    }

    @Test
    void sortsByCreatedOrUpdatedAtEitherWay() {
        createSpaced(3);
        f.http.json("PUT", "/profile/indexing", HrFlowFixture.profile("p1").put("source_key", f.source));

        assertThat(refs(search("&order_by=asc"))).containsExactly("p1", "p2", "p3");
        assertThat(refs(search("&sort_by=updated_at"))).containsExactly("p1", "p3", "p2");
        assertThat(refs(search("&sort_by=updated_at&order_by=asc"))).containsExactly("p2", "p3", "p1");
    }

    @Test
    void sameSecondObjectsPageStablyByIdWithoutOverlap() {
        List<ObjectNode> seeds = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            seeds.add(Json.object().put("reference", "s" + i).put("created_at", "2024-01-01T00:00:00+0000"));
        }
        f.emu.seedProfiles(f.source, seeds);

        Set<String> seen = new HashSet<>();
        List<String> ordered = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            List<String> refs = refs(search("&limit=200&page=" + page));
            ordered.addAll(refs);
            seen.addAll(refs);
        }

        assertThat(seen).hasSize(600);
        assertThat(ordered.get(0)).isEqualTo("s599");
        assertThat(ordered.get(599)).isEqualTo("s0");
    }

    @Test
    void createdAndUpdatedRangesAreInclusive() {
        createSpaced(4); // p1 10:00, p2 10:01, p3 10:02, p4 10:03
        f.http.json("PUT", "/profile/indexing", HrFlowFixture.profile("p1").put("source_key", f.source)); // 10:04

        String min = enc("2024-03-01T10:01:00+0000");
        String max = enc("2024-03-01T10:02:00Z");
        assertThat(refs(search("&order_by=asc&created_at_min=" + min + "&created_at_max=" + max)))
                .containsExactly("p2", "p3");
        assertThat(refs(search("&updated_at_min=" + enc("2024-03-01T10:04:00+00:00")))).containsExactly("p1");
        assertThat(refs(search("&updated_at_max=2024-03-01T10:00:59"))).isEmpty();
        assertThat(refs(search("&created_at_max=2024-03-01"))).hasSize(4);
        assertThat(refs(search("&created_at_min=2024-03-02"))).isEmpty();
    }

    @Test
    void archivedObjectsAreListedByStoringWithArchivedAtAndHiddenFromSearching() {
        createSpaced(2);
        f.http.json("PATCH", "/profile/indexing/archive",
                Json.object().put("source_key", f.source).put("reference", "p1").put("is_archive", 1));

        assertThat(refs(search(""))).containsExactly("p2");
        JsonNode stored = TestHttp.body(f.http.get("/storing/profiles?source_keys=" + keys(f.source)));
        assertThat(refs(stored)).containsExactly("p2", "p1");
        assertThat(stored.path("data").get(1).path("archived_at").isTextual()).isTrue();
        assertThat(stored.path("data").get(0).path("archived_at").isNull()).isTrue();

        f.emu.settings().storingIncludesArchived(false);
        assertThat(refs(TestHttp.body(f.http.get("/storing/profiles?source_keys=" + keys(f.source)))))
                .containsExactly("p2");
    }

    @Test
    void archiveProfileMovesUpdatedAtLikeThePatch() {
        ObjectNode before = f.emu.seedProfile(f.source, Json.object().put("reference", "r1")
                .put("updated_at", "2020-01-01T00:00:00+0000"));

        ObjectNode after = f.emu.archiveProfile(f.source, "r1");

        assertThat(before.path("archived_at").isNull()).isTrue();
        assertThat(after.path("archived_at").isTextual()).isTrue();
        assertThat(after.path("updated_at").asText()).isNotEqualTo("2020-01-01T00:00:00+0000");
        assertThat(f.emu.profile(f.source, "r1").orElseThrow().path("archived_at").isTextual()).isTrue();
    }

    @Test
    void eligibilityRuleIsOptional() {
        f.created("eligible");
        f.emu.seedProfile(f.source, Json.object().put("reference", "no-text"));

        assertThat(refs(search(""))).containsExactlyInAnyOrder("eligible", "no-text");
        f.emu.settings().searchingEligibility(true);
        assertThat(refs(search(""))).containsExactly("eligible");
    }

    @Test
    void listsSpanSeveralSourcesAndCheckEachOne() {
        f.created("a");
        f.create(f.syncSource, HrFlowFixture.profile("b"));

        JsonNode both = TestHttp.body(f.http.get("/profiles/searching?source_keys=" + keys(f.source, f.syncSource)));
        HttpResponse<String> unknown = f.http.get("/profiles/searching?source_keys=" + keys(f.source, "nope"));

        assertThat(refs(both)).containsExactlyInAnyOrder("a", "b");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(TestHttp.body(unknown).path("message").asText()).isEqualTo("Invalid parameters. Unable to find object: source");
    }

    @Test
    void invalidParametersAre400() {
        f.emu.settings().maxLimit(100);

        assertThat(f.http.get("/profiles/searching").statusCode()).isEqualTo(400);
        assertThat(f.http.get("/profiles/searching?source_keys=" + f.source).statusCode()).isEqualTo(400);
        assertThat(f.http.get("/profiles/searching?source_keys=" + enc("[]")).statusCode()).isEqualTo(400);
        assertThat(f.http.get("/profiles/searching?source_keys=" + keys(f.source) + "&limit=0").statusCode()).isEqualTo(400);
        assertThat(f.http.get("/profiles/searching?source_keys=" + keys(f.source) + "&limit=101").statusCode()).isEqualTo(400);
        assertThat(f.http.get("/profiles/searching?source_keys=" + keys(f.source) + "&limit=100").statusCode()).isEqualTo(200);
        assertThat(f.http.get("/profiles/searching?source_keys=" + keys(f.source) + "&page=0").statusCode()).isEqualTo(400);
        assertThat(f.http.get("/profiles/searching?source_keys=" + keys(f.source) + "&order_by=up").statusCode()).isEqualTo(400);
        assertThat(f.http.get("/profiles/searching?source_keys=" + keys(f.source) + "&created_at_min=x").statusCode()).isEqualTo(400);
    }

    @Test
    void storingListIsAPlainListWithOptionalFullObjects() {
        createSpaced(2);

        JsonNode slim = TestHttp.body(f.http.get("/storing/profiles?source_keys=" + keys(f.source) + "&return_profile=False"));
        JsonNode full = TestHttp.body(f.http.get("/storing/profiles?source_keys=" + keys(f.source) + "&return_profile=true"));
        JsonNode one = TestHttp.body(f.http.get("/storing/profiles?source_keys=" + keys(f.source) + "&reference=p1&return_profile=1"));

        assertThat(slim.path("data").isArray()).isTrue();
        assertThat(slim.path("meta").path("total").asInt()).isEqualTo(2);
        assertThat(fieldNames(slim.path("data").get(0))).containsExactly("key", "reference", "created_at", "updated_at",
                "archived_at");
        assertThat(full.path("data").get(0).path("info").path("first_name").asText()).isEqualTo("Ada");
        assertThat(refs(one)).containsExactly("p1");
    }

    @Test
    void jobListsUseBoards() {
        for (String ref : new String[] {"j1", "j2"}) {
            f.http.json("POST", "/job/indexing", Json.object().put("board_key", f.board).put("reference", ref).put("name", ref));
            f.tick(1);
        }
        String boards = enc("[\"" + f.board + "\"]");

        JsonNode searching = TestHttp.body(f.http.get("/jobs/searching?board_keys=" + boards));
        JsonNode storing = TestHttp.body(f.http.get("/storing/jobs?board_keys=" + boards + "&return_job=true&order_by=asc"));

        assertThat(searching.path("data").path("jobs")).extracting(j -> j.path("reference").asText()).containsExactly("j2", "j1");
        assertThat(storing.path("data")).extracting(j -> j.path("name").asText()).containsExactly("j1", "j2");
        assertThat(f.http.get("/storing/jobs?board_keys=" + enc("[\"nope\"]")).body())
                .contains("Invalid parameters. Unable to find object: board");
    }

    @Test
    void aWriteBetweenPagesIsVisible() {
        createSpaced(2);
        assertThat(search("").path("meta").path("total").asInt()).isEqualTo(2);

        f.created("p3");

        assertThat(search("").path("meta").path("total").asInt()).isEqualTo(3);
        assertThat(refs(search("")).get(0)).isEqualTo("p3");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
