package ai.hrflow.connectors.hrflow;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.spi.ItemFailure;
import ai.hrflow.connectors.api.spi.WriteResult;
import ai.hrflow.connectors.api.spi.Writer;
import ai.hrflow.connectors.emulators.server.Fault;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobWriterTest {
    private static final String INDEXING = "/v1/job/indexing";
    private final HrFlowTestEnv env = new HrFlowTestEnv();

    @AfterEach
    void close() {
        env.close();
    }

    private Writer writer(Mode mode, Map<String, ?> parameters) throws Exception {
        return env.writer("job", mode, parameters);
    }

    @Test
    void createsAndSkipsAnExistingReference() throws Exception {
        Writer writer = writer(Mode.CREATE, Map.of("board_key", env.board));

        WriteResult first = writer.write(List.of(HrFlowTestEnv.job("j1")));
        WriteResult again = writer.write(List.of(HrFlowTestEnv.job("j1").put("name", "Other")));

        assertThat(first.allWritten()).isTrue();
        assertThat(again.failures()).isEmpty();
        assertThat(again.skipped()).singleElement().satisfies(s -> {
            assertThat(s.index()).isZero();
            assertThat(s.reason()).contains("job j1 already exists");
        });
        assertThat(env.emu.jobs(env.board)).hasSize(1);
        assertThat(env.emu.job(env.board, "j1").orElseThrow().path("name").asText()).isEqualTo("Engineer j1");
        assertThat(env.emu.requests().count("POST", "/v1/text/parsing")).as("enrichment is off by default").isZero();
    }

    @Test
    void aDroppedAnswerDoesNotDuplicateAJob() throws Exception {
        Writer writer = writer(Mode.CREATE, Map.of("board_key", env.board));
        env.emu.faults().next(1, "POST", INDEXING, Fault.dropAfterProcessing());

        assertThat(writer.write(List.of(HrFlowTestEnv.job("once"))).allWritten()).isTrue();
        assertThat(env.emu.jobs(env.board)).hasSize(1);
    }

    @Test
    void enrichmentAddsParsedEntitiesWithoutDuplicates() throws Exception {
        ObjectNode job = HrFlowTestEnv.job("j2").put("summary", "<p>Java &amp; English</p>");
        job.putArray("sections").addObject().put("title", "Team").put("description", "Kind people");
        job.putArray("skills").addObject().put("name", "Java").put("type", "hard");
        String text = "Java & English\n\nTeam\nKind people";
        ArrayNode entities = Json.array();
        entities.addObject().put("start", 0).put("end", 4).put("label", "skill_hard");
        entities.addObject().put("start", 0).put("end", 4).put("label", "Skill");
        entities.addObject().put("start", 7).put("end", 14).put("label", "language");
        entities.addObject().put("start", 21).put("end", 25).put("label", "unknown_label");
        env.emu.addTextParsing(text, entities, null);

        WriteResult result = writer(Mode.CREATE, Map.of("board_key", env.board, "enrich_with_parsing", true))
                .write(List.of(job));

        assertThat(result.allWritten()).isTrue();
        assertThat(env.emu.requests().last("POST", "/v1/text/parsing").orElseThrow().json().path("texts").get(0)
                .asText()).isEqualTo(text);
        ObjectNode stored = env.emu.job(env.board, "j2").orElseThrow();
        assertThat(stored.path("skills")).hasSize(2);
        assertThat(stored.path("skills").get(1).path("type").isNull()).isTrue();
        assertThat(stored.path("languages").get(0).path("name").asText()).isEqualTo("English");
        assertThat(stored.path("tasks").isArray()).isTrue();
    }

    @Test
    void aFailedEnrichmentFailsTheItemWithoutCreatingIt() throws Exception {
        env.emu.faults().next(1, "POST", "/v1/text/parsing", Fault.status(400));

        WriteResult result = writer(Mode.CREATE, Map.of("board_key", env.board, "enrich_with_parsing", true))
                .write(List.of(HrFlowTestEnv.job("j3")));

        assertThat(result.failures()).singleElement().extracting(ItemFailure::reason).asString()
                .startsWith("enriching job j3 with HrFlow parsing failed");
        assertThat(env.emu.jobs(env.board)).isEmpty();
    }

    @Test
    void updateFailsAnUnknownJobAndAnItemWithoutIdentity() throws Exception {
        env.client().jobs().add(env.board, HrFlowTestEnv.job("known"));
        ObjectNode anonymous = HrFlowTestEnv.job("x");
        anonymous.remove("reference");

        WriteResult result = writer(Mode.UPDATE, Map.of("board_key", env.board)).write(List.of(
                HrFlowTestEnv.job("known").put("name", "Renamed"), HrFlowTestEnv.job("unknown"), anonymous));

        assertThat(result.failures()).extracting(ItemFailure::index, ItemFailure::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "job unknown not found in board " + env.board),
                org.assertj.core.groups.Tuple.tuple(2,
                        "job without reference or key: cannot find which job to update"));
        assertThat(env.emu.job(env.board, "known").orElseThrow().path("name").asText()).isEqualTo("Renamed");
        assertThat(env.emu.requests().count("PUT", INDEXING)).as("the item without identity is not sent")
                .isEqualTo(2);
    }

    @Test
    void archiveToleratesUnknownJobs() throws Exception {
        env.client().jobs().add(env.board, HrFlowTestEnv.job("old"));

        WriteResult result = writer(Mode.ARCHIVE, Map.of("board_key", env.board)).write(List.of(
                Json.object().put("reference", "old"), Json.object().put("reference", "never"), Json.object()));

        assertThat(result.failures()).extracting(ItemFailure::index).containsExactly(2);
        assertThat(env.emu.job(env.board, "old").orElseThrow().path("archived_at").isNull()).isFalse();
    }

    @Test
    void htmlEntitiesAreDecoded() {
        assertThat(JobEnrichment.unescape("a &lt;b&gt; &#233;t&#xE9; &unknown; &quot;"))
                .isEqualTo("a <b> été &unknown; \"");
    }
}
