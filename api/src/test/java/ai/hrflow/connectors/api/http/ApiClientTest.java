package ai.hrflow.connectors.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.UnexpectedResponseException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiClientTest {
    private ScriptedServer server;
    private FakeTime time;
    private ApiClient client;

    @BeforeEach
    void start() throws Exception {
        server = ScriptedServer.start();
        time = FakeTime.advancing();
        client = TestClients.client(TestClients.settings(server, time)
                .baseUrl(server.baseUrl() + "/v1/").defaultHeader("X-API-KEY", "ask_0123456789abcdef")
                .userAgent("test-agent"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void getsJsonUnderTheBaseUrlWithDefaultHeaders() {
        server.enqueue(Reply.json(200, "{\"code\":200,\"data\":{\"key\":\"abc\"}}"));

        ApiResponse response = client.send(ApiRequest.get("/profile/indexing").query("source_key", "s1").build());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("data").path("key").asText()).isEqualTo("abc");
        assertThat(response.header("content-type")).hasValue("application/json");
        assertThat(response.attempts()).isEqualTo(1);
        RecordedRequest sent = server.onlyRequest();
        assertThat(sent.method()).isEqualTo("GET");
        assertThat(sent.path()).isEqualTo("/v1/profile/indexing");
        assertThat(sent.header("X-API-KEY")).isEqualTo("ask_0123456789abcdef");
        assertThat(sent.header("User-Agent")).isEqualTo("test-agent");
        assertThat(sent.header("Accept")).isEqualTo("application/json");
        assertThat(sent.body()).isEmpty();
    }

    @Test
    void postsJsonAndRequestHeadersOverrideDefaults() {
        server.enqueue(Reply.json(201, "{\"code\":201}"));

        client.send(ApiRequest.post("profile/indexing").header("X-API-KEY", "other")
                .jsonBody(Json.object().put("source_key", "s1").put("name", "Zoé")).build());

        RecordedRequest sent = server.onlyRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.header("Content-Type")).isEqualTo("application/json");
        assertThat(sent.header("X-API-KEY")).isEqualTo("other");
        assertThat(sent.json().path("name").asText()).isEqualTo("Zoé");
    }

    @Test
    void encodesQueryParametersOnceAndKeepsRepeatedValues() {
        server.enqueue(Reply.json(200, "{}"));

        client.send(ApiRequest.get("search?fixed=1")
                .query("criteria", "(Email:equals:a+b@x.com)")
                .query("word", "café & co/ok?")
                .queryAll("ids", List.of(1, 2))
                .query("skipped", null)
                .query("flag", true).build());

        RecordedRequest sent = server.onlyRequest();
        assertThat(sent.rawQuery()).isEqualTo("fixed=1&criteria=%28Email%3Aequals%3Aa%2Bb%40x.com%29"
                + "&word=caf%C3%A9%20%26%20co%2Fok%3F&ids=1&ids=2&flag=true");
        assertThat(sent.query().get("word")).containsExactly("café & co/ok?");
        assertThat(sent.query().get("ids")).containsExactly("1", "2");
        assertThat(sent.query()).doesNotContainKey("skipped");
    }

    @Test
    void absoluteTargetsIgnoreTheBaseUrl() {
        server.enqueue(Reply.json(200, "{}"));

        client.send(ApiRequest.get(server.url("/elsewhere/x")).build());

        assertThat(server.onlyRequest().path()).isEqualTo("/elsewhere/x");
    }

    @Test
    void sendsFormBodies() {
        server.enqueue(Reply.json(200, "{}"));

        client.send(ApiRequest.post("token").body(FormBody.builder().add("grant_type", "refresh_token")
                .add("note", "a b&c=d").add("none", null).build()).build());

        RecordedRequest sent = server.onlyRequest();
        assertThat(sent.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(sent.bodyString()).isEqualTo("grant_type=refresh_token&note=a+b%26c%3Dd");
        assertThat(sent.formValue("note")).isEqualTo("a b&c=d");
    }

    @Test
    void sendsMultipartWithAFileAndTextParts() {
        server.enqueue(Reply.json(201, "{}"));
        byte[] pdf = {'%', 'P', 'D', 'F', 0, (byte) 0xff, '\r', '\n'};

        client.send(ApiRequest.post("profile/parsing/file").body(MultipartBody.builder()
                .text("source_key", "s1").text("tags", "[{\"name\":\"x\"}]")
                .file("file", "cv \"1\".pdf", "application/pdf", pdf).build()).build());

        RecordedRequest sent = server.onlyRequest();
        String contentType = sent.header("Content-Type");
        assertThat(contentType).startsWith("multipart/form-data; boundary=");
        String boundary = contentType.substring(contentType.indexOf('=') + 1);
        String body = new String(sent.body(), StandardCharsets.ISO_8859_1);
        assertThat(body).startsWith("--" + boundary + "\r\n")
                .contains("Content-Disposition: form-data; name=\"source_key\"\r\n\r\ns1\r\n")
                .contains("name=\"tags\"\r\n\r\n[{\"name\":\"x\"}]\r\n")
                .contains("Content-Disposition: form-data; name=\"file\"; filename=\"cv %221%22.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n" + new String(pdf, StandardCharsets.ISO_8859_1) + "\r\n")
                .endsWith("--" + boundary + "--\r\n");
    }

    @Test
    void anErrorStatusIsAResponseNotAnException() {
        server.enqueue(Reply.json(400, "{\"code\":400,\"message\":\"Unable to find object: profile\"}"));

        ApiResponse response = client.send(ApiRequest.get("profile/indexing").build());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isSuccess()).isFalse();
        assertThat(response.json().path("message").asText()).contains("Unable to find object");
    }

    @Test
    void emptyBodyParsesAsMissingNode() {
        server.enqueue(Reply.status(204));

        assertThat(client.send(ApiRequest.get("x").build()).json().path("data").isMissingNode()).isTrue();
    }

    @Test
    void malformedJsonIsAClearExceptionWithAnExcerpt() {
        server.enqueue(Reply.text(200, "<html><body>502 Bad Gateway from proxy</body></html>"));
        ApiResponse response = client.send(ApiRequest.get("candidates").query("page", 2).build());

        assertThatThrownBy(response::json).isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("GET /v1/candidates answered HTTP 200 with a body that is not valid JSON")
                .hasMessageContaining("<html><body>502 Bad Gateway")
                .hasMessageNotContaining("page=2");
    }

    @Test
    void requestsAreImmutableAndToBuilderMakesVariants() {
        ApiRequest base = ApiRequest.post("candidates").query("a", 1).header("X-A", "1").build();
        ApiRequest variant = base.toBuilder().method(HttpMethod.PUT).query("a", 2).header("X-A", null).build();

        assertThat(base.query().get("a")).containsExactly("1");
        assertThat(base.headers()).containsEntry("x-a", "1");
        assertThat(base.isIdempotent()).isFalse();
        assertThat(variant.query().get("a")).containsExactly("1", "2");
        assertThat(variant.headers()).isEmpty();
        assertThat(variant.isIdempotent()).isTrue();
        assertThat(base.toBuilder().idempotent(true).build().isIdempotent()).isTrue();
        assertThatThrownBy(() -> ApiRequest.get("x").header("Content-Length", "3"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
