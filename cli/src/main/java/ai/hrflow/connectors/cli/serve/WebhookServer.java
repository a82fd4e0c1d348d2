package ai.hrflow.connectors.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of {@code serve}, on the JDK's server with a bounded worker pool and queue. Routes: each workflow's webhook path ({@code POST}), {@code /health} (liveness:
 * the process answers; {@code /health/ready}: the spool was replayed and the server accepts events) and
 * {@code /metrics}. Bodies above the limit are refused with 413 without being read in full; a client that sends the
 * body slower than the request timeout is cut off (the JDK server's {@code sun.net.httpserver.maxReqTime} and
 * {@code maxRspTime}, which the JDK reads once per process: they apply when this is the process's first server).
 */
final class WebhookServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);
    private final HttpServer server;
    private final ThreadPoolExecutor pool;

    WebhookServer(String host, int port, ServeConfig.Limits limits, Map<String, WebhookHandler> hooks,
            Supplier<String> metrics, BooleanSupplier ready) {
        // Global settings of the JDK server, read once when its class loads: keep both in line with our limits.
        System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(limits.requestTimeout().toSeconds()));
        System.setProperty("sun.net.httpserver.maxRspTime", String.valueOf(limits.requestTimeout().toSeconds()));
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
        }
        // Bounded threads and queue. When both are full the server's dispatcher thread handles the request itself,
        // which stops it accepting more until then: back-pressure on the senders instead of an unbounded queue.
        pool = new ThreadPoolExecutor(limits.httpThreads(), limits.httpThreads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(limits.httpThreads() * 64), r -> {
                    Thread t = new Thread(r, "serve-http");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(pool);
        server.createContext("/", exchange -> {
            try (exchange) {
                route(exchange, limits, hooks, metrics, ready);
            } catch (RuntimeException e) {
                LOG.error("request {} {} failed: {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        e.toString());
                respond(exchange, 500, "internal error\n", null);
            }
        });
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Stops accepting, gives running requests {@code seconds} to finish. */
    void stop(int seconds) {
        server.stop(seconds);
        pool.shutdown();
    }

    private static void route(HttpExchange exchange, ServeConfig.Limits limits, Map<String, WebhookHandler> hooks,
            Supplier<String> metrics, BooleanSupplier ready) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals("/health") || path.equals("/health/live")) {
            respond(exchange, 200, "{\"status\":\"up\"}\n", "application/json");
        } else if (path.equals("/health/ready")) {
            boolean ok = ready.getAsBoolean();
            respond(exchange, ok ? 200 : 503, ok ? "{\"status\":\"ready\"}\n" : "{\"status\":\"starting\"}\n",
                    "application/json");
        } else if (path.equals("/metrics") && method.equals("GET")) {
            respond(exchange, 200, metrics.get(), "text/plain; version=0.0.4; charset=utf-8");
        } else if (!hooks.containsKey(path)) {
            respond(exchange, 404, "no workflow listens on " + path + "\n", null);
        } else if (!method.equals("POST")) {
            exchange.getResponseHeaders().add("Allow", "POST");
            respond(exchange, 405, "use POST\n", null);
        } else {
            byte[] body = readBody(exchange, limits.maxBodyBytes());
            if (body == null) {
                respond(exchange, 413, "the body exceeds " + limits.maxBodyBytes() + " bytes\n", null);
                return;
            }
            WebhookHandler.Answer answer = hooks.get(path).handle(body, exchange.getRequestHeaders());
            if (answer.retryAfterSeconds() > 0) {
                exchange.getResponseHeaders().add("Retry-After", String.valueOf(answer.retryAfterSeconds()));
            }
            respond(exchange, answer.status(), answer.body(), "application/json");
        }
    }

    /** The body, or null when it is longer than {@code limit} (checked on the declared length first). */
    static byte[] readBody(HttpExchange exchange, int limit) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > limit) {
                    return null;
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(limit + 1);
            return body.length > limit ? null : body;
        }
    }

    static void respond(HttpExchange exchange, int status, String body, String contentType) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType == null ? "text/plain; charset=utf-8"
                : contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
