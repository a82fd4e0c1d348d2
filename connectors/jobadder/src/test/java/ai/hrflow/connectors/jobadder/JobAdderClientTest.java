package ai.hrflow.connectors.jobadder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.errors.NotFoundException;
import ai.hrflow.connectors.api.errors.ValidationException;
import ai.hrflow.connectors.api.position.TimePosition;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.RunContext;
import ai.hrflow.connectors.runtime.state.InMemoryStateStore;
import ai.hrflow.connectors.api.testing.CursorContract;
import ai.hrflow.connectors.emulators.jobadder.JobAdderData;
import ai.hrflow.connectors.emulators.jobadder.JobAdderEmulator;
import ai.hrflow.connectors.emulators.server.MutableClock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The API client and the scan against the emulator, outside any run. */
class JobAdderClientTest {
    private static final String REDIRECT = "https://app.example.com/cb";
    private JobAdderEmulator ja = JobAdderEmulator.builder().clock(MutableClock.fixed(JobAdderTestEnv.T0)).start();
    private JobAdderClient client = open();

    @AfterEach
    void close() {
        ja.close();
    }

    private JobAdderClient open() {
        ja.addClient("client", "secret", REDIRECT);
        JobAdderCredentials credentials = new JobAdderCredentials("https://id.jobadder.com/connect/authorize",
                "client", "secret", ja.issueCode("client", REDIRECT), REDIRECT, null);
        RunContext context = RunContext.standalone("client-test").withCredentialStore(new InMemoryStateStore())
                .withEndpoints(EndpointOverrides.of(Map.of("https://id.jobadder.com", ja.idUrl())));
        return JobAdderConnection.open(credentials, context);
    }

    @Test
    void theApiBaseComesFromTheTokenResponse() {
        assertThat(client.apiBase()).isEqualTo(ja.apiUrl());
        assertThat(ja.idRequests().count("POST", "/connect/token")).isEqualTo(1);
    }

    @Test
    void listsFollowLinksNextToTheLastPage() {
        ja.seedCandidates(JobAdderData.candidates(5, 1));

        ListPage first = client.list(JobAdderResource.CANDIDATES, ListQuery.of(2));
        ListPage second = client.next(first);
        ListPage third = client.next(second);

        assertThat(first.totalCount()).isEqualTo(5);
        assertThat(first.items()).hasSize(2);
        assertThat(third.items()).hasSize(1);
        assertThat(third.hasNext()).isFalse();
        assertThat(ja.requests().last("GET", "/v2/candidates").orElseThrow().query().first("offset")).isEqualTo("4");
    }

    @Test
    void aNextLinkOutsideTheApiIsNotFollowed() {
        ListPage forged = new ListPage(List.of(Json.object()), 2, "https://evil.example.com/v2/candidates?offset=1",
                null);

        assertThatThrownBy(() -> client.next(forged)).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("outside the API");
    }

    @Test
    void getCreateUpdateAndTheirErrors() {
        ObjectNode created = client.createCandidate(Json.object().put("firstName", "Ada").put("lastName", "L")
                .put("email", "ada@example.com"), null);
        long id = created.path("candidateId").asLong();
        client.updateCandidate(id, Json.object().put("summary", "updated"));

        assertThat(client.get(JobAdderResource.CANDIDATES, id).orElseThrow().path("summary").asText()).isEqualTo("updated");
        assertThat(client.get(JobAdderResource.CANDIDATES, 99999)).isEmpty();
        assertThat(client.candidatesWithEmail("ADA@example.com")).hasSize(1);
        assertThatThrownBy(() -> client.createCandidate(Json.object().put("firstName", "Ada").put("lastName", "M")
                .put("email", "ada@example.com"), null))
                .isInstanceOfSatisfying(DuplicateCandidateException.class, e -> {
                    assertThat(e.existingCandidateId()).isEqualTo(id);
                    assertThat(e.overrideCode()).isNotBlank();
                    assertThat(e.getMessage()).doesNotContain(e.overrideCode());
                });
        assertThatThrownBy(() -> client.createCandidate(Json.object().put("email", "x@example.com"), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.field()).containsExactly("firstName", "lastName"));
        assertThatThrownBy(() -> client.updateCandidate(99999, Json.object().put("summary", "x")))
                .isInstanceOf(NotFoundException.class);
        assertThat(ja.requests().filter("POST", "/v2/candidates")).extracting(r -> r.header("X-Allow-Duplicates"))
                .containsOnlyNulls();
    }

    @Test
    void theOverrideCodeOfA409CreatesTheDuplicateAndTrueDoesNot() {
        ObjectNode ada = Json.object().put("firstName", "Ada").put("lastName", "L").put("email", "ada@example.com");
        client.createCandidate(ada, null);
        String code = catchThrowableOfType(DuplicateCandidateException.class, () -> client.createCandidate(ada, null))
                .overrideCode();

        assertThatThrownBy(() -> client.createCandidate(ada, "true")).isInstanceOf(DuplicateCandidateException.class);
        assertThat(client.createCandidate(ada, code).path("candidateId").asLong()).isPositive();
        assertThat(ja.candidatesWithEmail("ada@example.com")).hasSize(2);
    }

    @Test
    void validationErrorsAnswered422Or400AreFieldErrors() {
        for (int status : new int[] {422, 400}) {
            ja.settings().validationStatus(status);
            assertThatThrownBy(() -> client.createCandidate(Json.object().put("firstName", "A")
                    .put("lastName", "B").put("email", "not-an-email"), null))
                    .as("HTTP %s", status)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                            .extracting(f -> f.field()).containsExactly("email"));
        }
    }

    @Test
    void aScanWhoseLastSecondIsNotOverOnTheServerSavesTheKeysReadInIt() throws Exception {
        ja.close();
        Instant future = Instant.parse("2100-01-01T00:00:00Z"); // JobAdder's Date header is still in the present
        ja = JobAdderEmulator.builder().clock(MutableClock.fixed(future)).start();
        client = open();
        ja.seedCandidate(Json.object().put("firstName", "A").put("lastName", "B"));
        ja.seedCandidate(Json.object().put("firstName", "C").put("lastName", "D"));

        TimeScan scan = new TimeScan(client, JobAdderResource.CANDIDATES, TimeScan.Selection.ALL, ListQuery.of(10), null);
        Page page = scan.read(null);

        assertThat(page.isLast()).isTrue();
        assertThat(page.items()).hasSize(2).allMatch(i -> i.token() == null); // a tie, and its second not over
        List<String> ids = page.items().stream().map(i -> i.data().path("candidateId").asText()).toList();
        assertThat(page.token()).isEqualTo(TimePosition.within("updated", future, ids).encode());
    }

    @Test
    void aScanGoesOnFromAnyPageCursorWhenOpenedAnew() throws Exception {
        ja.seedCandidates(JobAdderData.candidates(250, 11));
        for (TimeScan.Selection selection : TimeScan.Selection.values()) {
            CursorContract.assertReopenable(() -> new TimeScan(client, JobAdderResource.CANDIDATES, selection,
                    ListQuery.of(60), null));
        }
    }

    @Test
    void anIncrementalScanSkipsWhatTheTokenCoversWhateverTheComparisonSemantics() throws Exception {
        ja.seedCandidate(Json.object().put("firstName", "Old").put("lastName", "X").put("createdAt", "2024-01-01T00:00:00Z")
                .put("updatedAt", "2024-01-01T00:00:05Z"));
        ja.seedCandidate(Json.object().put("firstName", "New").put("lastName", "Y").put("createdAt", "2024-01-01T00:00:00Z")
                .put("updatedAt", "2024-01-01T00:00:06Z"));

        for (boolean inclusive : new boolean[] {false, true}) {
            ja.settings().inclusiveComparisons(inclusive);
            List<ReadItem> items = readAll(new TimeScan(client, JobAdderResource.CANDIDATES, TimeScan.Selection.UPDATED,
                    ListQuery.of(10), "updated_after=2024-01-01T00:00:05Z"));

            assertThat(items).as("inclusive %s", inclusive).extracting(i -> i.data().path("firstName").asText())
                    .containsExactly("New");
        }
    }

    private static List<ReadItem> readAll(TimeScan scan) throws Exception {
        List<ReadItem> all = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < 100; i++) {
            Page page = scan.read(cursor);
            all.addAll(page.items());
            if (page.isLast()) {
                return all;
            }
            cursor = page.nextCursor();
        }
        throw new AssertionError("the scan did not end");
    }
}
