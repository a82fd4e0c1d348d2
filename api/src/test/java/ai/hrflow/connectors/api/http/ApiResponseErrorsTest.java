package ai.hrflow.connectors.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.errors.ApiFailure;
import ai.hrflow.connectors.api.errors.AuthenticationException;
import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.errors.CredentialsException;
import ai.hrflow.connectors.api.errors.FailedCall;
import ai.hrflow.connectors.api.errors.FieldError;
import ai.hrflow.connectors.api.errors.NotFoundException;
import ai.hrflow.connectors.api.errors.RateLimitedException;
import ai.hrflow.connectors.api.errors.RetriableApiException;
import ai.hrflow.connectors.api.errors.ServerException;
import ai.hrflow.connectors.api.errors.UnexpectedResponseException;
import ai.hrflow.connectors.api.errors.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiResponseErrorsTest {
    private static final String API_KEY = "ask_5e3f0c9a1b2d4e6f8a0b1c2d3e4f5a6b";

    private ScriptedServer server;
    private ApiClient client;

    @BeforeEach
    void start() throws Exception {
        server = ScriptedServer.start();
        client = TestClients.client(TestClients.settings(server, FakeTime.advancing()).maxAttempts(1)
                .defaultHeader("X-API-KEY", API_KEY).secret(API_KEY));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ConnectorException failure(int status, String body) {
        server.enqueue(Reply.json(status, body));
        ApiResponse response = client.send(ApiRequest.get("/v1/profile/indexing").query("key", "k1")
                .query("api_key", API_KEY).build());
        return org.assertj.core.api.Assertions.catchThrowableOfType(ConnectorException.class, response::requireSuccess);
    }

    @ParameterizedTest
    @CsvSource({
        "401, ai.hrflow.connectors.api.errors.AuthenticationException, true, credentials were refused",
        "403, ai.hrflow.connectors.api.errors.AuthenticationException, true, not allowed to do this",
        "404, ai.hrflow.connectors.api.errors.NotFoundException, false, Check the id or key",
        "400, ai.hrflow.connectors.api.errors.ValidationException, false, refused the data",
        "422, ai.hrflow.connectors.api.errors.ValidationException, false, Fix the item",
        "429, ai.hrflow.connectors.api.errors.RateLimitedException, false, rate limited",
        "500, ai.hrflow.connectors.api.errors.ServerException, false, server error",
        "502, ai.hrflow.connectors.api.errors.ServerException, false, run again later",
        "409, ai.hrflow.connectors.api.errors.UnexpectedResponseException, false, does not expect",
        "302, ai.hrflow.connectors.api.errors.UnexpectedResponseException, false, check the base URL",
    })
    void mapsEachFinalStatusToItsTypedException(int status, String type, boolean fatal, String advice) throws Exception {
        ConnectorException e = failure(status, "{\"code\":" + status + ",\"message\":\"Unauthorized. Invalid secret key: "
                + API_KEY + "\"}");

        assertThat(e).isInstanceOf(Class.forName(type)).isInstanceOf(ApiFailure.class);
        assertThat(e.isFatal()).isEqualTo(fatal);
        assertThat(e.getMessage()).contains("GET /v1/profile/indexing answered HTTP " + status).contains(advice)
                .doesNotContain(API_KEY).doesNotContain("k1").contains("Invalid secret key: ***");
        FailedCall call = ((ApiFailure) e).call();
        assertThat(call.status()).isEqualTo(status);
        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.endpoint()).isEqualTo("/v1/profile/indexing");
        assertThat(call.bodyExcerpt()).startsWith("{\"code\":" + status).doesNotContain(API_KEY);
    }

    @Test
    void authenticationFailuresAreFatalCredentialsExceptions() {
        assertThat(failure(401, "{}")).isInstanceOf(CredentialsException.class).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void retriableKindsShareABase() {
        assertThat(failure(503, "{}")).isInstanceOf(RetriableApiException.class);
        assertThat(failure(429, "{}")).isInstanceOf(RetriableApiException.class);
        assertThat(failure(404, "{}")).isNotInstanceOf(RetriableApiException.class);
    }

    @Test
    void validationCarriesTheFieldErrorsTheCallerExtracts() {
        server.enqueue(Reply.json(400, "{\"message\":\"invalid\",\"errors\":[{\"field\":\"firstName\",\"message\":\"required\"},"
                + "{\"message\":\"bad email\"}]}"));
        ApiResponse response = client.send(ApiRequest.post("/candidates").build());

        assertThatThrownBy(() -> response.requireSuccess(r -> {
            List<FieldError> fields = new ArrayList<>();
            r.json().path("errors").forEach(err -> fields.add(new FieldError(err.path("field").asText(""),
                    err.path("message").asText())));
            return fields;
        })).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                .containsExactly(new FieldError("firstName", "required"), new FieldError("", "bad email")))
                .hasMessageContaining("Fields: firstName: required; bad email.");
    }

    @Test
    void aFailingExtractorStillGivesTheValidationException() {
        server.enqueue(Reply.text(422, "not json"));
        ApiResponse response = client.send(ApiRequest.post("/candidates").build());

        assertThatThrownBy(() -> response.requireSuccess(r -> List.of(new FieldError("x", r.json().asText()))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).isEmpty());
    }

    @Test
    void excerptIsAtMost300CharactersAndOnOneLine() {
        String longBody = "{\"message\":\"" + "x".repeat(2000) + "\",\n\"detail\":\"end\"}";
        ConnectorException e = failure(404, longBody);

        FailedCall call = ((NotFoundException) e).call();
        assertThat(call.bodyExcerpt()).hasSize(300).endsWith("...").doesNotContain("\n");
        assertThat(e.getMessage().length()).isLessThan(600);
    }

    @Test
    void secretsAreMaskedEvenWhenTheBodyIsCutAroundThem() {
        // the secret straddles the 300th character: a cut-then-redact excerpt would leak its first half
        String body = "{\"message\":\"" + "y".repeat(270) + " key " + API_KEY + " rest\"}";
        ConnectorException e = failure(400, body);

        assertThat(((ApiFailure) e).call().bodyExcerpt()).doesNotContain(API_KEY.substring(0, 12));
    }

    @Test
    void successPassesThrough() {
        server.enqueue(Reply.json(201, "{}"));
        ApiResponse response = client.send(ApiRequest.post("/x").build());
        assertThat(response.requireSuccess()).isSameAs(response);
    }

    @Test
    void rateLimitAndServerExceptionsCarryTheirKind() {
        assertThat(failure(429, "{}")).isInstanceOf(RateLimitedException.class);
        assertThat(failure(504, "{}")).isInstanceOf(ServerException.class);
        assertThat(failure(418, "{}")).isInstanceOf(UnexpectedResponseException.class);
    }
}
