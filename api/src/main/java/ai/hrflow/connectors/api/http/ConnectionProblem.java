package ai.hrflow.connectors.api.http;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;

/**
 * Why a call got no HTTP answer, read from the JDK client's exception chain, and what that means for a
 * retry: an unknown host or a failed TLS handshake will fail the same way at once, so they are not retried;
 * a refused connection may be a service restarting, so it is retried briefly; timeouts and dropped
 * connections follow the general rules.
 */
enum ConnectionProblem {
    UNKNOWN_HOST("the host name does not resolve (DNS failure or unknown host)", true,
            " Check the host name of the base URL (or the endpoint override) and the DNS of this machine."),
    REFUSED("the connection was refused (nothing listens on that port, or the service is down)", true,
            " Check the base URL's port, and that the service is up."),
    TLS("the TLS handshake failed (certificate not trusted, wrong protocol, or plain HTTP on an HTTPS port)",
            true, " Check that the base URL's scheme (http/https) matches the server and that its certificate is "
                    + "trusted by this Java runtime."),
    CONNECT_TIMEOUT("opening the connection timed out", true,
            " Check the base URL, the network, a firewall or proxy, and that the service is up."),
    TIMEOUT("the server did not answer within the request timeout", false,
            " The network or the server is slow or unstable: run again later."),
    OTHER("the connection failed", false, " The network or the server is unstable: run again later.");

    /** A refused connection is retried this many times at most, whatever the client allows otherwise. */
    static final int REFUSED_MAX_ATTEMPTS = 3;

    private final String text;
    private final boolean connectFailure;
    private final String advice;

    ConnectionProblem(String text, boolean connectFailure, String advice) {
        this.text = text;
        this.connectFailure = connectFailure;
        this.advice = advice;
    }

    static ConnectionProblem of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return UNKNOWN_HOST;
            }
            if (t instanceof SSLException) {
                return TLS;
            }
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return CONNECT_TIMEOUT;
            }
            if (t instanceof ConnectException) {
                return REFUSED;
            }
            if (t instanceof HttpTimeoutException) {
                return TIMEOUT;
            }
        }
        return OTHER;
    }

    /** What happened, in words. */
    String text() {
        return text;
    }

    /** No connection was opened, so nothing of the request was sent (safe to retry any method). */
    boolean connectFailure() {
        return connectFailure;
    }

    /** Retrying at once cannot help: the same call fails the same way until someone changes something. */
    boolean hopeless() {
        return this == UNKNOWN_HOST || this == TLS;
    }

    String advice() {
        return advice;
    }
}
