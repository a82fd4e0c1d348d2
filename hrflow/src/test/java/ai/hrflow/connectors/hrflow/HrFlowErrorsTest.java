package ai.hrflow.connectors.hrflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.errors.CredentialsException;
import ai.hrflow.connectors.api.errors.ServerException;
import ai.hrflow.connectors.api.errors.UnexpectedResponseException;
import ai.hrflow.connectors.api.errors.ValidationException;
import ai.hrflow.connectors.emulators.server.Fault;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HrFlowErrorsTest {
    private static final String INDEXING = "/v1/profile/indexing";
    private final HrFlowTestEnv env = new HrFlowTestEnv();
    private final HrFlowClient client = env.client();

    @AfterEach
    void close() {
        env.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404})
    void unknownProfileIsAbsentWhateverTheStatus(int status) {
        env.emu.settings().notFoundStatus(status);

        assertThat(client.profiles().get(env.source, ObjectRef.reference("nobody"))).isEmpty();
        HrFlowNotFoundException e = catchThrowableOfType(HrFlowNotFoundException.class,
                () -> client.profiles().archive(env.source, ObjectRef.reference("nobody")));
        assertThat(e.objectType()).isEqualTo("profile");
        assertThat(e.isContainer()).isFalse();
        assertThat(e.status()).isEqualTo(status);
    }

    @Test
    void unknownSourceIsAContainerNotFoundNeverAnAbsentProfile() {
        HrFlowNotFoundException e = catchThrowableOfType(HrFlowNotFoundException.class,
                () -> client.profiles().get("f".repeat(40), ObjectRef.reference("x")));
        assertThat(e.isContainer()).isTrue();

        assertThatThrownBy(() -> client.source("0".repeat(40))).isInstanceOf(HrFlowNotFoundException.class)
                .hasMessageContaining("HrFlow has no source " + "0".repeat(40));
    }

    @Test
    void badKeyIsFatalAndNeverShowsTheKey() {
        String wrong = "ask_" + "0123456789abcdef".repeat(2);
        HrFlowClient bad = env.client(wrong);

        CredentialsException e = catchThrowableOfType(CredentialsException.class, () -> bad.source(env.source));

        assertThat(e.isFatal()).isTrue();
        assertThat(e.getMessage()).contains("api_secret").contains(HrFlowTestEnv.EMAIL).doesNotContain(wrong)
                .doesNotContain("0123456789abcdef");
    }

    @Test
    void sourceNotVisibleSaysWhichSourceToCheck() {
        String narrow = env.emu.addApiKey("ask_" + "a1".repeat(16), HrFlowTestEnv.EMAIL, Set.of(env.board));

        CredentialsException e = catchThrowableOfType(CredentialsException.class,
                () -> env.client(narrow).profiles().get(env.source, ObjectRef.reference("x")));

        assertThat(e.getMessage()).contains("cannot access source " + env.source).contains("source_key")
                .doesNotContain(narrow);
    }

    @Test
    void readOnlyKeySaysWhichPermissionIsMissing() {
        String readOnly = env.emu.newApiKey("askr_", HrFlowTestEnv.EMAIL);

        CredentialsException e = catchThrowableOfType(CredentialsException.class,
                () -> env.client(readOnly).profiles().add(env.source, HrFlowTestEnv.profile("x")));

        assertThat(e.getMessage()).contains("lacks the 'write' permission").doesNotContain(readOnly);
    }

    @Test
    void planQuotaIsFatal() {
        env.emu.faults().next(1, "POST", INDEXING, Fault.status(402));

        HrFlowQuotaException e = catchThrowableOfType(HrFlowQuotaException.class,
                () -> client.profiles().add(env.source, HrFlowTestEnv.profile("x")));

        assertThat(e.isFatal()).isTrue();
        assertThat(e.getMessage()).contains("402").contains("quota");
    }

    @Test
    void unprocessableIsAValidationError() {
        env.emu.faults().next(1, "PUT", INDEXING, Fault.status(422));

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> client.profiles().edit(env.source, HrFlowTestEnv.profile("x")));

        assertThat(e.status()).isEqualTo(422);
        assertThat(e.isFatal()).isFalse();
    }

    @Test
    void duplicateReferenceIsTyped() {
        client.profiles().add(env.source, HrFlowTestEnv.profile("dup"));

        assertThatThrownBy(() -> client.profiles().add(env.source, HrFlowTestEnv.profile("dup")))
                .isInstanceOf(HrFlowDuplicateReferenceException.class).hasMessageContaining("Already used");
    }

    @Test
    void serverErrorsAreRetriedOnGet() {
        client.profiles().add(env.source, HrFlowTestEnv.profile("p"));
        env.emu.faults().next(2, "GET", INDEXING, Fault.status(503));

        assertThat(client.profiles().get(env.source, ObjectRef.reference("p"))).isPresent();

        assertThat(env.emu.requests().count("GET", INDEXING)).isEqualTo(3);
        assertThat(env.waits).hasSize(2);
    }

    @Test
    void serverErrorsThatLastAreServerExceptions() {
        env.emu.faults().add(ai.hrflow.connectors.emulators.server.FaultRule.on("GET", "/v1/source")
                .then(Fault.status(500)));

        ServerException e = catchThrowableOfType(ServerException.class, () -> client.source(env.source));

        assertThat(e.isFatal()).isFalse();
        assertThat(env.emu.requests().count("GET", "/v1/source")).isEqualTo(5);
    }

    @Test
    void malformedJsonIsAClearError() {
        env.emu.faults().next(1, "GET", "/v1/source", Fault.malformedJson());

        assertThatThrownBy(() -> client.source(env.source)).isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("not valid JSON").hasMessageContaining("base URL");
    }

    @Test
    void successWithoutEnvelopeIsAClearError() {
        env.emu.faults().next(1, "GET", "/v1/source", Fault.status(200).withBody("[1, 2]"));

        assertThatThrownBy(() -> client.source(env.source)).isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("not HrFlow's JSON envelope");
    }

    @Test
    void errorCodeInsideASuccessStatusIsAnError() {
        env.emu.faults().next(1, "GET", "/v1/source",
                Fault.status(200).withBody("{\"code\": 400, \"message\": \"Invalid parameters. bad\"}"));

        ConnectorException e = catchThrowableOfType(ValidationException.class, () -> client.source(env.source));

        assertThat(e.getMessage()).contains("(code 400)").contains("Invalid parameters. bad");
    }

    @Test
    void aWrongBaseUrlIsNeverTakenForAnAbsentProfile() {
        HrFlowClient misrouted = HrFlowClient.create(env.apiKey, HrFlowTestEnv.EMAIL,
                env.options.withBaseUrl(env.emu.baseUrl() + "/nowhere"));

        assertThatThrownBy(() -> misrouted.profiles().get(env.source, ObjectRef.reference("x")))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("Check the base URL");
    }

    @Test
    void itemReasonQuotesHrFlowsMessage() {
        env.emu.faults().next(1, "POST", INDEXING, Fault.status(400)
                .withBody("{\"code\": 400, \"message\": \"Invalid parameters. text: bad\"}"));
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> client.profiles().add(env.source, HrFlowTestEnv.profile("x")));

        assertThat(HrFlowErrors.itemReason("profile x", e))
                .isEqualTo("HrFlow rejected profile x: 400 Invalid parameters. text: bad");
    }
}
