package ai.hrflow.connectors.zohorecruit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.Reason;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import ai.hrflow.connectors.emulators.server.RecordedRequest;
import ai.hrflow.connectors.emulators.zoho.RecruitModule;
import ai.hrflow.connectors.emulators.zoho.RecruitOperation;
import ai.hrflow.connectors.emulators.zoho.ZohoData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** HrFlow → Zoho: the three outbound flows and the two v1 actions, against both emulators. */
class OutboundFlowsTest {
    private final SyncSandbox sandbox = new SyncSandbox();

    @AfterEach
    void close() {
        sandbox.close();
    }

    private static ObjectNode profile(String reference, String first, String last, String email) {
        ObjectNode p = Json.object().put("reference", reference);
        ObjectNode info = p.putObject("info").put("first_name", first).put("last_name", last).put("email", email)
                .put("phone", "+33 6 12 34 56 78");
        info.putObject("location").put("text", "12 rue de la Paix, Paris").putObject("fields").put("city", "Paris")
                .put("country", "France").put("road", "12 rue de la Paix");
        info.putArray("urls").addObject().put("type", "linkedin").put("url", "https://www.linkedin.com/in/" + reference);
        p.putArray("skills").add(Json.object().put("name", "Java").put("type", "hard"))
                .add(Json.object().put("name", "SQL").put("type", "hard"));
        p.putArray("experiences").addObject().put("title", "Developer").put("company", "Acme")
                .put("date_start", "2020-01-01").putNull("date_end");
        return p;
    }

    private Map<String, Object> pull() {
        return Map.of("source_key", sandbox.source);
    }

    private List<String> failureLines(RunResult result) throws Exception {
        return result.failuresFile() == null ? List.of() : Files.readAllLines(Path.of(result.failuresFile()));
    }

    @Test
    void createWritesBatchesOfAtMostOneHundredOnlyTheRefusedRecordsFailAndADuplicateIsSkipped() throws Exception {
        sandbox.zoho.zoho.candidates().seed(Json.object().put("Last_Name", "Known").put("Email", "known@example.com"));
        for (int i = 0; i < 230; i++) {
            ObjectNode p = profile("hr-" + i, "First" + i, "Last" + i, "p" + i + "@example.com");
            if (i == 17 || i == 160) {
                // no name and no e-mail to stand in: the format refuses it (Zoho would want a Last_Name)
                ((ObjectNode) p.get("info")).putNull("last_name").putNull("first_name").putNull("email");
            }
            if (i == 101) {
                ((ObjectNode) p.get("info")).put("email", "KNOWN@example.com");
            }
            sandbox.hrflow.seedProfile(sandbox.source, p);
        }

        RunResult result = sandbox.run("create_profiles_in_zohorecruit", sandbox.flow("to-zoho").pullParameters(pull()));

        assertThat(result.status()).isEqualTo(Status.SUCCESS_WITH_FAILURES);
        assertThat(result.count(Event.READ_SUCCESS)).isEqualTo(230);
        assertThat(result.count(Event.FORMAT_FAILURE)).isEqualTo(2);
        assertThat(result.count(Event.WRITE_FAILURE)).isZero();
        assertThat(result.count(Event.WRITE_SKIPPED)).as("Zoho already has hr-101 (DUPLICATE_DATA)").isEqualTo(1);
        assertThat(result.count(Event.WRITE_SUCCESS)).isEqualTo(227);
        assertThat(sandbox.zoho.zoho.candidates().count()).isEqualTo(1 + 227);
        assertThat(sandbox.zoho.zoho.calls().count(RecruitModule.CANDIDATES, RecruitOperation.INSERT)).isEqualTo(3);
        assertThat(sandbox.zoho.zoho.calls().maxRecordsPerCall(RecruitModule.CANDIDATES, RecruitOperation.INSERT))
                .isEqualTo(100);
        List<String> failures = failureLines(result);
        assertThat(failures).hasSize(2);
        assertThat(failures).filteredOn(l -> l.contains("has no name")).hasSize(2);
        ObjectNode written = sandbox.zoho.zoho.candidates().findFirst("Email", "p5@example.com").orElseThrow();
        assertThat(written.path("Skill_Set").asText()).isEqualTo("Java, SQL");
        assertThat(written.path("Street").asText()).isEqualTo("12 rue de la Paix");
        assertThat(written.path("Experience_Details").get(0).path("I_currently_work_here").asBoolean()).isTrue();
    }

    @Test
    void updateWritesToTheRecordNamedByTheReferenceAndAForeignReferenceFailsAlone() throws Exception {
        List<String> ids = sandbox.zoho.zoho.candidates().seed(ZohoData.candidates(3, 9));
        for (String id : ids) {
            sandbox.hrflow.seedProfile(sandbox.source, profile(id, "New", "Name" + id, id + "@example.com"));
        }
        sandbox.hrflow.seedProfile(sandbox.source, profile("not-a-zoho-id", "A", "B", "ab@example.com"));

        RunResult result = sandbox.run("update_profiles_in_zohorecruit",
                sandbox.flow("update-zoho").pullParameters(pull()));

        assertThat(result.status()).isEqualTo(Status.SUCCESS_WITH_FAILURES);
        assertThat(result.count(Event.WRITE_FAILURE)).isEqualTo(1);
        assertThat(failureLines(result)).singleElement().asString().contains("INVALID_DATA");
        assertThat(sandbox.zoho.zoho.candidates().get(ids.get(1)).orElseThrow().path("Last_Name").asText())
                .isEqualTo("Name" + ids.get(1));
        RecordedRequest put = sandbox.zoho.zoho.recruitRequests().last("PUT", "/recruit/v2/Candidates").orElseThrow();
        assertThat(put.json().path("data").get(0).path("id").isTextual()).isTrue(); // never a lossy number
        assertThat(put.json().path("data").get(0).has("Full_Name")).isFalse();
    }

    @Test
    void archiveHookDeletesTheCandidateOfTheArchivedProfileWithoutWorkflowsWhenAsked() {
        List<String> ids = sandbox.zoho.zoho.candidates().seed(ZohoData.candidates(4, 9));
        String key = sandbox.hrflow.seedProfile(sandbox.source, profile(ids.get(2), "A", "B", "x@example.com")
                .put("archived_at", "2024-06-03T08:00:00+0000")).path("key").asText();

        RunResult result = sandbox.run("archive_profiles_in_zohorecruit", sandbox.flow("archive-zoho")
                .pullParameters(Map.of("source_key", sandbox.source, "profile_key", key))
                .pushParameters(Map.of("wf_trigger", false)));

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(sandbox.zoho.zoho.candidates().get(ids.get(2))).isEmpty();
        assertThat(sandbox.zoho.zoho.candidates().count()).isEqualTo(3);
        assertThat(sandbox.zoho.zoho.recruitRequests().last("DELETE", "/recruit/v2/Candidates").orElseThrow()
                .query().first("wf_trigger")).isEqualTo("false");
    }

    @Test
    void scheduledArchiveDeletesTheCandidatesOfArchivedProfilesOnlyInOneCall() {
        sandbox.hrflow.settings().storingIncludesArchived(true);
        List<String> ids = sandbox.zoho.zoho.candidates().seed(ZohoData.candidates(6, 9));
        for (int i = 0; i < ids.size(); i++) {
            ObjectNode p = profile(ids.get(i), "A", "B" + i, i + "@example.com");
            sandbox.hrflow.seedProfile(sandbox.source, i % 2 == 0 ? p.put("archived_at", "2024-06-03T08:00:00+0000") : p);
        }

        RunResult result = sandbox.run("archive_profiles_in_zohorecruit", sandbox.flow("archive-all")
                .pullParameters(pull()).incremental(true));

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.count(Event.WRITE_SUCCESS)).isEqualTo(3);
        assertThat(sandbox.zoho.zoho.candidates().all()).extracting(c -> c.path("id").asText())
                .containsExactlyInAnyOrder(ids.get(1), ids.get(3), ids.get(5));
        assertThat(sandbox.zoho.zoho.calls().count(RecruitModule.CANDIDATES, RecruitOperation.DELETE)).isEqualTo(1);
    }

    @Test
    void pushProfileListInsertsTheOneProfileWithTheV1Parameters() {
        String key = sandbox.hrflow.seedProfile(sandbox.source, profile("hr-1", "Ann", "Lee", "ann@example.com"))
                .path("key").asText();
        Map<String, Object> target = new HashMap<>(sandbox.zohoAuth());

        RunResult result = sandbox.run("push_profile_list", ActionRequest.builder("push-list")
                .originParameters(Map.of("api_secret", sandbox.apiKey, "api_user", SyncSandbox.API_USER,
                        "source_key", sandbox.source, "profile_key", key))
                .targetParameters(target));

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        ObjectNode candidate = sandbox.zoho.zoho.candidates().findFirst("Email", "ann@example.com").orElseThrow();
        assertThat(candidate.path("Last_Name").asText()).isEqualTo("Lee");
        assertThat(candidate.path("Skill_Set").asText()).isEqualTo("Java, SQL");
        assertThat(sandbox.zoho.zoho.recruitRequests().count("POST", "/recruit/v2/Candidates")).isEqualTo(1);
    }

    @Test
    void pushProfileOfTheFormerZohoConnectorUpsertsSoAReplayUpdatesInsteadOfDuplicating() {
        ObjectNode stored = sandbox.hrflow.seedProfile(sandbox.source, profile("hr-9", "Bo", "Ng", "bo@example.com"));
        Map<String, Object> target = Map.of("accounts_url", "https://accounts.zoho.eu",
                "client_id", sandbox.zoho.client.clientId(), "client_secret", sandbox.zoho.client.clientSecret(),
                "authorization_code", sandbox.code);
        ActionRequest.Builder request = ActionRequest.builder("push-one")
                .originParameters(Map.of("api_secret", sandbox.apiKey, "api_user", SyncSandbox.API_USER,
                        "source_key", sandbox.source, "profile_key", stored.path("key").asText()))
                .targetParameters(target);

        RunResult first = sandbox.run(sandbox.legacyZoho, "push_profile", request);
        RunResult second = sandbox.run(sandbox.legacyZoho, "push_profile", request);

        assertThat(List.of(first.status(), second.status())).containsOnly(Status.SUCCESS);
        assertThat(sandbox.zoho.zoho.candidates().count()).isEqualTo(1);
        ObjectNode candidate = sandbox.zoho.zoho.candidates().findFirst("Email", "bo@example.com").orElseThrow();
        assertThat(candidate.path("First_Name").asText()).isEqualTo("Bo");
        assertThat(candidate.path("Candidate_Owner").path("id").asText()).isEqualTo(sandbox.zoho.zoho.adminUserId());
        assertThat(sandbox.zoho.zoho.codeExchanges()).isEqualTo(1);
        assertThat(sandbox.zoho.zoho.accountsRequests().count(null, "/oauth/v2/auth")).isZero();
        assertThat(sandbox.zoho.zoho.recruitRequests().count(null, "/recruit/private*")).isZero();
    }

    @Test
    void pushProfileWithAnUnknownAccountsUrlStopsWithAClearMessage() {
        ObjectNode stored = sandbox.hrflow.seedProfile(sandbox.source, profile("hr-9", "Bo", "Ng", "bo@example.com"));

        RunResult result = sandbox.run(sandbox.legacyZoho, "push_profile", ActionRequest.builder("push-bad")
                .originParameters(Map.of("api_secret", sandbox.apiKey, "api_user", SyncSandbox.API_USER,
                        "source_key", sandbox.source, "profile_key", stored.path("key").asText()))
                .targetParameters(Map.of("accounts_url", "https://accounts.example.com", "client_id", "1000.X",
                        "client_secret", "s3cr3t-value", "authorization_code", "1000.code")));

        assertThat(result.status()).isEqualTo(Status.FATAL);
        assertThat(result.reason()).isEqualTo(Reason.WRITE_FAILURE);
        assertThat(String.join("\n", result.errors())).contains("https://accounts.zoho.eu")
                .doesNotContain("s3cr3t-value");
    }
}
