package ai.hrflow.connectors.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.TransportException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A call that cannot reach its server names the host and the cause, and does not retry what cannot succeed. */
class ConnectionErrorsTest {
    private ScriptedServer server;
    private FakeTime time;

    @BeforeEach
    void start() throws Exception {
        server = ScriptedServer.start();
        time = FakeTime.advancing();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ApiClient client(String baseUrl) {
        return TestClients.client(TestClients.settings(server, time).baseUrl(baseUrl).maxAttempts(5));
    }

    private static ApiRequest post() {
        return ApiRequest.post("/candidates").jsonBody(Json.object().put("name", "x")).build();
    }

    @Test
    void anUnknownHostFailsAtOnceWithTheHostAndTheCause() {
        ApiClient client = client("http://no-such-host.hrflow-connectors.invalid:8080/api");

        assertThatThrownBy(() -> client.send(post())).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.call().attempts()).isEqualTo(1);
            assertThat(e.isConnectFailure()).isTrue();
            assertThat(e.isFatal()).isTrue();
        }).hasMessageStartingWith("POST /api/candidates to no-such-host.hrflow-connectors.invalid:8080: the host name "
                        + "does not resolve (DNS failure or unknown host)")
                .hasMessageContaining("not retried")
                .hasMessageContaining("Check the host name");
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aRefusedConnectionIsRetriedBrieflyThenNamesTheHostAndTheCause() throws Exception {
        int port = closedPort();
        ApiClient client = client("http://127.0.0.1:" + port);

        assertThatThrownBy(() -> client.send(post())).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.call().attempts()).isEqualTo(ConnectionProblem.REFUSED_MAX_ATTEMPTS);
            assertThat(e.isFatal()).isTrue();
        }).hasMessageStartingWith("POST /candidates to 127.0.0.1:" + port + ": the connection was refused")
                .hasMessageContaining("gave up after 3 attempts")
                .hasMessageContaining("Check the base URL's port");
        assertThat(time.sleeps()).hasSize(ConnectionProblem.REFUSED_MAX_ATTEMPTS - 1);
    }

    @Test
    void aFailedTlsHandshakeIsNotRetried() throws Exception {
        // A plain socket that answers the TLS client hello with garbage, then closes.
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket plain = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!plain.isClosed()) {
                    try (Socket s = plain.accept()) {
                        connections.incrementAndGet();
                        s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes());
                        s.getOutputStream().flush();
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            ApiClient client = client("https://127.0.0.1:" + plain.getLocalPort());

            assertThatThrownBy(() -> client.send(post())).isInstanceOfSatisfying(TransportException.class,
                    e -> assertThat(e.call().attempts()).isEqualTo(1))
                    .hasMessageContaining("to 127.0.0.1:" + plain.getLocalPort() + ": the TLS handshake failed")
                    .hasMessageContaining("not retried");
        }
        assertThat(connections.get()).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void causesAreReadFromTheExceptionChain() {
        assertThat(ConnectionProblem.of(new java.net.ConnectException("x")
                .initCause(new java.nio.channels.UnresolvedAddressException()))).isEqualTo(ConnectionProblem.UNKNOWN_HOST);
        assertThat(ConnectionProblem.of(new java.net.ConnectException("Connection refused")))
                .isEqualTo(ConnectionProblem.REFUSED);
        assertThat(ConnectionProblem.of(new java.net.http.HttpConnectTimeoutException("t")))
                .isEqualTo(ConnectionProblem.CONNECT_TIMEOUT);
        assertThat(ConnectionProblem.of(new java.net.http.HttpTimeoutException("t")))
                .isEqualTo(ConnectionProblem.TIMEOUT);
        assertThat(ConnectionProblem.of(new java.io.IOException(new javax.net.ssl.SSLHandshakeException("h"))))
                .isEqualTo(ConnectionProblem.TLS);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
