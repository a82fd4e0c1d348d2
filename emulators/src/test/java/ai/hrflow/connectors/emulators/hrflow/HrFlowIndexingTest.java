package ai.hrflow.connectors.emulators.hrflow;

import static ai.hrflow.connectors.emulators.hrflow.HrFlowAuthTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.TestHttp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HrFlowIndexingTest {
    private static final String NOT_FOUND = "Invalid parameters. Unable to find object: profile";
    private final HrFlowFixture f = new HrFlowFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void createAddsServerFieldsInTheEnvelope() {
        ObjectNode profile = HrFlowFixture.profile("cand-1");
        profile.putArray("experiences").addObject().put("title", "Engineer");

        HttpResponse<String> r = f.create(f.source, profile);

        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.headers().allValues("Content-Type")).containsExactly("application/json");
        JsonNode body = TestHttp.body(r);
        assertThat(body.path("code").asInt()).isEqualTo(201);
        assertThat(body.path("message").asText()).isEqualTo("Profile created");
        assertThat(body.has("meta")).isFalse();
        JsonNode data = body.path("data");
        assertThat(data.path("key").asText()).matches("^[0-9a-f]{40}$");
        assertThat(data.path("id").asLong()).isPositive();
        assertThat(data.path("reference").asText()).isEqualTo("cand-1");
        assertThat(data.path("source_key").asText()).isEqualTo(f.source);
        assertThat(data.path("source").path("key").asText()).isEqualTo(f.source);
        assertThat(data.path("source").path("name").asText()).isEqualTo("ATS");
        assertThat(data.path("created_at").asText()).isEqualTo("2024-03-01T10:00:00+0000");
        assertThat(data.path("updated_at").asText()).isEqualTo("2024-03-01T10:00:00+0000");
        assertThat(data.get("archived_at").isNull()).isTrue();
        assertThat(data.get("archive").isNull()).isTrue();
        assertThat(data.path("experiences").get(0).path("key").asText()).matches("^[0-9a-f]{40}$");
        assertThat(data.path("info").path("first_name").asText()).isEqualTo("Ada");
    }

    @Test
    void idsIncreaseAndKeysDiffer() {
        JsonNode a = f.created("a");
        JsonNode b = f.created("b");

        assertThat(b.path("id").asLong()).isGreaterThan(a.path("id").asLong());
        assertThat(b.path("key").asText()).isNotEqualTo(a.path("key").asText());
    }

    @Test
    void suppliedCreatedAtIsKeptAndNormalised() {
        JsonNode data = TestHttp.body(f.create(f.source,
                HrFlowFixture.profile("old").put("created_at", "2020-01-02T03:04:05.123+02:00"))).path("data");

        assertThat(data.path("created_at").asText()).isEqualTo("2020-01-02T01:04:05+0000");
        assertThat(data.path("updated_at").asText()).isEqualTo("2024-03-01T10:00:00+0000");
        assertError(f.create(f.source, HrFlowFixture.profile("bad").put("created_at", "yesterday")), 400,
                "Invalid parameters. created_at: invalid date 'yesterday'");
    }

    @Test
    void duplicateReferenceIsRejectedPerSource() {
        f.created("dup");

        assertError(f.create(f.source, HrFlowFixture.profile("dup")), 400,
                "Cannot create profile with this reference: dup. Already used!");
        assertThat(f.create(f.syncSource, HrFlowFixture.profile("dup")).statusCode()).isEqualTo(201);
        assertThat(f.emu.profileCount(f.source)).isEqualTo(1);
    }

    @Test
    void unknownSourceIsABadRequest() {
        assertError(f.create("nope", HrFlowFixture.profile("x")), 400, "Invalid parameters. Unable to find object: source");
        assertError(f.http.get("/profile/indexing?source_key=nope&key=k"), 400,
                "Invalid parameters. Unable to find object: source");
    }

    @Test
    void getsByKeyOrReferenceAndReferenceWins() {
        JsonNode a = f.created("a");
        JsonNode b = f.created("b");

        JsonNode byKey = TestHttp.body(f.http.get("/profile/indexing?source_key=" + f.source + "&key=" + a.path("key").asText()));
        JsonNode byRef = TestHttp.body(f.http.get("/profile/indexing?source_key=" + f.source + "&reference=b"));
        JsonNode both = TestHttp.body(f.http.get("/profile/indexing?source_key=" + f.source + "&key="
                + a.path("key").asText() + "&reference=b"));

        assertThat(byKey.path("message").asText()).isEqualTo("Profile details");
        assertThat(byKey.path("data").path("reference").asText()).isEqualTo("a");
        assertThat(byRef.path("data").path("key").asText()).isEqualTo(b.path("key").asText());
        assertThat(both.path("data").path("reference").asText()).isEqualTo("b");
        assertError(f.http.get("/profile/indexing?source_key=" + f.source), 400,
                "Invalid parameters. key or reference is required");
    }

    @Test
    void notFoundIs400AndSwitchableTo404() {
        assertError(f.http.get("/profile/indexing?source_key=" + f.source + "&reference=ghost"), 400, NOT_FOUND);

        f.emu.settings().notFoundStatus(404);

        assertError(f.http.get("/profile/indexing?source_key=" + f.source + "&reference=ghost"), 404, NOT_FOUND);
    }

    @Test
    void putReplacesTheDocumentKeepingIdentity() {
        ObjectNode original = HrFlowFixture.profile("p");
        original.put("summary", "to be dropped");
        JsonNode created = TestHttp.body(f.create(f.source, original)).path("data");
        f.tick(60);

        ObjectNode edit = Json.object().put("source_key", f.source).put("key", created.path("key").asText())
                .put("text", "new text");
        edit.putObject("info").put("first_name", "Grace");
        HttpResponse<String> r = f.http.json("PUT", "/profile/indexing", edit);

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode data = TestHttp.body(r).path("data");
        assertThat(TestHttp.body(r).path("message").asText()).isEqualTo("Profile edited");
        assertThat(data.path("key").asText()).isEqualTo(created.path("key").asText());
        assertThat(data.path("id").asLong()).isEqualTo(created.path("id").asLong());
        assertThat(data.path("reference").asText()).isEqualTo("p");
        assertThat(data.has("summary")).isFalse();
        assertThat(data.path("info").has("last_name")).isFalse();
        assertThat(data.path("text").asText()).isEqualTo("new text");
        assertThat(data.path("created_at").asText()).isEqualTo("2024-03-01T10:00:00+0000");
        assertThat(data.path("updated_at").asText()).isEqualTo("2024-03-01T10:01:00+0000");
        assertThat(f.emu.profile(f.source, "p").orElseThrow().toString()).isEqualTo(data.toString());
    }

    @Test
    void putLocatesByReferenceWhenNoKeyAndFailsOnUnknownObjects() {
        f.created("p");

        HttpResponse<String> byRef = f.http.json("PUT", "/profile/indexing",
                Json.object().put("source_key", f.source).put("reference", "p").put("text", "t2"));
        HttpResponse<String> unknown = f.http.json("PUT", "/profile/indexing",
                Json.object().put("source_key", f.source).put("key", "f".repeat(40)));

        assertThat(byRef.statusCode()).isEqualTo(200);
        assertThat(f.emu.profile(f.source, "p").orElseThrow().path("text").asText()).isEqualTo("t2");
        assertError(unknown, 400, NOT_FOUND);
    }

    @Test
    void putCannotStealAnotherObjectsReference() {
        JsonNode a = f.created("a");
        f.created("b");

        HttpResponse<String> r = f.http.json("PUT", "/profile/indexing",
                Json.object().put("source_key", f.source).put("key", a.path("key").asText()).put("reference", "b"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(f.emu.profile(f.source, "a")).isPresent();
    }

    @Test
    void archiveAndUnarchive() {
        JsonNode created = f.created("arch");
        f.tick(5);

        HttpResponse<String> archived = f.http.json("PATCH", "/profile/indexing/archive",
                Json.object().put("source_key", f.source).put("reference", "arch").put("is_archive", 1));

        assertThat(archived.statusCode()).isEqualTo(200);
        assertThat(TestHttp.body(archived).path("message").asText()).isEqualTo("Profile archived");
        assertThat(TestHttp.body(archived).path("data")).isEqualTo(Json.object().put("key", created.path("key").asText()));
        JsonNode stored = TestHttp.body(f.http.get("/profile/indexing?source_key=" + f.source + "&reference=arch")).path("data");
        assertThat(stored.path("archived_at").asText()).isEqualTo("2024-03-01T10:00:05+0000");
        assertThat(stored.path("updated_at").asText()).isEqualTo("2024-03-01T10:00:05+0000");

        f.tick(5);
        f.http.json("PATCH", "/profile/indexing/archive",
                Json.object().put("source_key", f.source).put("key", created.path("key").asText()).put("is_archive", 0));

        JsonNode restored = f.emu.profile(f.source, "arch").orElseThrow();
        assertThat(restored.get("archived_at").isNull()).isTrue();
        assertThat(restored.path("updated_at").asText()).isEqualTo("2024-03-01T10:00:10+0000");
        assertError(f.http.json("PATCH", "/profile/indexing/archive",
                Json.object().put("source_key", f.source).put("reference", "ghost").put("is_archive", 1)), 400, NOT_FOUND);
    }

    @Test
    void archivedReferenceBlocksCreateUnlessSwitched() {
        f.created("gone");
        f.http.json("PATCH", "/profile/indexing/archive",
                Json.object().put("source_key", f.source).put("reference", "gone").put("is_archive", 1));

        assertThat(f.create(f.source, HrFlowFixture.profile("gone")).statusCode()).isEqualTo(400);

        f.emu.settings().archivedReferenceBlocksCreate(false);
        HttpResponse<String> again = f.create(f.source, HrFlowFixture.profile("gone"));

        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(f.emu.profile(f.source, "gone").orElseThrow().get("archived_at").isNull()).isTrue();
        assertThat(f.emu.profileCount(f.source)).isEqualTo(2);
    }

    @Test
    void jobsFollowTheSameRulesInBoards() {
        ObjectNode job = Json.object().put("board_key", f.board).put("reference", "job-1").put("name", "Engineer");
        job.putObject("location").put("text", "Paris");

        JsonNode created = TestHttp.body(f.http.json("POST", "/job/indexing", job));
        HttpResponse<String> duplicate = f.http.json("POST", "/job/indexing", job);
        HttpResponse<String> noName = f.http.json("POST", "/job/indexing",
                Json.object().put("board_key", f.board).put("reference", "job-2"));
        HttpResponse<String> unknownBoard = f.http.json("POST", "/job/indexing", job.deepCopy().put("board_key", "nope"));

        assertThat(created.path("code").asInt()).isEqualTo(201);
        assertThat(created.path("message").asText()).isEqualTo("Job created");
        assertThat(created.path("data").path("board_key").asText()).isEqualTo(f.board);
        assertThat(created.path("data").path("board").path("key").asText()).isEqualTo(f.board);
        assertError(duplicate, 400, "Cannot create job with this reference: job-1. Already used!");
        assertThat(noName.statusCode()).isEqualTo(400);
        assertError(unknownBoard, 400, "Invalid parameters. Unable to find object: board");

        JsonNode got = TestHttp.body(f.http.get("/job/indexing?board_key=" + f.board + "&reference=job-1"));
        assertThat(got.path("message").asText()).isEqualTo("Job details");
        HttpResponse<String> edited = f.http.json("PUT", "/job/indexing",
                Json.object().put("board_key", f.board).put("reference", "job-1").put("name", "Staff Engineer"));
        assertThat(TestHttp.body(edited).path("message").asText()).isEqualTo("Job edited");
        assertThat(f.emu.job(f.board, "job-1").orElseThrow().path("name").asText()).isEqualTo("Staff Engineer");
        HttpResponse<String> archived = f.http.json("PATCH", "/job/indexing/archive",
                Json.object().put("board_key", f.board).put("reference", "job-1").put("is_archive", 1));
        assertThat(TestHttp.body(archived).path("message").asText()).isEqualTo("Job archived");
        assertError(f.http.get("/job/indexing?board_key=" + f.board + "&reference=ghost"), 400,
                "Invalid parameters. Unable to find object: job");
    }

    @Test
    void concurrentCreatesOfOneReferenceStoreExactlyOne() throws Exception {
        int clients = 16;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return f.create(f.source, HrFlowFixture.profile("race")).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> c : calls) {
                statuses.add(c.get(10, TimeUnit.SECONDS));
            }

            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 400);
            assertThat(f.emu.profileCount(f.source)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void malformedBodyIsA400InTheEnvelope() {
        HttpResponse<String> r = f.http.json("POST", "/profile/indexing", "{not json");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(TestHttp.body(r).path("code").asInt()).isEqualTo(400);
    }
}
