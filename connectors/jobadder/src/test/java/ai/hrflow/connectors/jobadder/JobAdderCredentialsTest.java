package ai.hrflow.connectors.jobadder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.errors.CredentialsException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobAdderCredentialsTest {

    private static JobAdderCredentials withUrl(String url) {
        return new JobAdderCredentials(url, "client", "secret", "code", "https://app.example.com/cb", null);
    }

    @Test
    void theTokenEndpointComesFromEitherUrlTheUserGives() {
        assertThat(withUrl("https://id.jobadder.com/connect/token").tokenUrl())
                .isEqualTo("https://id.jobadder.com/connect/token");
        assertThat(withUrl("https://id.jobadder.com/connect/authorize?response_type=code&client_id=client&scope=read")
                .tokenUrl()).isEqualTo("https://id.jobadder.com/connect/token");
        assertThat(withUrl("https://id.jobadder.com/").tokenUrl()).isEqualTo("https://id.jobadder.com/connect/token");
        assertThat(withUrl("https://proxy.example.com/jobadder/oauth2/token").tokenUrl())
                .isEqualTo("https://proxy.example.com/jobadder/oauth2/token");
        assertThat(withUrl("http://127.0.0.1:8080/connect/authorize").tokenUrl())
                .isEqualTo("http://127.0.0.1:8080/connect/token");
    }

    @Test
    void plainHttpToARemoteHostOrANonUrlIsRefused() {
        assertThatThrownBy(() -> withUrl("http://id.jobadder.com/connect/token").tokenUrl())
                .isInstanceOf(CredentialsException.class).hasMessageContaining("https");
        assertThatThrownBy(() -> withUrl("id.jobadder.com").tokenUrl()).isInstanceOf(CredentialsException.class);
        assertThatThrownBy(() -> withUrl("ftp://id.jobadder.com").tokenUrl()).isInstanceOf(CredentialsException.class);
    }

    @Test
    void aCodeNeedsItsRedirectUri() {
        Map<String, Object> auth = new HashMap<>(Map.of("client_id", "c", "client_secret", "s",
                "authorization_code", "abc"));

        assertThatThrownBy(() -> JobAdderCredentials.fromParameters(JobAdderParameters.AUTH.bind(auth)))
                .isInstanceOf(CredentialsException.class).hasMessageContaining("redirect_uri");
        auth.put("redirect_uri", "https://app.example.com/cb");
        assertThat(JobAdderCredentials.fromParameters(JobAdderParameters.AUTH.bind(auth)).tokenUrl())
                .isEqualTo(JobAdderCredentials.DEFAULT_AUTHORIZATION_URL);
    }

    @Test
    void theCredentialKeyHoldsNoSecretAndSeparatesAuthorizations() {
        JobAdderCredentials a = new JobAdderCredentials("https://id.jobadder.com", "client", "secret-value",
                "code-one-123", "https://app.example.com/cb", null);
        JobAdderCredentials b = new JobAdderCredentials("https://id.jobadder.com", "client", "secret-value",
                "code-two-456", "https://app.example.com/cb", null);

        assertThat(a.credentialKey()).startsWith("jobadder:client:").doesNotContain("code-one").doesNotContain("secret");
        assertThat(a.credentialKey()).isNotEqualTo(b.credentialKey());
        assertThat(a.credentialKey()).isEqualTo(new JobAdderCredentials("https://other", "client", "changed-secret",
                "code-one-123", null, null).credentialKey());
        assertThat(a.toString()).doesNotContain("secret-value").doesNotContain("code-one-123");
    }
}
