package ai.hrflow.connectors.emulators.hrflow;

import static ai.hrflow.connectors.emulators.hrflow.HrFlowAuthTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.TestHttp;
import ai.hrflow.connectors.emulators.TestHttp.FilePart;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HrFlowParsingTest {
    private final HrFlowFixture f = new HrFlowFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private Map<String, Object> upload(String sourceKey, String reference) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("source_key", sourceKey);
        form.put("file", new FilePart("cv.pdf", "application/pdf",
                HrFlowFixture.profile("ignored").put("text", "parsed text").toString()));
        if (reference != null) {
            form.put("reference", reference);
        }
        form.put("tags", "[{\"name\":\"origin\",\"value\":\"ats\"}]");
        form.put("metadatas", "[]");
        form.put("created_at", "2023-05-01T08:00:00");
        return form;
    }

    @Test
    void syncSourceAnswers201WithTheParsedProfileAndStoresIt() {
        HttpResponse<String> r = f.http.multipart("/profile/parsing/file", upload(f.syncSource, "cv-1"));

        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode body = TestHttp.body(r);
        assertThat(body.path("message").asText()).startsWith("Profile parsed successfully.");
        JsonNode profile = body.path("data").path("profile");
        assertThat(profile.path("key").asText()).matches("^[0-9a-f]{40}$");
        assertThat(profile.path("reference").asText()).isEqualTo("cv-1");
        assertThat(profile.path("text").asText()).isEqualTo("parsed text");
        assertThat(profile.path("created_at").asText()).isEqualTo("2023-05-01T08:00:00+0000");
        assertThat(profile.path("tags").get(0).path("value").asText()).isEqualTo("ats");
        assertThat(profile.path("attachments")).extracting(a -> a.path("type").asText()).containsExactly("original", "resume");
        assertThat(profile.path("attachments").get(0).path("original_file_name").asText()).isEqualTo("cv.pdf");
        assertThat(body.path("data").has("parsing")).isTrue();
        assertThat(f.emu.profile(f.syncSource, "cv-1").orElseThrow().path("key")).isEqualTo(profile.path("key"));
    }

    @Test
    void attachmentsCanBeDownloaded() {
        JsonNode profile = TestHttp.body(f.http.multipart("/profile/parsing/file", upload(f.syncSource, "cv-1")))
                .path("data").path("profile");
        String url = profile.path("attachments").get(0).path("public_url").asText();

        HttpResponse<String> file = new TestHttp("").get(url);

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).contains("parsed text");
    }

    @Test
    void asyncSourceAnswers202AndStoresTheProfile() {
        HttpResponse<String> r = f.http.multipart("/profile/parsing/file", upload(f.source, "cv-2"));

        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(TestHttp.body(r).path("data")).isEqualTo(Json.array());
        assertThat(TestHttp.body(r).path("message").asText())
                .isEqualTo("Your profile as been sent successfully to the Parsing Queue.");
        assertThat(f.http.get("/profile/indexing?source_key=" + f.source + "&reference=cv-2").statusCode()).isEqualTo(200);
    }

    @Test
    void asyncParsingCanBeHeldUntilTheTestReleasesIt() {
        f.emu.settings().asyncParsing(HrFlowSettings.AsyncParsing.ON_DEMAND);

        f.http.multipart("/profile/parsing/file", upload(f.source, "cv-3"));

        assertThat(f.emu.profile(f.source, "cv-3")).isEmpty();
        assertThat(f.emu.pendingAsyncParsing()).isEqualTo(1);
        assertThat(f.emu.completeAsyncParsing()).isEqualTo(1);
        assertThat(f.emu.profile(f.source, "cv-3")).isPresent();
    }

    @Test
    void usedReferenceIsRejectedOrReparsedAsConfigured() {
        String key = f.emu.seedProfile(f.syncSource, HrFlowFixture.profile("cv-4")).path("key").asText();

        assertError(f.http.multipart("/profile/parsing/file", upload(f.syncSource, "cv-4")), 400,
                "Cannot create profile with this reference: cv-4. Already used!");

        f.emu.settings().parsingExistingReference(HrFlowSettings.ExistingReference.REPARSE);
        JsonNode reparsed = TestHttp.body(f.http.multipart("/profile/parsing/file", upload(f.syncSource, "cv-4")));

        assertThat(reparsed.path("data").path("profile").path("key").asText()).isEqualTo(key);
        assertThat(f.emu.profile(f.syncSource, "cv-4").orElseThrow().path("attachments")).hasSize(2);
        assertThat(f.emu.profileCount(f.syncSource)).isEqualTo(1);
    }

    @Test
    void keyFieldReparsesIntoThatProfile() {
        String key = f.emu.seedProfile(f.syncSource, HrFlowFixture.profile("cv-5")).path("key").asText();
        Map<String, Object> form = upload(f.syncSource, null);
        form.put("key", key);

        JsonNode r = TestHttp.body(f.http.multipart("/profile/parsing/file", form));

        assertThat(r.path("data").path("profile").path("key").asText()).isEqualTo(key);
        assertThat(r.path("data").path("profile").path("reference").asText()).isEqualTo("cv-5");
        assertThat(f.emu.profileByKey(f.syncSource, key).orElseThrow().path("text").asText()).isEqualTo("parsed text");
    }

    @Test
    void syncParsingWithoutIndexingStoresNothing() {
        Map<String, Object> form = upload(f.syncSource, "cv-6");
        form.put("sync_parsing_indexing", "0");

        HttpResponse<String> r = f.http.multipart("/profile/parsing/file", form);

        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(f.emu.profile(f.syncSource, "cv-6")).isEmpty();
    }

    @Test
    void badUploadsAre400() {
        Map<String, Object> noFile = new LinkedHashMap<>(Map.of("source_key", f.source));
        Map<String, Object> unknownSource = upload("nope", "x");
        Map<String, Object> badTags = upload(f.source, "x");
        badTags.put("tags", "not json");

        assertError(f.http.multipart("/profile/parsing/file", noFile), 400, "Invalid parameters. file is required");
        assertError(f.http.multipart("/profile/parsing/file", unknownSource), 400, "Invalid source fields");
        assertThat(f.http.multipart("/profile/parsing/file", badTags).statusCode()).isEqualTo(400);
        assertThat(f.http.json("POST", "/profile/parsing/file", "{}").statusCode()).isEqualTo(400);
    }

    @Test
    void nonJsonFileBecomesTheProfileText() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("source_key", f.syncSource);
        form.put("file", new FilePart("cv.txt", "text/plain", "Plain resume"));

        JsonNode profile = TestHttp.body(f.http.multipart("/profile/parsing/file", form)).path("data").path("profile");

        assertThat(profile.path("text").asText()).isEqualTo("Plain resume");
        assertThat(profile.path("attachments").get(0).path("extension").asText()).isEqualTo(".txt");
    }

    @Test
    void textParsingAnswersPerTextWithOptionalFixtures() {
        f.emu.addTextParsing("Java developer", Json.array().add(Json.object().put("start", 0).put("end", 4)
                .put("label", "skill_hard")), (ObjectNode) Json.object().set("skills_hard", Json.array().add("Java")));

        HttpResponse<String> r = f.http.json("POST", "/text/parsing",
                Json.object().set("texts", Json.array().add("Java developer").add("unknown")));

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode data = TestHttp.body(r).path("data");
        assertThat(data).hasSize(2);
        assertThat(data.get(0).path("entities").get(0).path("label").asText()).isEqualTo("skill_hard");
        assertThat(data.get(0).path("parsing").path("skills_hard").get(0).asText()).isEqualTo("Java");
        assertThat(data.get(1).path("text").asText()).isEqualTo("unknown");
        assertThat(data.get(1).path("entities")).isEmpty();
    }
}
