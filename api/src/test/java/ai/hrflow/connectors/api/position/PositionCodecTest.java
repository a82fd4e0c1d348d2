package ai.hrflow.connectors.api.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.errors.ConnectorException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PositionCodecTest {
    private static final Instant AT = Instant.parse("2024-05-02T08:15:00Z");

    @Test
    void fieldsRoundTripInOrderWithAnyCharacter() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("by", "updated");
        fields.put("odd", "a;b=c,d %e|é");
        String token = PositionCodec.encode(fields);

        assertThat(token).startsWith("v1;by=updated;odd=");
        assertThat(PositionCodec.decode(token, "X", "v1;...")).containsExactlyEntriesOf(fields);
    }

    @Test
    void timePositionsRoundTripWithAndWithoutKeys() {
        TimePosition complete = TimePosition.through("modified", AT).withExtra("created_after", AT.toString());
        TimePosition partial = TimePosition.within("updated", AT, List.of("k1", "key,with,commas", "50%"));

        assertThat(complete.encode())
                .isEqualTo("v1;by=modified;at=2024-05-02T08%3A15%3A00Z;created_after=2024-05-02T08%3A15%3A00Z");
        assertThat(decode(complete.encode(), "modified")).isEqualTo(complete);
        assertThat(decode(partial.encode(), "updated")).isEqualTo(partial);
        assertThat(decode(TimePosition.within("updated", AT, List.of()).encode(), "updated").keys()).isEmpty();
        assertThat(decode(null, "updated")).isNull();
        assertThat(decode("  ", "updated")).isNull();
    }

    @Test
    void anotherVersionIsRefusedAsWrittenByANewerOne() {
        assertThatThrownBy(() -> decode("v2;by=updated;at=2024-05-02T08:15:00Z", "updated"))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("written in form v2").hasMessageContaining("newer version");
    }

    @Test
    void badInputNamesTheExpectedFormAndTheWayOut() {
        for (String bad : List.of("garbage", "v1;by=updated;at=yesterday", "v1;by=updated;at=2024-05-02T08:15:00Z;x=1",
                "v1;by=created;at=2024-05-02T08:15:00Z", "v1;by", "v1;by=updated;at=%zz")) {
            assertThatThrownBy(() -> decode(bad, "updated")).as(bad).isInstanceOf(ConnectorException.class)
                    .hasMessageContaining("is not a position of a Test API read")
                    .hasMessageContaining("expected v1;by=updated;at=<ISO-8601 instant>")
                    .hasMessageContaining("state reset");
        }
    }

    @Test
    void tokensOfTheOldPerConnectorFormatsAreMigrated() {
        assertThat(decode("modified_after=2024-05-02T08:15:00Z;created_after=2024-05-01T00:00:00Z", "modified"))
                .isEqualTo(TimePosition.through("modified", AT).withExtra("created_after", "2024-05-01T00:00:00Z"));
        assertThat(decode("created_after=2024-05-02T08:15:00Z", "created"))
                .isEqualTo(TimePosition.through("created", AT));
        assertThat(TimePosition.decode("2024-05-02T08:15:00Z|k1,k2", "HrFlow", "updated", List.of(),
                t -> LegacyPositions.keysForm(t, "updated")))
                .isEqualTo(TimePosition.within("updated", AT, List.of("k1", "k2")));
        assertThatThrownBy(() -> decode("updated_after=2024-05-02T08:15:00Z", "created"))
                .isInstanceOf(ConnectorException.class).hasMessageContaining("expected v1;by=created");
    }

    private static TimePosition decode(String token, String by) {
        return TimePosition.decode(token, "Test API", by, List.of("created_after"), LegacyPositions::afterForm);
    }
}
