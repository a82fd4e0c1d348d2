package ai.hrflow.connectors.recruitee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.params.ParameterException;
import ai.hrflow.connectors.api.params.Parameters;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersAndTokensTest {
    private static Parameters v1(Object offerIds) {
        return RecruiteeParameters.V1_WRITE_PROFILE.bind(Json.MAPPER.valueToTree(Map.of("company_id", "acme",
                "api_token", "t", "recruitee_endpoint", "PRODUCTION ENDPOINT", "offer_ids", offerIds)));
    }

    @Test
    void offerIdsTakeOneIdOrAList() {
        assertThat(v1(699480).integers("offer_ids")).containsExactly(699480L);
        assertThat(v1("699480").integers("offer_ids")).containsExactly(699480L);
        assertThat(v1(List.of(699480, 698005)).integers("offer_ids")).containsExactly(699480L, 698005L);
        assertThatThrownBy(() -> v1(List.of("x"))).isInstanceOf(ParameterException.class)
                .hasMessageContaining("offer_ids");
    }

    @Test
    void oneOfferIdMayAlsoBeGivenAsOfferIdAsTheDescriptionSays() {
        Parameters single = RecruiteeParameters.V1_WRITE_PROFILE.bind(Map.of("company_id", "acme", "api_token", "t",
                "recruitee_endpoint", "PRODUCTION ENDPOINT", "offer_id", 699480));
        Parameters both = RecruiteeParameters.V1_WRITE_PROFILE.bind(Map.of("company_id", "acme", "api_token", "t",
                "recruitee_endpoint", "PRODUCTION ENDPOINT", "offer_id", "698005", "offer_ids", List.of(699480, 698005)));

        assertThat(RecruiteeParameters.v1OfferIds(single)).containsExactly(699480L);
        assertThat(RecruiteeParameters.v1OfferIds(both)).containsExactly(699480L, 698005L);
        assertThat(RecruiteeParameters.v1OfferIds(v1(699480))).containsExactly(699480L);
        assertThatThrownBy(() -> RecruiteeParameters.V1_WRITE_PROFILE.bind(Map.of("company_id", "acme",
                "api_token", "t", "recruitee_endpoint", "PRODUCTION ENDPOINT", "offer_id", List.of(1, 2))))
                .hasMessageContaining("offer_id: expected an integer");
    }

    @Test
    void endpointsMapToTheirRoots() {
        assertThat(RecruiteeAccount.from(v1(1)).endpoint().url()).isEqualTo("https://api.recruitee.com/c");
        Parameters staging = RecruiteeParameters.V1_WRITE_PROFILE.bind(Map.of("company_id", "1", "api_token", "t",
                "recruitee_endpoint", "STAGING ENDPOINT"));
        assertThat(RecruiteeAccount.from(staging).endpoint().url()).isEqualTo("https://api.s.recruitee.com/c");
        Parameters v2 = RecruiteeParameters.AUTH.bind(Map.of("company_id", "1", "api_token", "t"));
        assertThat(RecruiteeAccount.from(v2).endpoint()).isEqualTo(RecruiteeEndpoint.PRODUCTION);
        assertThatThrownBy(() -> RecruiteeParameters.V1_WRITE_PROFILE.bind(Map.of("company_id", "1",
                "api_token", "t", "recruitee_endpoint", "PROD"))).hasMessageContaining("STAGING ENDPOINT");
    }

    @Test
    void sweepTokensOrderByTimeThenIdAndRoundTrip() {
        SweepKey a = new SweepKey(Instant.parse("2024-03-01T09:00:00.123456Z"), 7);
        SweepKey b = new SweepKey(Instant.parse("2024-03-01T09:00:00.123456Z"), 8);

        assertThat(a.encode("created")).isEqualTo("v1;by=created;at=2024-03-01T09%3A00%3A00.123456Z;id=7");
        assertThat(SweepKey.decode(a.encode("created"), "created")).isEqualTo(a);
        assertThat(SweepKey.decode("2024-03-01T09:00:00.123456Z|7", "created")).as("former form").isEqualTo(a);
        assertThat(b.isAfter(a)).isTrue();
        assertThat(a.isAfter(b)).isFalse();
        assertThat(a.isAfter(null)).isTrue();
        assertThat(a.createdAfterFilter()).isEqualTo("2024-03-01T08:59:59");
        assertThatThrownBy(() -> SweepKey.decode("page=3", "created")).hasMessageContaining("state reset")
                .hasMessageContaining("expected v1;by=created;at=<ISO-8601 instant>;id=<Recruitee id>");
        assertThatThrownBy(() -> SweepKey.decode(a.encode("updated"), "created")).hasMessageContaining("state reset");
    }

    @Test
    void recruiteeTimesAreReadLeniently() {
        Instant t = Instant.parse("2024-03-01T09:00:00Z");
        assertThat(SweepKey.time("2024-03-01T09:00:00.000000Z")).contains(t);
        assertThat(SweepKey.time("2024-03-01T09:00:00")).contains(t);
        assertThat(SweepKey.time("2024-03-01T10:00:00+01:00")).contains(t);
        assertThat(SweepKey.time("yesterday")).isEmpty();
    }
}
