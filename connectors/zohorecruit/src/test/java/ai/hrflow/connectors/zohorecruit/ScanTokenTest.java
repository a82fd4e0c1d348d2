package ai.hrflow.connectors.zohorecruit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.errors.ConnectorException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScanTokenTest {
    private static final Instant T1 = Instant.parse("2024-06-03T08:00:01Z");
    private static final Instant T2 = T1.plusSeconds(1);

    @Test
    void tokensRoundTripAndForeignOnesAreRefusedWithAHint() {
        ScanToken token = new ScanToken(ScanToken.MODIFIED, T1, T2);
        assertThat(ScanToken.parse(token.format(), ScanToken.MODIFIED)).isEqualTo(token);
        assertThat(ScanToken.parse(null, ScanToken.MODIFIED)).isNull();
        assertThatThrownBy(() -> ScanToken.parse(token.format(), ScanToken.DELETED))
                .isInstanceOf(ConnectorException.class).hasMessageContaining("state reset");
        assertThatThrownBy(() -> ScanToken.parse("42", ScanToken.MODIFIED)).isInstanceOf(ConnectorException.class);
    }
}
