package ai.hrflow.connectors.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    @ParameterizedTest
    @ValueSource(strings = {"Authorization", "X-API-KEY", "x-api-key", "Cookie", "Set-Cookie", "access_token",
        "refresh_token", "client_secret", "code", "api_key", "api_secret", "token", "password", "accessToken",
        "X-Careers-Sites-Token", "id_token", "authorization_code", "Proxy-Authorization"})
    void secretLookingNames(String name) {
        assertThat(Redactor.isSensitiveName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-USER-EMAIL", "token_type", "expires_in", "client_id", "key", "source_key", "api_domain",
        "api", "authorization_url", "zip_code_hint", "Content-Type"})
    void ordinaryNames(String name) {
        assertThat(Redactor.isSensitiveName(name)).isFalse();
    }

    @Test
    void masksRegisteredSecretsRawEncodedAndEscaped() {
        Redactor redactor = new Redactor(List.of("p@ss word/\"x\""));

        assertThat(redactor.redact("raw p@ss word/\"x\" end")).isEqualTo("raw *** end");
        assertThat(redactor.redact("form p%40ss+word%2F%22x%22 end")).isEqualTo("form *** end");
        assertThat(redactor.redact("query p%40ss%20word%2F%22x%22 end")).isEqualTo("query *** end");
        assertThat(redactor.redact("{\"m\":\"p@ss word/\\\"x\\\"\"}")).isEqualTo("{\"m\":\"***\"}");
    }

    @Test
    void ignoresBlankSecretsAndMasksTheLongestFirst() {
        Redactor redactor = new Redactor();
        redactor.addSecret("");
        redactor.addSecret(null);
        redactor.addSecret("abcd");
        redactor.addSecret("abcd-efgh");

        assertThat(redactor.redact("x abcd-efgh y abcd z")).isEqualTo("x *** y *** z");
        assertThat(redactor.redact("nothing here")).isEqualTo("nothing here");
    }

    @Test
    void masksSecretQueryParametersInUrls() {
        Redactor redactor = new Redactor();
        String url = redactor.redactUrl(URI.create("https://h/oauth?code=1000.abc&client_id=cid&access_token=t0k&page=2"));

        assertThat(url).isEqualTo("https://h/oauth?code=***&client_id=cid&access_token=***&page=2");
    }

    @Test
    void masksJsonMembersByNameButKeepsErrorCodes() {
        Redactor redactor = new Redactor();
        String text = redactor.redact("{\"access_token\":\"1000.a\",\"refresh_token\" : \"1000.b\",\"expires_in\":3600,"
                + "\"password\":1234,\"code\":\"INVALID_TOKEN\",\"token_type\":\"Bearer\"}");

        assertThat(text).isEqualTo("{\"access_token\":\"***\",\"refresh_token\" : \"***\",\"expires_in\":3600,"
                + "\"password\":\"***\",\"code\":\"INVALID_TOKEN\",\"token_type\":\"Bearer\"}");
    }

    @Test
    void masksSecretsEchoedInsideJsonStrings() {
        Redactor redactor = new Redactor();
        String echoed = "{\"error\":\"bad input {\\\"password\\\":\\\"pw1\\\",\\\"name\\\":\\\"bo\\\"}\","
                + "\"form\":\"client_secret=cs1&grant_type=x\",\"q\":\"(token=t1)\"}";

        assertThat(redactor.redact(echoed)).doesNotContain("pw1", "cs1", "t1").contains("\\\"name\\\":\\\"bo\\\"")
                .contains("grant_type=x").contains("\\\"password\\\":\\\"***\\\"");
    }

    @Test
    void aSecretNameInsideALongerNameIsNotAParameter() {
        assertThat(new Redactor().redact("postcode=75001&mycode=1")).isEqualTo("postcode=75001&mycode=1");
    }

    @Test
    void masksCredentialsAfterAnAuthScheme() {
        Redactor redactor = new Redactor();

        assertThat(redactor.redact("sent Authorization: Bearer eyJhbGciOi.xyz and Zoho-oauthtoken 1000.aa.bb"))
                .isEqualTo("sent Authorization: Bearer *** and Zoho-oauthtoken ***");
    }

    @Test
    void copesWithLongBodies() {
        Redactor redactor = new Redactor(List.of("s3cret"));
        String big = "{\"note\":\"" + "a\\\"b ".repeat(50_000) + "\",\"token\":\"t\",\"x\":\"s3cret\"}";

        String out = redactor.redact(big);

        assertThat(out).endsWith("\"token\":\"***\",\"x\":\"***\"}").hasSize(big.length() - 1);
    }

    @Test
    void masksSecretHeadersAndKeepsEmails() {
        Redactor redactor = new Redactor();

        assertThat(redactor.redactHeaders(Map.of("X-API-KEY", "ask_1", "X-USER-EMAIL", "bob@example.com")))
                .containsEntry("X-API-KEY", "***").containsEntry("X-USER-EMAIL", "bob@example.com");
    }

    @Test
    void redactsJsonTreesWithoutChangingTheOriginal() {
        Redactor redactor = new Redactor(List.of("s3cret-value"));
        JsonNode original = Json.object().put("client_secret", "x").put("note", "has s3cret-value inside")
                .putNull("refresh_token").set("nested", Json.array().add(Json.object().put("api_key", "k")));

        JsonNode redacted = redactor.redactJson(original);

        assertThat(redacted.toString()).isEqualTo("{\"client_secret\":\"***\",\"note\":\"has *** inside\","
                + "\"refresh_token\":null,\"nested\":[{\"api_key\":\"***\"}]}");
        assertThat(original.path("client_secret").asText()).isEqualTo("x");
    }

    @Test
    void formBodiesMaskByNameIncludingCode() {
        Redactor redactor = new Redactor(List.of("the-secret"));
        FormBody form = FormBody.builder().add("grant_type", "authorization_code").add("code", "1000.c0de")
                .add("client_secret", "cs").add("note", "the-secret").build();

        assertThat(form.describe(redactor)).isEqualTo("grant_type=authorization_code&code=***&client_secret=***&note=***");
    }

    @Test
    void multipartDescriptionShowsFilesBySize() {
        MultipartBody body = MultipartBody.builder().text("source_key", "s1").text("token", "t")
                .file("file", "cv.pdf", "application/pdf", new byte[1234]).build();

        assertThat(body.describe(new Redactor())).isEqualTo("multipart[source_key=s1, token=***, file=<file cv.pdf, 1234 bytes>]");
    }

    @Test
    void credentialsAndSettingsNeverPrintSecrets() {
        OAuth2Credentials credentials = new OAuth2Credentials("cid", "client-secret-1", "code-1", "refresh-1", null);
        ApiClientSettings settings = ApiClientSettings.builder().secret("api-key-1").defaultHeader("X-API-KEY", "api-key-1")
                .build();

        assertThat(credentials.toString()).contains("cid").doesNotContain("client-secret-1", "code-1", "refresh-1");
        assertThat(settings.toString()).doesNotContain("api-key-1");
    }
}
