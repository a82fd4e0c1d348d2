package ai.hrflow.connectors.api.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A MockWebServer-like fixture on the JDK's HTTP server: scripted replies (a FIFO queue, or a handler per
 * path), every request recorded so tests assert exactly what the client sent. Binds 127.0.0.1 on a free
 * port; serves requests concurrently.
 */
final class ScriptedServer implements AutoCloseable {
    static {
        // The JDK server writes headers and body separately; with Nagle on, each answer stalls ~40 ms on the
        // client's delayed ACK. Read once, when the server classes load, hence here.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ConcurrentLinkedQueue<Reply> queue = new ConcurrentLinkedQueue<>();
    private final Map<String, Function<RecordedRequest, Reply>> routes = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = java.util.Collections.synchronizedList(new ArrayList<>());

    private ScriptedServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static ScriptedServer start() throws IOException {
        return new ScriptedServer(0);
    }

    /** Starts on a given port (to bring up a server where connections were refused before). */
    static ScriptedServer startOn(int port) throws IOException {
        return new ScriptedServer(port);
    }

    int port() {
        return server.getAddress().getPort();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    String url(String path) {
        return baseUrl() + path;
    }

    /** Replies, in order, to requests on paths without a route. */
    ScriptedServer enqueue(Reply... replies) {
        queue.addAll(List.of(replies));
        return this;
    }

    /** Answers every request on exactly {@code path}. */
    ScriptedServer route(String path, Function<RecordedRequest, Reply> handler) {
        routes.put(path, handler);
        return this;
    }

    List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    RecordedRequest onlyRequest() {
        List<RecordedRequest> all = requests();
        if (all.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + all);
        }
        return all.get(0);
    }

    long count(String path) {
        return requests().stream().filter(r -> r.path().equals(path)).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        RecordedRequest request = RecordedRequest.of(exchange);
        requests.add(request);
        Function<RecordedRequest, Reply> route = routes.get(request.path());
        Reply reply = route != null ? route.apply(request) : queue.poll();
        if (reply == null) {
            reply = Reply.text(418, "no reply scripted for " + request.method() + " " + request.path());
        }
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        if (reply.dropAfterBytes() >= 0) {
            // announce a longer body than what is sent, then abort: the client sees the connection die mid-response
            exchange.sendResponseHeaders(reply.status(), reply.body().length + 1000);
            OutputStream out = exchange.getResponseBody();
            out.write(reply.body(), 0, Math.min(reply.dropAfterBytes(), reply.body().length));
            out.flush();
            throw new IOException("scripted connection drop");
        }
        byte[] body = reply.body();
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
