package ai.hrflow.connectors.hrflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.CredentialsException;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.spi.ItemFailure;
import ai.hrflow.connectors.api.spi.WriteResult;
import ai.hrflow.connectors.api.spi.Writer;
import ai.hrflow.connectors.emulators.server.Fault;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProfileWriterTest {
    private static final String INDEXING = "/v1/profile/indexing";
    private final HrFlowTestEnv env = new HrFlowTestEnv();

    @AfterEach
    void close() {
        env.close();
    }

    private Writer writer(Mode mode, Map<String, ?> parameters) throws Exception {
        return env.writer("profile", mode, parameters);
    }

    private Writer creator(String source) throws Exception {
        return writer(Mode.CREATE, Map.of("source_key", source));
    }

    @Test
    void createChecksTheSourceOnceWhenOpening() throws Exception {
        Writer writer = creator(env.source);
        writer.write(List.of(HrFlowTestEnv.profile("a")));
        writer.write(List.of(HrFlowTestEnv.profile("b")));

        assertThat(env.emu.requests().count("GET", "/v1/source")).isEqualTo(1);
        assertThat(env.emu.profileCount(env.source)).isEqualTo(2);
    }

    @Test
    void createIntoAMissingSourceFailsTheOpenNotSilently() {
        assertThatThrownBy(() -> creator("0".repeat(40))).isInstanceOf(HrFlowNotFoundException.class)
                .hasMessageContaining("source_key");
    }

    @Test
    void createIntoASourceTheKeyCannotSeeIsFatal() {
        String narrow = env.emu.addApiKey("ask_" + "b2".repeat(16), HrFlowTestEnv.EMAIL, java.util.Set.of());
        var op = HrFlowWarehouse.create(env.options).aisle(ai.hrflow.connectors.api.model.Entity.PROFILE)
                .orElseThrow().write();

        assertThatThrownBy(() -> op.open(new ai.hrflow.connectors.api.spi.WriteRequest(Mode.CREATE,
                env.auth(narrow), HrFlowTestEnv.bind(HrFlowParameters.PROFILE_CREATE, Map.of("source_key", env.source)),
                env.context))).isInstanceOf(CredentialsException.class).hasMessageNotContaining(narrow);
    }

    @Test
    void createSkipsAnExistingReferenceInOneCall() throws Exception {
        env.client().profiles().add(env.source, HrFlowTestEnv.profile("taken").put("text", "original"));
        env.emu.requests().clear();

        WriteResult result = creator(env.source).write(List.of(HrFlowTestEnv.profile("taken").put("text", "new")));

        assertThat(result.failures()).isEmpty();
        assertThat(result.skipped()).singleElement().satisfies(s -> {
            assertThat(s.index()).isZero();
            assertThat(s.reason()).contains("profile taken already exists in source " + env.source);
        });
        assertThat(env.emu.requests().count("POST", INDEXING)).isEqualTo(1);
        assertThat(env.emu.requests().count("GET", INDEXING)).isZero();
        assertThat(env.emu.profile(env.source, "taken").orElseThrow().path("text").asText()).isEqualTo("original");
    }

    @Test
    void createWithoutReferenceIsSimplyCreated() throws Exception {
        ObjectNode anonymous = HrFlowTestEnv.profile("x");
        anonymous.remove("reference");

        assertThat(creator(env.source).write(List.of(anonymous)).allWritten()).isTrue();
        assertThat(env.emu.profileCount(env.source)).isEqualTo(1);
    }

    @Test
    void aDroppedAnswerAfterTheProfileWasStoredDoesNotDuplicateIt() throws Exception {
        Writer writer = creator(env.source);
        env.emu.faults().next(1, "POST", INDEXING, Fault.dropAfterProcessing());

        WriteResult result = writer.write(List.of(HrFlowTestEnv.profile("once")));

        assertThat(result.allWritten()).isTrue();
        assertThat(env.emu.profiles(env.source)).hasSize(1);
        assertThat(env.emu.requests().count("POST", INDEXING)).isEqualTo(1);
        assertThat(env.emu.requests().count("GET", INDEXING)).as("looked up before deciding").isEqualTo(1);
    }

    @Test
    void aServerErrorBeforeStoringIsSentAgainOnlyAfterCheckingTheReference() throws Exception {
        Writer writer = creator(env.source);
        env.emu.faults().next(1, "POST", INDEXING, Fault.status(500));

        assertThat(writer.write(List.of(HrFlowTestEnv.profile("retried"))).allWritten()).isTrue();

        assertThat(env.emu.profiles(env.source)).hasSize(1);
        assertThat(env.emu.requests().count("POST", INDEXING)).isEqualTo(2);
        assertThat(env.emu.requests().count("GET", INDEXING)).isEqualTo(1);
    }

    @Test
    void aLostAnswerWithoutReferenceFailsTheItemRatherThanRisksADuplicate() throws Exception {
        Writer writer = creator(env.source);
        env.emu.faults().next(1, "POST", INDEXING, Fault.dropAfterProcessing());
        ObjectNode anonymous = HrFlowTestEnv.profile("x");
        anonymous.remove("reference");

        WriteResult result = writer.write(List.of(anonymous));

        assertThat(result.failures()).singleElement().extracting(ItemFailure::reason).asString()
                .startsWith("HrFlow did not answer for profile without reference");
        assertThat(env.emu.requests().count("POST", INDEXING)).isEqualTo(1);
    }

    @Test
    void aRefusedItemFailsAloneWithHrFlowsReason() throws Exception {
        Writer writer = creator(env.source);

        WriteResult result = writer.write(List.of(HrFlowTestEnv.profile("bad").put("created_at", "not a date")));

        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.index()).isZero();
            assertThat(f.reason()).startsWith("HrFlow rejected profile bad: 400 ").contains("created_at");
        });
    }

    @Test
    void createWithAResumeOnASyncSourceParsesThenMergesTheItem() throws Exception {
        ObjectNode parsedContent = Json.object().put("text", "parsed text");
        parsedContent.putObject("info").put("first_name", "Parsed").put("summary", "from the resume");
        ObjectNode item = HrFlowTestEnv.profile("cv-1");
        item.putObject("resume").put("raw", Base64.getEncoder().encodeToString(
                parsedContent.toString().getBytes(StandardCharsets.UTF_8))).put("content_type", "application/pdf");
        item.remove("text");
        item.putArray("tags").addObject().put("name", "stage").put("value", "new");

        assertThat(creator(env.syncSource).write(List.of(item)).allWritten()).isTrue();

        ObjectNode stored = env.emu.profile(env.syncSource, "cv-1").orElseThrow();
        assertThat(stored.path("info").path("first_name").asText()).as("item wins").isEqualTo("Ada");
        assertThat(stored.path("info").path("summary").asText()).as("kept from parsing").isEqualTo("from the resume");
        assertThat(stored.path("text").asText()).isEqualTo("parsed text");
        assertThat(stored.path("tags").get(0).path("value").asText()).isEqualTo("new");
        assertThat(stored.path("attachments")).hasSize(2);
        assertThat(stored.has("resume")).isFalse();
        assertThat(env.emu.requests().count("PUT", INDEXING)).isEqualTo(1);
    }

    @Test
    void createWithAResumeOnAnAsyncSourceOnlyParses() throws Exception {
        ObjectNode item = HrFlowTestEnv.profile("cv-2");
        item.putObject("resume").put("raw", Base64.getEncoder().encodeToString("plain text cv".getBytes()));

        assertThat(creator(env.source).write(List.of(item)).allWritten()).isTrue();

        assertThat(env.emu.profile(env.source, "cv-2")).isPresent();
        assertThat(env.emu.requests().count("PUT", INDEXING)).isZero();
    }

    @Test
    void aResumeThatIsNotBase64FailsTheItem() throws Exception {
        ObjectNode item = HrFlowTestEnv.profile("cv-3");
        item.putObject("resume").put("raw", "%%% not base64 %%%");

        WriteResult result = creator(env.source).write(List.of(item));

        assertThat(result.failures()).singleElement().extracting(ItemFailure::reason).asString()
                .contains("profile cv-3").contains("base64");
    }

    @Test
    void updateMergesOnlyTheListedFieldsTheItemHas() throws Exception {
        ObjectNode original = HrFlowTestEnv.profile("u1").put("summary", "keep me");
        original.putArray("tags").addObject().put("name", "old");
        env.client().profiles().add(env.source, original);
        ObjectNode item = Json.object().put("reference", "u1").put("text", "not listed");
        item.putArray("tags").addObject().put("name", "new");
        item.putObject("resume").put("raw", "ignored");

        WriteResult result = writer(Mode.UPDATE, Map.of("source_key", env.source,
                "only_edit_fields", List.of("tags", "metadatas", "summary"))).write(List.of(item));

        assertThat(result.allWritten()).isTrue();
        ObjectNode stored = env.emu.profile(env.source, "u1").orElseThrow();
        assertThat(stored.path("tags").get(0).path("name").asText()).isEqualTo("new");
        assertThat(stored.path("text").asText()).isEqualTo("Resume of u1");
        assertThat(stored.path("summary").asText()).as("listed but absent from the item: kept").isEqualTo("keep me");
        assertThat(stored.has("metadatas")).as("never written as null").isFalse();
        ObjectNode sent = (ObjectNode) env.emu.requests().last("PUT", INDEXING).orElseThrow().json();
        assertThat(sent.path("key").asText()).isEqualTo(stored.path("key").asText());
        assertThat(sent.has("resume")).isFalse();
    }

    @Test
    void updateWithoutListTakesTheWholeItem() throws Exception {
        env.client().profiles().add(env.source, HrFlowTestEnv.profile("u2"));

        writer(Mode.UPDATE, Map.of("source_key", env.source))
                .write(List.of(HrFlowTestEnv.profile("u2").put("text", "all new")));

        assertThat(env.emu.profile(env.source, "u2").orElseThrow().path("text").asText()).isEqualTo("all new");
    }

    @Test
    void updateOfAMissingProfileFailsThatItemOnly() throws Exception {
        env.client().profiles().add(env.source, HrFlowTestEnv.profile("here"));
        Writer writer = writer(Mode.UPDATE, Map.of("source_key", env.source));

        WriteResult result = writer.write(List.of(HrFlowTestEnv.profile("missing"),
                HrFlowTestEnv.profile("here").put("text", "x"), Json.object().put("text", "no reference")));

        assertThat(result.failures()).extracting(ItemFailure::index, ItemFailure::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "profile missing not found in source " + env.source),
                org.assertj.core.groups.Tuple.tuple(2,
                        "profile without reference or key: cannot find which profile to update"));
    }

    @Test
    void archiveToleratesAProfileHrFlowDoesNotHave() throws Exception {
        env.client().profiles().add(env.source, HrFlowTestEnv.profile("gone"));
        Writer writer = writer(Mode.ARCHIVE, Map.of("source_key", env.source));

        WriteResult result = writer.write(List.of(Json.object().put("reference", "gone"),
                Json.object().put("reference", "never-existed"), Json.object().put("name", "no reference")));

        assertThat(result.failures()).extracting(ItemFailure::index).containsExactly(2);
        assertThat(result.failures().get(0).reason()).contains("without reference");
        assertThat(env.emu.profile(env.source, "gone").orElseThrow().path("archived_at").isNull()).isFalse();
    }

    @Test
    void archiveFailsItemsOnOtherErrors() throws Exception {
        env.emu.faults().next(1, "PATCH", "/v1/profile/indexing/archive", Fault.status(422));

        WriteResult result = writer(Mode.ARCHIVE, Map.of("source_key", env.source))
                .write(List.of(Json.object().put("reference", "r")));

        assertThat(result.failures()).singleElement().extracting(ItemFailure::reason).asString()
                .startsWith("HrFlow rejected profile r: 422");
    }

    @Test
    void aMissingSourceFailsWhenTheWriterOpensInEveryMode() {
        for (Mode mode : Mode.values()) {
            assertThatThrownBy(() -> writer(mode, Map.of("source_key", "9".repeat(40))))
                    .isInstanceOfSatisfying(HrFlowNotFoundException.class, e -> assertThat(e.isContainer()).isTrue())
                    .hasMessageContaining("HrFlow has no source " + "9".repeat(40))
                    .hasMessageContaining("Check the source_key parameter");
        }
    }

    @Test
    void refusedCredentialsStopTheRun() throws Exception {
        Writer writer = writer(Mode.UPDATE, Map.of("source_key", env.source));
        env.emu.faults().next(1, "GET", INDEXING, Fault.status(401));

        assertThatThrownBy(() -> writer.write(List.of(HrFlowTestEnv.profile("p"))))
                .isInstanceOf(CredentialsException.class);
    }
}
