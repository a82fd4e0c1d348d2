package ai.hrflow.connectors.zohorecruit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.params.Parameters;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.ReadOperation;
import ai.hrflow.connectors.api.spi.ReadRequest;
import ai.hrflow.connectors.api.spi.Reader;
import ai.hrflow.connectors.api.testing.CursorContract;
import ai.hrflow.connectors.emulators.server.Fault;
import ai.hrflow.connectors.emulators.server.FaultRule;
import ai.hrflow.connectors.emulators.server.RecordedRequest;
import ai.hrflow.connectors.emulators.zoho.RecruitModule;
import ai.hrflow.connectors.emulators.zoho.RecruitOperation;
import ai.hrflow.connectors.emulators.zoho.ZohoData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecordScanTest {
    private static String encoded(Instant at) {
        return at.toString().replace(":", "%3A");
    }

    private final ZohoSandbox sandbox = new ZohoSandbox();
    private final String refreshToken = sandbox.zoho.issueRefreshToken(sandbox.client.clientId());

    @AfterEach
    void close() {
        sandbox.close();
    }

    /** Candidate {@code i} created (and last modified) {@code minutesAgo} before the emulator's now. */
    private String seed(long i, long minutesAgo) {
        String at = ZohoRecruitClient.zohoTime(sandbox.clock.instant().minus(Duration.ofMinutes(minutesAgo)));
        ObjectNode c = ZohoData.candidate(i, 3).put("Created_Time", at).put("Modified_Time", at).put("Updated_On", at);
        return sandbox.zoho.candidates().seed(c);
    }

    private Reader open(Mode mode, Map<String, Object> pull, boolean incremental, String token) throws Exception {
        ReadOperation operation = ZohoRecruitWarehouse.read(ZohoModule.CANDIDATES, ZohoSandbox.FAST);
        Parameters auth = ZohoRecruitParameters.AUTH.bind(Map.of("client_id", sandbox.client.clientId(),
                "client_secret", sandbox.client.clientSecret(), "refresh_token", refreshToken));
        Parameters params = operation.criteria(mode).orElseThrow().bind(pull);
        return operation.open(new ReadRequest(mode, auth, params, incremental, token, sandbox.context()));
    }

    @Test
    void everyScanGoesOnFromAnyPageCursorWhenOpenedAnew() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            ids.add(seed(i, 100 - i / 150)); // three crowded minutes
        }
        for (int i = 0; i < 210; i++) {
            sandbox.zoho.candidates().delete(ids.get(i));
        }
        CursorContract.assertReopenable(() -> open(Mode.CREATE, Map.of(), true, null));
        CursorContract.assertReopenable(() -> open(Mode.CREATE, Map.of("sort_by", "Email"), false, null));
        CursorContract.assertReopenable(() -> open(Mode.ARCHIVE, Map.of(), true, null));
    }

    private List<ReadItem> read(Mode mode, Map<String, Object> pull, boolean incremental, String token,
            Runnable afterFirstPage) throws Exception {
        List<ReadItem> items = new ArrayList<>();
        position = null;
        try (Reader reader = open(mode, pull, incremental, token)) {
            String cursor = null;
            do {
                Page page = reader.read(cursor);
                items.addAll(page.items());
                for (ReadItem item : page.items()) {
                    position = item.token() != null ? item.token() : position;
                }
                position = page.token() != null ? page.token() : position;
                cursor = page.nextCursor();
                if (afterFirstPage != null) {
                    afterFirstPage.run();
                    afterFirstPage = null;
                }
            } while (cursor != null);
        }
        return items;
    }

    private static List<String> ids(List<ReadItem> items) {
        return items.stream().map(i -> i.data().path("id").asText()).toList();
    }

    /** The position the last read would commit once every item is done. */
    private String position;

    @Test
    void aRecordModifiedDuringTheScanIsReadAgainAndNoOtherRecordIsSkipped() throws Exception {
        List<String> seeded = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            seeded.add(seed(i, 1000 - i));
        }
        Runnable recruiterEditsARecordOfPageOne = () -> {
            sandbox.advance(Duration.ofMinutes(1));
            sandbox.zoho.candidates().modify(seeded.get(3), Json.object().put("City", "Lyon"));
        };

        List<ReadItem> items = read(Mode.CREATE, Map.of(), false, null, recruiterEditsARecordOfPageOne);

        // by position, page 2 would now start one record late and one record would never be read
        assertThat(new HashSet<>(ids(items))).containsExactlyInAnyOrderElementsOf(seeded);
        assertThat(ids(items)).filteredOn(seeded.get(3)::equals).hasSize(2);
        assertThat(items.get(items.size() - 1).data().path("City").asText()).isEqualTo("Lyon");
        assertThat(sandbox.zoho.calls().count(RecruitModule.CANDIDATES, RecruitOperation.GET)).isZero();
    }

    @Test
    void aSecondHoldingMoreThanAPageIsWalkedByPositionAndOnlyTheLastItemNamesIt() throws Exception {
        Set<String> seeded = new HashSet<>();
        for (int i = 0; i < 450; i++) {
            seeded.add(seed(i, 60));
        }

        List<ReadItem> items = read(Mode.CREATE, Map.of(), true, null, null);

        assertThat(ids(items)).hasSize(450).containsExactlyInAnyOrderElementsOf(seeded);
        assertThat(items.subList(0, 449)).allMatch(i -> i.token() == null);
        Instant second = sandbox.clock.instant().minus(Duration.ofMinutes(60));
        assertThat(items).allMatch(i -> i.token() == null);
        assertThat(position).isEqualTo("v1;by=modified;at=" + encoded(second) + ";created_after=" + encoded(second));
        // page 1, page 1 again (nothing new: walk on), then two steps each re-reading the anchor's page
        assertThat(sandbox.zoho.calls().count(RecruitModule.CANDIDATES, RecruitOperation.LIST)).isLessThanOrEqualTo(6);
    }

    @Test
    void createSendsRecordsCreatedSinceTheLastRunAndUpdateThoseModifiedEvenIfJustCreated() throws Exception {
        List<String> old = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            old.add(seed(i, 120 - i));
        }
        read(Mode.CREATE, Map.of(), true, null, null);
        String createToken = position;
        sandbox.advance(Duration.ofMinutes(1));
        String fresh = seed(100, 0);
        String freshThenEdited = seed(101, 0);
        sandbox.advance(Duration.ofMinutes(1));
        sandbox.zoho.candidates().modify(old.get(2), Json.object().put("City", "Lyon"));
        sandbox.zoho.candidates().modify(freshThenEdited, Json.object().put("City", "Nantes"));

        List<ReadItem> created = read(Mode.CREATE, Map.of(), true, createToken, null);
        String afterCreated = position;
        List<ReadItem> updated = read(Mode.UPDATE, Map.of(), true, null, null);

        // the reference's "never modified since created" test would miss freshThenEdited here
        assertThat(ids(created)).containsExactlyInAnyOrder(fresh, freshThenEdited);
        assertThat(ids(updated)).containsExactlyInAnyOrder(old.get(2), freshThenEdited);
        List<ReadItem> again = read(Mode.CREATE, Map.of(), true, afterCreated, null);
        assertThat(again).isEmpty();
    }

    @Test
    void theProjectionAlwaysCarriesTheTimesTheModeNeeds() throws Exception {
        seed(1, 10);
        seed(2, 5);

        List<ReadItem> items = read(Mode.CREATE, Map.of("fields", "Last_Name, Email"), false, null, null);

        assertThat(items).hasSize(2).allMatch(i -> i.data().has("Created_Time") && !i.data().has("City"));
        RecordedRequest list = sandbox.zoho.recruitRequests().filter("GET", "/recruit/v2/Candidates").get(0);
        assertThat(list.query().first("fields")).isEqualTo("Last_Name,Email,Created_Time,Updated_On");
        assertThat(list.query().first("sort_by")).isEqualTo("Updated_On");
    }

    @Test
    void aUserSortIsKeptInAFullRunWithoutTokensAndIgnoredInAnIncrementalOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            seed(i, 10 - i);
        }

        List<ReadItem> full = read(Mode.CREATE, Map.of("sort_by", "Email", "sort_order", "desc"), false, null, null);
        String sortOfFull = sandbox.zoho.recruitRequests().last("GET", "/recruit/v2/Candidates").orElseThrow()
                .query().first("sort_by");
        List<ReadItem> incremental = read(Mode.CREATE, Map.of("sort_by", "Email"), true, null, null);
        RecordedRequest last = sandbox.zoho.recruitRequests().last("GET", "/recruit/v2/Candidates").orElseThrow();

        assertThat(full).hasSize(5).allMatch(i -> i.token() == null);
        assertThat(sortOfFull).isEqualTo("Email");
        assertThat(incremental).hasSize(5);
        assertThat(last.query().first("sort_by")).isEqualTo("Updated_On");
        assertThat(last.query().first("sort_order")).isEqualTo("asc");
        assertThat(position).isNotNull();
    }

    @Test
    void onlyARecordListedWithoutItsTimesIsFetchedOnItsOwn() throws Exception {
        String id = seed(1, 10);
        String bare = "{\"data\":[{\"id\":\"" + id + "\",\"Last_Name\":\"Bare\"}],"
                + "\"info\":{\"count\":1,\"page\":1,\"per_page\":200,\"more_records\":false}}";
        sandbox.zoho.recruitFaults().add(FaultRule.on("GET", "/recruit/v2/Candidates").times(1)
                .then(Fault.status(200).withBody(bare)));

        List<ReadItem> items = read(Mode.CREATE, Map.of(), false, null, null);

        assertThat(items).singleElement().satisfies(i -> assertThat(i.data().has("Created_Time")).isTrue());
        assertThat(sandbox.zoho.calls().count(RecruitModule.CANDIDATES, RecruitOperation.GET)).isEqualTo(1);
    }

    @Test
    void archiveReadsDeletedRecordsAndSavesTheNewestDeletionOnTheLastPage() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(seed(i, 30));
        }
        for (int i = 0; i < 3; i++) {
            sandbox.advance(Duration.ofSeconds(10));
            sandbox.zoho.candidates().delete(ids.get(i));
        }

        List<ReadItem> first = read(Mode.ARCHIVE, Map.of(), true, null, null);
        String afterFirst = position;
        sandbox.advance(Duration.ofSeconds(10));
        sandbox.zoho.candidates().delete(ids.get(3));
        List<ReadItem> second = read(Mode.ARCHIVE, Map.of("type", "recycle"), true, afterFirst, null);

        assertThat(ids(first)).containsExactlyInAnyOrder(ids.get(0), ids.get(1), ids.get(2));
        assertThat(first).allMatch(i -> i.token() == null);
        assertThat(afterFirst).isEqualTo("v1;by=deleted;at=" + encoded(sandbox.clock.instant().minusSeconds(10)));
        assertThat(ids(second)).containsExactly(ids.get(3));
        assertThat(sandbox.zoho.recruitRequests().last("GET", "/recruit/v2/Candidates/deleted").orElseThrow()
                .query().first("type")).isEqualTo("recycle");
    }
}
