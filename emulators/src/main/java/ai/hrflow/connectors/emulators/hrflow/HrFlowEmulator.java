package ai.hrflow.connectors.emulators.hrflow;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorError;
import ai.hrflow.connectors.emulators.server.EmulatorOptions;
import ai.hrflow.connectors.emulators.server.EmulatorServer;
import ai.hrflow.connectors.emulators.server.FaultInjector;
import ai.hrflow.connectors.emulators.server.MutableClock;
import ai.hrflow.connectors.emulators.server.RateLimiter;
import ai.hrflow.connectors.emulators.server.RequestLog;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An in-process, stateful HrFlow.ai API v1 (profiles, jobs, sources, boards, parsing stubs) following the
 * emulator checklist of {@code api/hrflow.md} §7. Point the product at {@link #baseUrl()}
 * ({@code http://127.0.0.1:<port>/v1}), send {@code X-API-KEY} + {@code X-USER-EMAIL} of a key registered here.
 *
 * <pre>{@code
 * try (HrFlowEmulator hrflow = HrFlowEmulator.start()) {
 *     String apiKey = hrflow.newApiKey("ask_", "me@example.com");
 *     String source = hrflow.addSource("ATS imports", true);
 *     hrflow.seedProfile(source, profileJson);                         // or let the product create them
 *     hrflow.faults().next(1, "POST", "/v1/profile/indexing", Fault.status(500));
 *     // ... run the code under test against hrflow.baseUrl() ...
 *     assertThat(hrflow.profile(source, "cand-42")).isPresent();
 *     assertThat(hrflow.requests().count("PUT", "/v1/profile/indexing")).isEqualTo(1);
 * }
 * }</pre>
 *
 * <h2>Where the contract is unsure, and what the emulator does</h2>
 * Every choice below is a switch on {@link #settings()} unless said otherwise.
 * <ul>
 * <li>Not-found status: 400 {@code Invalid parameters. Unable to find object: profile|job|source|board} (all
 *     evidence); {@code notFoundStatus(404)} for the documented alternative.</li>
 * <li>Permissions: {@code askr_} keys get 401 {@code ... for permission: write} on any non-GET,
 *     {@code askw_} keys 401 {@code ... for permission: read} on GETs; {@code enforcePermissions(false)} turns
 *     it off. A wrong or missing {@code X-USER-EMAIL} is a 401 with invented wording. Access problems are 401,
 *     never 403 (no 403 is documented).</li>
 * <li>Archived objects: still returned by GET and listed by the storing lists with {@code archived_at} set
 *     (unverified; {@code storingIncludesArchived(false)} hides them there too); hidden from searching; their
 *     reference still blocks a create
 *     ({@code archivedReferenceBlocksCreate(false)}: the new object takes the reference over).</li>
 * <li>Job duplicate reference: same wording as profiles with {@code job}.</li>
 * <li>Lookup precedence: GET and archive take {@code reference} over {@code key} (SDK docs); PUT takes the body's
 *     {@code key} first, since the body may carry a changed reference.</li>
 * <li>PUT replaces the document but keeps the stored {@code reference} and (profiles) {@code attachments} when
 *     the body omits them, and keeps the archive state; {@code updated_at} moves.</li>
 * <li>Archive: {@code is_archive} defaults to 1; re-archiving keeps the first {@code archived_at};
 *     {@code archive} mirrors {@code archived_at} (the contract only shows it null). Unarchive answers
 *     {@code Profile unarchived}.</li>
 * <li>Lists: {@code limit} above {@code maxLimit} (default 1000, undocumented upstream) is rejected with 400;
 *     {@code updated_at_min/max} are accepted as an extension; a bare date as an upper bound covers the whole
 *     day; sort ties are broken by {@code id}, and {@code desc} reverses the tie-break too; sorts other than
 *     {@code updated_at} fall back to {@code created_at}; {@code stage} and text/location/tag filters are
 *     ignored; storing lists
 *     honour {@code key} and {@code reference}. Searching eligibility (2.5) is off unless
 *     {@code searchingEligibility(true)}. List messages are invented — match on nothing but code.</li>
 * <li>Parsing: the uploaded file content is the profile JSON. A used {@code reference} without {@code key} is
 *     rejected like a create unless {@code parsingExistingReference(REPARSE)}. Async results are stored before
 *     the 202 unless {@code asyncParsing(ON_DEMAND)} holds them for {@link #completeAsyncParsing()}.
 *     {@code sync_parsing} on the source object is a JSON boolean. Attachment {@code public_url}s point at
 *     {@code <server>/files/<name>}, served without auth like the real public links.</li>
 * <li>Create bodies are the flat profile/job plus {@code source_key}/{@code board_key} (SDK); the wrapped
 *     {@code {"profile": ...}} form seen in hrtech-etl is not recognised. No field is required on profiles;
 *     jobs require {@code name}. {@code GET /profile/indexing?email=} (older docs) is not supported.</li>
 * <li>Rate limit: none by default (none is published); {@link #rateLimit()} adds one answering 429 with
 *     {@code Retry-After}.</li>
 * </ul>
 */
public final class HrFlowEmulator implements AutoCloseable {
    private final EmulatorServer server;
    private final HrFlowBackend backend;

    private HrFlowEmulator(Builder b) {
        this.backend = new HrFlowBackend(new HrFlowSettings(), b.clock());
        this.server = b.server("hrflow", b.port).errors(Envelope.responder()).start();
        new WorkspaceRoutes(backend).register(server.router());
        new IndexingRoutes(backend, Kind.PROFILE).register(server.router());
        new IndexingRoutes(backend, Kind.JOB).register(server.router());
        new ListingRoutes(backend).register(server.router());
        new ParsingRoutes(backend, server.baseUrl() + "/files").register(server.router());
    }

    /** Starts on a free loopback port with default settings. */
    public static HrFlowEmulator start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The API base URL the product is configured with: {@code http://127.0.0.1:<port>/v1}. */
    public String baseUrl() {
        return server.baseUrl() + "/v1";
    }

    public EmulatorServer server() {
        return server;
    }

    public FaultInjector faults() {
        return server.faults();
    }

    public RequestLog requests() {
        return server.requests();
    }

    public RateLimiter rateLimit() {
        return server.rateLimit();
    }

    public MutableClock clock() {
        return backend.clock;
    }

    public HrFlowSettings settings() {
        return backend.settings;
    }

    @Override
    public void close() {
        server.close();
    }

    // ---- API keys

    /** Registers a key ({@code ^ask[rw]?_[0-9a-f]{32}$}; the prefix sets the permission) seeing every source/board. */
    public String addApiKey(String apiKey, String email) {
        backend.keys.add(apiKey, email, null);
        return apiKey;
    }

    /** Registers a key that sees only the given sources/boards (others answer 401 Unauthorized Access). */
    public String addApiKey(String apiKey, String email, Set<String> visibleSourceAndBoardKeys) {
        backend.keys.add(apiKey, email, Objects.requireNonNull(visibleSourceAndBoardKeys));
        return apiKey;
    }

    /** Generates and registers a key; {@code prefix} is {@code ask_} (all), {@code askr_} (read) or {@code askw_} (write). */
    public String newApiKey(String prefix, String email) {
        ApiKeys.Permission permission = switch (prefix) {
            case "ask_" -> ApiKeys.Permission.ALL;
            case "askr_" -> ApiKeys.Permission.READ;
            case "askw_" -> ApiKeys.Permission.WRITE;
            default -> throw new IllegalArgumentException("prefix must be ask_, askr_ or askw_: " + prefix);
        };
        return addApiKey(ApiKeys.generate(permission), email);
    }

    // ---- sources and boards

    /** Adds a source with a generated 40-hex key and returns the key. */
    public String addSource(String name, boolean syncParsing) {
        return addSource(Json.object().put("name", name).put("sync_parsing", syncParsing)).path("key").asText();
    }

    public String addSource(String key, String name, boolean syncParsing) {
        return addSource(Json.object().put("key", key).put("name", name).put("sync_parsing", syncParsing)).path("key").asText();
    }

    /** Adds a source from any fields ({@code key}, {@code name}, {@code type}, {@code sync_parsing}, ...); returns it. */
    public ObjectNode addSource(ObjectNode fields) {
        return backend.addContainer(Kind.PROFILE, fields).info().deepCopy();
    }

    public String addBoard(String name) {
        return addBoard(Json.object().put("name", name)).path("key").asText();
    }

    public String addBoard(String key, String name) {
        return addBoard(Json.object().put("key", key).put("name", name)).path("key").asText();
    }

    public ObjectNode addBoard(ObjectNode fields) {
        return backend.addContainer(Kind.JOB, fields).info().deepCopy();
    }

    // ---- seeding and reading back

    /**
     * Stores a profile as if created earlier: {@code key} (if 40-hex), {@code created_at}, {@code updated_at} and
     * {@code archived_at} are taken from the document when present. Returns the stored document.
     *
     * @throws IllegalStateException when the reference is already used in the source
     */
    public ObjectNode seedProfile(String sourceKey, ObjectNode profile) {
        return seed(Kind.PROFILE, sourceKey, profile).document().deepCopy();
    }

    /** Bulk {@link #seedProfile} for benchmarks: no copies returned. */
    public int seedProfiles(String sourceKey, Iterable<ObjectNode> profiles) {
        int n = 0;
        for (ObjectNode p : profiles) {
            seed(Kind.PROFILE, sourceKey, p);
            n++;
        }
        return n;
    }

    public ObjectNode seedJob(String boardKey, ObjectNode job) {
        return seed(Kind.JOB, boardKey, job).document().deepCopy();
    }

    /**
     * Archives a profile as {@code PATCH /profile/indexing/archive} would (a recruiter archiving it in HrFlow):
     * {@code archived_at} and {@code updated_at} move to now. Returns the stored document.
     *
     * @throws IllegalArgumentException no such profile in the source
     */
    public ObjectNode archiveProfile(String sourceKey, String reference) {
        Container c = require(Kind.PROFILE, sourceKey);
        StoredObject current = c.byReference(reference);
        if (current == null) {
            throw new IllegalArgumentException("No profile " + reference + " in source " + sourceKey);
        }
        return backend.archive(c, current, true).document().deepCopy();
    }

    public Optional<ObjectNode> profile(String sourceKey, String reference) {
        return read(Kind.PROFILE, sourceKey, c -> c.byReference(reference));
    }

    public Optional<ObjectNode> profileByKey(String sourceKey, String key) {
        return read(Kind.PROFILE, sourceKey, c -> c.get(key));
    }

    /** Every profile of the source (archived included), oldest id first. */
    public List<ObjectNode> profiles(String sourceKey) {
        return all(Kind.PROFILE, sourceKey);
    }

    public int profileCount(String sourceKey) {
        return require(Kind.PROFILE, sourceKey).size();
    }

    public Optional<ObjectNode> job(String boardKey, String reference) {
        return read(Kind.JOB, boardKey, c -> c.byReference(reference));
    }

    public Optional<ObjectNode> jobByKey(String boardKey, String key) {
        return read(Kind.JOB, boardKey, c -> c.get(key));
    }

    public List<ObjectNode> jobs(String boardKey) {
        return all(Kind.JOB, boardKey);
    }

    public int jobCount(String boardKey) {
        return require(Kind.JOB, boardKey).size();
    }

    // ---- parsing

    /** Stores the profiles whose async parsing is held ({@code asyncParsing(ON_DEMAND)}); returns how many. */
    public int completeAsyncParsing() {
        int done = 0;
        for (Runnable r; (r = backend.pendingParsing.poll()) != null; ) {
            try {
                r.run();
                done++;
            } catch (EmulatorError e) {
                // The reference got used meanwhile: like the real queue, the parsing is lost.
            }
        }
        return done;
    }

    public int pendingAsyncParsing() {
        return backend.pendingParsing.size();
    }

    /** What {@code POST /text/parsing} answers for exactly this text (default: no entities). */
    public void addTextParsing(String text, ArrayNode entities, ObjectNode parsing) {
        ObjectNode fixture = Json.object();
        fixture.set("entities", entities == null ? Json.array() : entities.deepCopy());
        fixture.set("parsing", parsing == null ? Json.object() : parsing.deepCopy());
        backend.textParsing.put(text, fixture);
    }

    private StoredObject seed(Kind kind, String containerKey, ObjectNode doc) {
        Container c = require(kind, containerKey);
        StoredObject o = backend.documents.seed(c, doc.deepCopy(), backend.nextId(kind));
        if (!c.insert(o, true)) {
            throw new IllegalStateException("Reference already used in " + containerKey + ": " + o.reference());
        }
        return o;
    }

    private Optional<ObjectNode> read(Kind kind, String containerKey,
            java.util.function.Function<Container, StoredObject> lookup) {
        return Optional.ofNullable(lookup.apply(require(kind, containerKey))).map(o -> o.document().deepCopy());
    }

    private List<ObjectNode> all(Kind kind, String containerKey) {
        return require(kind, containerKey).values().stream().sorted(Comparator.comparingLong(StoredObject::id))
                .map(o -> o.document().deepCopy()).toList();
    }

    private Container require(Kind kind, String key) {
        Container c = backend.container(kind, key);
        if (c == null) {
            throw new IllegalArgumentException("No " + kind.container + " " + key + " in the emulator");
        }
        return c;
    }

    /** Server settings fixed at start. */
    public static final class Builder extends EmulatorOptions<Builder> {
        private int port;

        private Builder() {
        }

        /** Fixed port (for {@code emulate}); default 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public HrFlowEmulator start() {
            return new HrFlowEmulator(this);
        }
    }
}
