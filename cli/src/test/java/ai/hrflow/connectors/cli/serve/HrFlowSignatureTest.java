package ai.hrflow.connectors.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.emulators.hrflow.HrFlowWebhookSender;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HrFlowSignatureTest {
    private static final String SECRET = "whsec-test";
    private static final byte[] BODY = "{\"type\":\"profile.parsing.success\",\"profile\":{\"key\":\"k\"}}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void matchesAKnownHmacSha256HexDigest() {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), the usual published test vector.
        assertThat(HrFlowSignature.sign("key", "The quick brown fox jumps over the lazy dog"
                .getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    void acceptsTheSignatureTheHrFlowEmulatorSends() {
        String header = HrFlowWebhookSender.sign(SECRET, BODY);

        assertThat(HrFlowSignature.verify(SECRET, BODY, header)).isTrue();
        assertThat(HrFlowSignature.verify(SECRET, BODY, header.toUpperCase(Locale.ROOT))).isTrue();
    }

    @Test
    void refusesATamperedBody() {
        String header = HrFlowSignature.sign(SECRET, BODY);
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("\"k\"", "\"other\"")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(HrFlowSignature.verify(SECRET, tampered, header)).isFalse();
    }

    @Test
    void refusesASignatureMadeWithAnotherSecret() {
        assertThat(HrFlowSignature.verify(SECRET, BODY, HrFlowSignature.sign("another-secret", BODY))).isFalse();
    }

    @Test
    void refusesAMissingOrEmptyHeaderAndAMissingSecret() {
        assertThat(HrFlowSignature.verify(SECRET, BODY, null)).isFalse();
        assertThat(HrFlowSignature.verify(SECRET, BODY, "")).isFalse();
        assertThat(HrFlowSignature.verify("", BODY, "0".repeat(64))).isFalse();
    }
}
