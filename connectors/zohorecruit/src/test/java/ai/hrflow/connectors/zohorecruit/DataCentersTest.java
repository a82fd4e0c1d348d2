package ai.hrflow.connectors.zohorecruit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.errors.AuthenticationException;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.api.spi.RunContext;
import ai.hrflow.connectors.runtime.state.InMemoryStateStore;
import ai.hrflow.connectors.emulators.zoho.DataCenter;
import ai.hrflow.connectors.emulators.zoho.ZohoClientCredentials;
import ai.hrflow.connectors.emulators.zoho.ZohoData;
import ai.hrflow.connectors.emulators.zoho.ZohoEmulator;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each data center's accounts server and Recruit host go together (contract §1). */
class DataCentersTest {

    private static RunContext contextFor(ZohoDataCenter dc, ZohoEmulator zoho) {
        return new RunContext("dc", "test", "Zoho Recruit", Optional.of(new InMemoryStateStore()),
                EndpointOverrides.of(Map.of(dc.accountsUrl(), zoho.accountsUrl(), dc.recruitUrl(), zoho.recruitUrl())),
                Clock.systemUTC());
    }

    @ParameterizedTest
    @EnumSource(ZohoDataCenter.class)
    void everyDataCenterGetsItsTokenFromItsAccountsServerAndReadsItsRecruitHost(ZohoDataCenter dc) {
        try (ZohoEmulator zoho = ZohoEmulator.builder().dataCenter(DataCenter.valueOf(dc.name())).start()) {
            assertThat(dc.accountsUrl()).isEqualTo(zoho.dataCenter().accountsUrl());
            assertThat(dc.recruitUrl()).isEqualTo(zoho.dataCenter().recruitUrl());
            zoho.candidates().seed(ZohoData.candidates(3, 1));
            ZohoClientCredentials client = zoho.registerClient();
            ZohoCredentials credentials = new ZohoCredentials(client.clientId(), client.clientSecret(),
                    zoho.issueAuthorizationCode(client.clientId()), null, dc);

            RecordsPage page = ZohoConnection.open(credentials, contextFor(dc, zoho), ZohoSandbox.FAST)
                    .list("Candidates", ListQuery.all(), 1, null);

            assertThat(page.records()).hasSize(3);
            assertThat(zoho.codeExchanges()).isEqualTo(1);
        }
    }

    @Test
    void aClientOfAnotherDataCenterIsToldToCheckTheAccountsUrl() {
        try (ZohoEmulator us = ZohoEmulator.builder().dataCenter(DataCenter.US).start()) {
            ZohoClientCredentials euClient = us.registerClient("1000.EUCLIENT", "eu-secret-value", DataCenter.EU);
            ZohoCredentials credentials = new ZohoCredentials(euClient.clientId(), euClient.clientSecret(),
                    "1000.code", null, ZohoDataCenter.US);

            assertThatThrownBy(() -> ZohoConnection.open(credentials, contextFor(ZohoDataCenter.US, us),
                    ZohoSandbox.FAST).list("Candidates", ListQuery.all(), 1, null))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("invalid_client").hasMessageContaining("https://accounts.zoho.com")
                    .hasMessageContaining("zoho_accounts_url").hasMessageNotContaining("eu-secret-value");
        }
    }

    @Test
    void urlsAreRecognisedWhateverTheirCaseSlashOrWhichOfTheTwoHostsTheyName() {
        assertThat(ZohoDataCenter.fromUrl("https://accounts.zohocloud.ca/")).contains(ZohoDataCenter.CA);
        assertThat(ZohoDataCenter.fromUrl("HTTPS://Recruit.Zoho.com.au")).contains(ZohoDataCenter.AU);
        assertThat(ZohoDataCenter.fromUrl("https://accounts.zoho.com")).contains(ZohoDataCenter.US);
        assertThat(ZohoDataCenter.fromUrl("https://accounts.zoho.com.cn")).contains(ZohoDataCenter.CN);
        assertThat(ZohoDataCenter.fromUrl("https://accounts.zoho.ca")).isEmpty();
        assertThat(ZohoDataCenter.fromUrl(null)).isEmpty();
        assertThat(ZohoDataCenter.EU.recruitApiUrl()).isEqualTo("https://recruit.zoho.eu/recruit/v2");
    }
}
