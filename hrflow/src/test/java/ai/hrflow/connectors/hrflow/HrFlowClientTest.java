package ai.hrflow.connectors.hrflow;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.RecordedRequest;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HrFlowClientTest {
    private final HrFlowTestEnv env = new HrFlowTestEnv();
    private final HrFlowClient client = env.client();

    @AfterEach
    void close() {
        env.close();
    }

    @Test
    void sendsBothAuthHeadersOnEveryCall() {
        client.source(env.source);

        RecordedRequest sent = env.emu.requests().last().orElseThrow();
        assertThat(sent.header("X-API-KEY")).isEqualTo(env.apiKey);
        assertThat(sent.header("X-USER-EMAIL")).isEqualTo(HrFlowTestEnv.EMAIL);
        assertThat(sent.path()).isEqualTo("/v1/source");
    }

    @Test
    void addsGetsByKeyAndReferenceAndEdits() {
        ObjectNode created = client.profiles().add(env.source, HrFlowTestEnv.profile("cand-1").put("key", "x"));
        String key = created.path("key").asText();

        assertThat(key).matches("[0-9a-f]{40}");
        assertThat(env.emu.requests().last("POST", "/v1/profile/indexing").orElseThrow().json().has("key"))
                .as("the server makes keys").isFalse();
        assertThat(client.profiles().get(env.source, ObjectRef.key(key))).get()
                .extracting(p -> p.path("reference").asText()).isEqualTo("cand-1");
        ObjectNode byRef = client.profiles().get(env.source, ObjectRef.reference("cand-1")).orElseThrow();
        assertThat(byRef.path("key").asText()).isEqualTo(key);

        byRef.put("text", "edited");
        ObjectNode edited = client.profiles().edit(env.source, byRef);
        assertThat(edited.path("text").asText()).isEqualTo("edited");
        assertThat(env.emu.profile(env.source, "cand-1").orElseThrow().path("text").asText()).isEqualTo("edited");
    }

    @Test
    void archivesAndUnarchives() {
        String key = client.profiles().add(env.source, HrFlowTestEnv.profile("cand-2")).path("key").asText();

        assertThat(client.profiles().archive(env.source, ObjectRef.reference("cand-2"))).isEqualTo(key);
        assertThat(env.emu.profile(env.source, "cand-2").orElseThrow().path("archived_at").isNull()).isFalse();
        assertThat(env.emu.requests().last("PATCH", "/v1/profile/indexing/archive").orElseThrow().json()
                .path("is_archive").asInt()).isEqualTo(1);

        client.profiles().unarchive(env.source, ObjectRef.key(key));
        assertThat(env.emu.profile(env.source, "cand-2").orElseThrow().path("archived_at").isNull()).isTrue();
    }

    @Test
    void searchesWithPagingSortOrderAndDateFilters() {
        for (int i = 0; i < 5; i++) {
            env.seedProfile("p" + i, i * 60L);
        }
        HrFlowListQuery query = HrFlowListQuery.builder(env.source).sortBy("created_at").orderBy("asc").limit(2)
                .page(2).createdAtMin(HrFlowTestEnv.T0.plusSeconds(60)).build();

        HrFlowListPage page = client.profiles().search(query);

        assertThat(page.items()).extracting(p -> p.path("reference").asText()).containsExactly("p3", "p4");
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.maxPage()).isEqualTo(2);
        RecordedRequest sent = env.emu.requests().last().orElseThrow();
        assertThat(sent.query().first("source_keys")).isEqualTo("[\"" + env.source + "\"]");
        assertThat(sent.query().first("created_at_min")).isEqualTo("2024-03-01T10:01:00+0000");
    }

    @Test
    void storingListFiltersOnUpdatedAtAndCanReturnSummaries() {
        for (int i = 0; i < 4; i++) {
            env.seedProfile("p" + i, i * 10L);
        }
        HrFlowListQuery query = HrFlowListQuery.builder(env.source).sortBy("updated_at").orderBy("desc")
                .updatedAtMax(HrFlowTestEnv.T0.plusSeconds(20)).returnObjects(false).build();

        HrFlowListPage page = client.profiles().stored(query);

        assertThat(page.items()).extracting(p -> p.path("reference").asText()).containsExactly("p2", "p1", "p0");
        assertThat(page.items().get(0).has("info")).isFalse();
        assertThat(env.emu.requests().last().orElseThrow().query().first("return_profile")).isEqualTo("False");
    }

    @Test
    void jobsHaveTheSameOperations() {
        ObjectNode created = client.jobs().add(env.board, HrFlowTestEnv.job("job-1"));
        String key = created.path("key").asText();
        assertThat(created.path("board_key").asText()).isEqualTo(env.board);

        assertThat(client.jobs().get(env.board, ObjectRef.key(key))).isPresent();
        ObjectNode job = client.jobs().get(env.board, ObjectRef.reference("job-1")).orElseThrow().put("name", "CTO");
        client.jobs().edit(env.board, job);
        assertThat(env.emu.job(env.board, "job-1").orElseThrow().path("name").asText()).isEqualTo("CTO");

        HrFlowListPage searched = client.jobs().search(HrFlowListQuery.builder(env.board).build());
        assertThat(searched.items()).hasSize(1);
        assertThat(client.jobs().stored(HrFlowListQuery.builder(env.board).build()).items()).hasSize(1);

        client.jobs().archive(env.board, ObjectRef.reference("job-1"));
        assertThat(client.jobs().search(HrFlowListQuery.builder(env.board).build()).items()).isEmpty();
    }

    @Test
    void readsSourceAndBoard() {
        assertThat(client.source(env.syncSource).path("sync_parsing").asBoolean()).isTrue();
        assertThat(client.board(env.board).path("key").asText()).isEqualTo(env.board);
    }

    @Test
    void parsesAResumeSynchronouslyOrQueuesIt() {
        byte[] file = HrFlowTestEnv.profile("ignored").put("text", "Parsed text").toString()
                .getBytes(StandardCharsets.UTF_8);
        ArrayNode tags = Json.array();
        tags.addObject().put("name", "origin").put("value", "ats");

        ParsedResume sync = client.parsing().parseResume(env.syncSource,
                new ResumeUpload(file, "cv.pdf", "application/pdf", "cand-3", null, "2023-01-02T03:04:05+0000",
                        tags, null));
        ParsedResume queued = client.parsing().parseResume(env.source,
                new ResumeUpload(file, null, null, "cand-4", null, null, null, null));

        assertThat(sync.status()).isEqualTo(201);
        assertThat(sync.profile().path("text").asText()).isEqualTo("Parsed text");
        assertThat(sync.profile().path("tags").get(0).path("value").asText()).isEqualTo("ats");
        assertThat(queued.status()).isEqualTo(202);
        assertThat(queued.hasProfile()).isFalse();
        assertThat(env.emu.profile(env.source, "cand-4")).isPresent();
        String form = env.emu.requests().last("POST", "/v1/profile/parsing/file").orElseThrow().bodyText();
        assertThat(form).contains("filename=\"resume.pdf\"").contains("name=\"metadatas\"\r\n\r\n[]");
    }

    @Test
    void parsesText() {
        ArrayNode entities = Json.array();
        entities.addObject().put("start", 0).put("end", 4).put("label", "skill_hard");
        env.emu.addTextParsing("Java developer", entities, null);

        List<ObjectNode> results = client.parsing().parseText(List.of("Java developer", "other"));

        assertThat(results).hasSize(2);
        assertThat(results.get(0).path("entities").get(0).path("label").asText()).isEqualTo("skill_hard");
    }

    @Test
    void throttlingKnobsBecomeOneRate() {
        HrFlowClientOptions o = HrFlowClientOptions.defaults().withMaxRequestsPerMinute(null);
        assertThat(o.requestsPerSecond()).isZero();
        assertThat(o.withMaxRequestsPerMinute(120).requestsPerSecond()).isEqualTo(2.0);
        assertThat(o.withMinSleepPerRequest(Duration.ofMillis(250)).requestsPerSecond()).isEqualTo(4.0);
        assertThat(o.withMaxRequestsPerMinute(120).withMinSleepPerRequest(Duration.ofSeconds(1)).requestsPerSecond())
                .isEqualTo(1.0);
    }

    @Test
    void theDefaultClientHoldsItselfToFiveHundredRequestsPerSecond() {
        assertThat(HrFlowClientOptions.defaults().maxRequestsPerMinute()).isEqualTo(30_000);
        assertThat(HrFlowClientOptions.defaults().requestsPerSecond()).isEqualTo(500.0);
    }

    @Test
    void throttledClientSpacesItsRequests() {
        // a frozen clock: the bucket does not refill while the test runs, so the wait is exactly one interval
        java.time.Clock frozen = java.time.Clock.fixed(HrFlowTestEnv.T0, java.time.ZoneOffset.UTC);
        HrFlowClient slow = HrFlowClient.create(env.apiKey, HrFlowTestEnv.EMAIL, env.options
                .withBaseUrl(env.emu.baseUrl()).withMaxRequestsPerMinute(60)
                .withHttp(http -> http.sleeper(env.waits::add).clock(frozen)));

        slow.source(env.source);
        slow.source(env.source);

        assertThat(env.waits).as("the second request waited for the per-minute rate").isNotEmpty();
        assertThat(env.waits).containsExactly(Duration.ofSeconds(1));
    }
}
