package ai.hrflow.connectors.emulators.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-process HTTP server for one emulated API, on the JDK's {@link HttpServer}. Binds 127.0.0.1 on a free
 * port (or a fixed one), serves requests on a fixed pool of worker threads, and runs every request through the
 * same pipeline: global latency, rate limit, fault rules, then the {@link Router}; every outcome goes to the
 * {@link RequestLog}.
 *
 * <pre>{@code
 * try (EmulatorServer server = EmulatorServer.builder().name("demo").start()) {
 *     server.router().get("/things/{id}", req -> EmulatorResponse.json(200, Json.object().put("id", req.pathVariable("id"))));
 *     server.faults().next(1, "GET", "/things/{id}", Fault.status(503).withRetryAfter(1));
 *     // call server.baseUrl() + "/things/7", then assert on server.requests()
 * }
 * }</pre>
 */
public final class EmulatorServer implements AutoCloseable {
    static {
        // The JDK server writes response headers and body in two segments; without TCP_NODELAY, Nagle plus the
        // client's delayed ACK stall every response ~40 ms on loopback. Read once, when the JDK server's
        // configuration class loads, so it only works if no HttpServer was created in this JVM before.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        // The JDK server closes idle keep-alive connections after 30 s, the JDK client keeps them for 20 min: a
        // POST sent on a connection the server has just closed fails with an unknown outcome that clients rightly
        // refuse to replay. Real APIs keep connections longer than a run pauses; so does the emulator.
        if (System.getProperty("sun.net.httpserver.idleInterval") == null) {
            System.setProperty("sun.net.httpserver.idleInterval", "3600");
        }
    }

    /** A malformed-JSON fault body: valid start, cut in the middle of a string. */
    private static final String TRUNCATED_JSON = "{\"code\": 200, \"message\": \"OK\", \"data\": {\"key\": \"";

    private final String name;
    private final HttpServer http;
    private final ExecutorService workers;
    private final Router router = new Router();
    private final FaultInjector faults;
    private final RateLimiter rateLimiter = new RateLimiter();
    private final RequestLog log;
    private final Clock clock;
    private final ErrorResponder errors;
    private final AtomicLong sequence = new AtomicLong();

    private EmulatorServer(Builder b) throws IOException {
        this.name = b.name;
        this.clock = b.clock;
        this.errors = b.errors;
        this.faults = new FaultInjector(b.seed);
        this.log = new RequestLog(b.logCapacity);
        this.workers = Executors.newFixedThreadPool(b.threads, daemonThreads(b.name));
        this.http = HttpServer.create(new InetSocketAddress(b.host, b.port), b.backlog);
        http.setExecutor(workers);
        http.createContext("/", this::exchange);
        http.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Router router() {
        return router;
    }

    public FaultInjector faults() {
        return faults;
    }

    public RateLimiter rateLimit() {
        return rateLimiter;
    }

    public RequestLog requests() {
        return log;
    }

    public Clock clock() {
        return clock;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>}, without trailing slash. */
    public String baseUrl() {
        return "http://" + http.getAddress().getHostString() + ":" + port();
    }

    public String name() {
        return name;
    }

    /** Stops at once: in-flight requests are cut, worker threads interrupted. */
    @Override
    public void close() {
        http.stop(0);
        workers.shutdownNow();
    }

    private void exchange(HttpExchange ex) throws IOException {
        long seq = sequence.incrementAndGet();
        EmulatorRequest request;
        try (ex) {
            request = new EmulatorRequest(ex.getRequestMethod(), pathOf(ex.getRequestURI()),
                    ex.getRequestURI().getRawQuery(), ex.getRequestHeaders(), ex.getRequestBody().readAllBytes());
            Outcome outcome = process(request);
            record(seq, request, outcome);
            if (outcome.response() == null) {
                // Throwing makes the JDK server close the socket without writing anything: a dropped connection.
                throw new IOException("emulator fault: connection dropped");
            }
            send(ex, outcome.response());
        }
    }

    /** The pipeline. A {@code null} response means: drop the connection. */
    private Outcome process(EmulatorRequest request) {
        if (!sleep(faults.latency())) {
            return new Outcome(null, "interrupted");
        }
        long retryAfter = rateLimiter.tryAcquire();
        if (retryAfter > 0) {
            EmulatorResponse limited = errors.respond(429, "Too many requests: rate limit of "
                    + rateLimiter.perSecond() + " requests per second exceeded")
                    .withHeader("Retry-After", Long.toString(retryAfter));
            return new Outcome(limited, "rate limit");
        }
        Optional<Fault> fault = faults.select(request);
        if (fault.isEmpty()) {
            return new Outcome(dispatch(request), null);
        }
        return new Outcome(applyFault(fault.get(), request), fault.get().describe());
    }

    private EmulatorResponse applyFault(Fault fault, EmulatorRequest request) {
        if (fault instanceof Fault.Delay delay) {
            return sleep(delay.duration()) ? dispatch(request) : null;
        }
        if (fault instanceof Fault.Drop drop) {
            if (drop.processFirst()) {
                dispatch(request);
            }
            return null;
        }
        if (fault instanceof Fault.MalformedJson malformed) {
            return EmulatorResponse.json(malformed.status(), TRUNCATED_JSON);
        }
        Fault.Respond respond = (Fault.Respond) fault;
        if (respond.processFirst()) {
            dispatch(request);
        }
        EmulatorResponse response = respond.body() == null
                ? errors.respond(respond.status(), "Injected fault: HTTP " + respond.status())
                : EmulatorResponse.json(respond.status(), respond.body());
        for (Map.Entry<String, List<String>> h : respond.headers().entrySet()) {
            for (String value : h.getValue()) {
                response = response.withHeader(h.getKey(), value);
            }
        }
        return response;
    }

    private EmulatorResponse dispatch(EmulatorRequest request) {
        try {
            return router.dispatch(request);
        } catch (EmulatorError e) {
            return e.response() != null ? e.response() : errors.respond(e.status(), e.getMessage());
        } catch (RuntimeException e) {
            // A bug in an emulator must reach the test as a 500, not as a silently closed connection.
            return errors.respond(500, "Emulator " + name + " failed: " + e);
        }
    }

    private void record(long seq, EmulatorRequest request, Outcome outcome) {
        int status = outcome.response() == null ? 0 : outcome.response().status();
        log.record(new RecordedRequest(seq, clock.instant(), request.method(), request.path(), request.rawQuery(),
                request.query(), request.headers(), request.body(), status, outcome.fault()));
    }

    /** A request line {@code //c/x} parses as authority {@code c}; a client joining URLs sloppily sends that. */
    private static String pathOf(URI uri) {
        String path = uri.getPath() == null ? "/" : uri.getPath();
        return uri.getScheme() == null && uri.getAuthority() != null ? "/" + uri.getAuthority() + path : path;
    }

    private static void send(HttpExchange ex, EmulatorResponse response) throws IOException {
        response.headers().forEach((k, values) -> values.forEach(v -> ex.getResponseHeaders().add(k, v)));
        byte[] body = response.body();
        boolean noBody = body.length == 0 || response.status() == 204 || response.status() == 304;
        ex.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static boolean sleep(Duration d) {
        if (d.isZero()) {
            return true;
        }
        try {
            Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "emulator-" + name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private record Outcome(EmulatorResponse response, String fault) {
    }

    /** Server settings; {@link #start()} binds and starts. */
    public static final class Builder {
        private String name = "emulator";
        private String host = "127.0.0.1";
        private int port;
        private int threads = 64;
        private int backlog = 256;
        private int logCapacity = 10_000;
        private long seed = 42L;
        private Clock clock = Clock.systemUTC();
        private ErrorResponder errors = ErrorResponder.plain();

        private Builder() {
        }

        public Builder name(String name) {
            this.name = Objects.requireNonNull(name);
            return this;
        }

        /** Fixed port; 0 (default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Worker threads: requests served at once, including those sleeping in injected latency. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1");
            }
            this.threads = threads;
            return this;
        }

        public Builder backlog(int backlog) {
            this.backlog = backlog;
            return this;
        }

        public Builder logCapacity(int capacity) {
            this.logCapacity = capacity;
            return this;
        }

        /** Seed of the fault injector's random. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Clock stamping the request log (emulators pass their test clock). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public Builder errors(ErrorResponder errors) {
            this.errors = Objects.requireNonNull(errors);
            return this;
        }

        public EmulatorServer start() {
            try {
                return new EmulatorServer(this);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start emulator " + name + " on " + host + ":" + port, e);
            }
        }
    }
}
