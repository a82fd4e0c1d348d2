package ai.hrflow.connectors.zohorecruit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.AuthenticationException;
import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.emulators.server.Fault;
import ai.hrflow.connectors.emulators.server.RecordedRequest;
import ai.hrflow.connectors.emulators.zoho.RecruitModule;
import ai.hrflow.connectors.emulators.zoho.RecruitOperation;
import ai.hrflow.connectors.emulators.zoho.ZohoData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ZohoRecruitClientTest {
    private final ZohoSandbox sandbox = new ZohoSandbox();

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void listsPageByPageWithEveryReadParameterAsZohoSpellsIt() {
        sandbox.zoho.candidates().seed(ZohoData.candidates(450, 7));
        ZohoRecruitClient client = sandbox.open(sandbox.withCode());
        ListQuery query = new ListQuery(List.of("Last_Name", "Email"), "Email", "asc", 12L, 34L, true, "save",
                "both", "true");

        RecordsPage first = client.list("Candidates", query, 1, null);
        RecordsPage third = client.list("Candidates", query, 3, null);
        RecordsPage beyond = client.list("Candidates", query, 4, null);

        assertThat(first.records()).hasSize(200);
        assertThat(first.moreRecords()).isTrue();
        assertThat(third.records()).hasSize(50);
        assertThat(third.moreRecords()).isFalse();
        assertThat(beyond.records()).isEmpty(); // 204, no body
        RecordedRequest sent = sandbox.zoho.recruitRequests().filter("GET", "/recruit/v2/Candidates").get(0);
        assertThat(sent.query().first("fields")).isEqualTo("Last_Name,Email");
        assertThat(sent.query().first("$state")).isEqualTo("save");
        assertThat(sent.query().first("include_child")).isEqualTo("true");
        assertThat(sent.query().first("per_page")).isEqualTo("200");
        assertThat(sent.query().first("cvid")).isEqualTo("12");
        assertThat(sent.header("Authorization")).startsWith("Zoho-oauthtoken ");
        assertThat(sandbox.zoho.codeExchanges()).isEqualTo(1);
    }

    @Test
    void bulkInsertMapsEachRecordsResultBackToItsPosition() {
        sandbox.zoho.candidates().seed(Json.object().put("Last_Name", "Taken").put("Email", "taken@example.com"));
        ZohoRecruitClient client = sandbox.open(sandbox.withCode());
        List<ObjectNode> batch = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            batch.add(Json.object().put("Last_Name", "L" + i).put("Email", "c" + i + "@example.com"));
        }
        batch.set(10, Json.object().put("First_Name", "No last name"));
        batch.set(42, Json.object().put("Last_Name", "Dup").put("Email", "TAKEN@example.com"));

        List<RecordResult> results = client.insert("Candidates", batch);

        assertThat(results).hasSize(100);
        assertThat(results.get(10).code()).isEqualTo("MANDATORY_NOT_FOUND");
        assertThat(results.get(10).describe()).contains("Last_Name");
        assertThat(results.get(42).code()).isEqualTo("DUPLICATE_DATA");
        assertThat(results.get(42).describe()).contains("Email");
        assertThat(results.stream().filter(RecordResult::isSuccess)).hasSize(98);
        assertThat(results.get(0).id()).isNotBlank();
        assertThat(sandbox.zoho.candidates().count()).isEqualTo(99);
        assertThat(sandbox.zoho.calls().count(RecruitModule.CANDIDATES, RecruitOperation.INSERT)).isEqualTo(1);
    }

    @Test
    void refusesMoreThanOneHundredRecordsBeforeSendingAnything() {
        ZohoRecruitClient client = sandbox.open(sandbox.withCode());
        List<ObjectNode> batch = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            batch.add(Json.object().put("Last_Name", "L" + i));
        }
        assertThatThrownBy(() -> client.insert("Candidates", batch)).isInstanceOf(IllegalArgumentException.class);
        assertThat(sandbox.zoho.recruitRequests().count("POST", "*")).isZero();
    }

    @Test
    void deleteSendsIdsAndALowerCaseWorkflowFlag() {
        List<String> ids = sandbox.zoho.candidates().seed(ZohoData.candidates(3, 1));
        ZohoRecruitClient client = sandbox.open(sandbox.withCode());

        List<RecordResult> results = client.delete("Candidates", List.of(ids.get(0), "999999999999999999"), false);

        assertThat(results.get(0).isSuccess()).isTrue();
        assertThat(results.get(1).isSuccess()).isFalse();
        assertThat(results.get(1).code()).isEqualTo("INVALID_DATA");
        RecordedRequest sent = sandbox.zoho.recruitRequests().last("DELETE", "/recruit/v2/Candidates").orElseThrow();
        assertThat(sent.query().first("wf_trigger")).isEqualTo("false");
        assertThat(sandbox.zoho.candidates().deleted()).hasSize(1);
    }

    @Test
    void rateLimitWithoutRetryAfterIsRetriedWithBackoff() {
        sandbox.zoho.candidates().seed(ZohoData.candidates(5, 1));
        ZohoRecruitClient client = sandbox.open(sandbox.withCode());
        sandbox.zoho.recruitFaults().next(3, "GET", "/recruit/v2/Candidates", Fault.status(429));

        RecordsPage page = client.list("Candidates", ListQuery.all(), 1, null);

        assertThat(page.records()).hasSize(5);
        assertThat(sandbox.zoho.recruitRequests().count("GET", "/recruit/v2/Candidates")).isEqualTo(4);
    }

    @Test
    void anExpiredAccessTokenIsRefreshedOnceAndTheCallReplayed() {
        sandbox.zoho.candidates().seed(ZohoData.candidates(5, 1));
        ZohoRecruitClient client = sandbox.open(sandbox.withCode());
        client.list("Candidates", ListQuery.all(), 1, null);
        sandbox.advance(Duration.ofHours(2)); // the emulator's token dies; our clock still believes in it

        RecordsPage page = client.list("Candidates", ListQuery.all(), 1, null);

        assertThat(page.records()).hasSize(5);
        assertThat(sandbox.zoho.refreshes()).isEqualTo(1);
        assertThat(sandbox.zoho.codeExchanges()).isEqualTo(1);
    }

    @Test
    void theRefreshTokenFromTheCodeIsSavedSoTheNextConnectionNeedsNoExchange() {
        sandbox.zoho.candidates().seed(ZohoData.candidates(2, 1));
        ZohoCredentials credentials = sandbox.withCode();
        sandbox.open(credentials).list("Candidates", ListQuery.all(), 1, null);
        sandbox.advance(Duration.ofHours(2)); // the saved access token is dead by the emulator's clock

        RecordsPage page = sandbox.open(credentials).list("Candidates", ListQuery.all(), 1, null);

        assertThat(page.records()).hasSize(2);
        assertThat(sandbox.zoho.codeExchanges()).isEqualTo(1);
        assertThat(sandbox.store.loadCredentials(credentials.credentialKey())).isPresent();
        assertThat(sandbox.store.loadCredentials(credentials.credentialKey()).orElseThrow().toString())
                .doesNotContain(sandbox.client.clientSecret());
    }

    @Test
    void aSpentCodeIsAClearFatalCredentialsError() {
        ZohoCredentials credentials = sandbox.withCode();
        ZohoRecruitClient first = ZohoConnection.open(credentials, sandbox.context().withCredentialStore(null),
                ZohoSandbox.FAST);
        first.list("Candidates", ListQuery.all(), 1, null);
        ZohoRecruitClient second = ZohoConnection.open(credentials, sandbox.context().withCredentialStore(null),
                ZohoSandbox.FAST);

        assertThatThrownBy(() -> second.list("Candidates", ListQuery.all(), 1, null))
                .isInstanceOf(AuthenticationException.class)
                .satisfies(e -> assertThat(((ConnectorException) e).isFatal()).isTrue())
                .hasMessageContaining("invalid_code")
                .hasMessageContaining("generate a new grant code")
                .hasMessageNotContaining(credentials.authorizationCode())
                .hasMessageNotContaining(credentials.clientSecret());
    }

    @Test
    void aRevokedRefreshTokenIsAClearFatalCredentialsError() {
        String refresh = sandbox.zoho.issueRefreshToken(sandbox.client.clientId());
        sandbox.zoho.revokeRefreshToken(refresh);
        ZohoCredentials credentials = new ZohoCredentials(sandbox.client.clientId(), sandbox.client.clientSecret(),
                null, refresh, ZohoDataCenter.EU);

        assertThatThrownBy(() -> sandbox.open(credentials).list("Candidates", ListQuery.all(), 1, null))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("refresh token is unknown or was revoked")
                .hasMessageNotContaining(refresh);
    }

    @Test
    void aWrongClientSecretSaysWhichParametersToCheck() {
        ZohoCredentials credentials = new ZohoCredentials(sandbox.client.clientId(), "wrong-secret",
                sandbox.zoho.issueAuthorizationCode(sandbox.client.clientId()), null, ZohoDataCenter.EU);

        assertThatThrownBy(() -> sandbox.open(credentials).list("Candidates", ListQuery.all(), 1, null))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("invalid_client")
                .hasMessageContaining("zoho_accounts_url")
                .hasMessageNotContaining("wrong-secret");
    }

    @Test
    void aWrongClientSecretIsReportedEvenWhileTheSavedAccessTokenIsStillValid() {
        sandbox.open(sandbox.withCode()).list("Candidates", ListQuery.all(), 1, null); // saves the grant
        ZohoCredentials wrong = new ZohoCredentials(sandbox.client.clientId(), "wrong-secret", null, null,
                ZohoDataCenter.EU);
        ZohoCredentials right = new ZohoCredentials(sandbox.client.clientId(), sandbox.client.clientSecret(), null,
                null, ZohoDataCenter.EU);

        assertThatThrownBy(() -> sandbox.open(wrong).list("Candidates", ListQuery.all(), 1, null))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("invalid_client")
                .hasMessageNotContaining("wrong-secret");
        int callsBefore = sandbox.zoho.recruitRequests().count("GET", "/recruit/v2/Candidates");
        sandbox.open(right).list("Candidates", ListQuery.all(), 1, null);

        assertThat(sandbox.zoho.recruitRequests().count("GET", "/recruit/v2/Candidates")).isEqualTo(callsBefore + 1);
        assertThat(sandbox.store.loadCredentials(right.credentialKey()).orElseThrow().toString())
                .doesNotContain(sandbox.client.clientSecret()).contains("secret_check");
    }
}
