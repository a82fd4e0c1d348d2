package ai.hrflow.connectors.emulators.recruitee;

import ai.hrflow.connectors.emulators.server.EmulatorOptions;
import ai.hrflow.connectors.emulators.server.EmulatorServer;
import ai.hrflow.connectors.emulators.server.FaultInjector;
import ai.hrflow.connectors.emulators.server.MutableClock;
import ai.hrflow.connectors.emulators.server.RateLimiter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-process, stateful Recruitee ATS API ({@code /c/{company}/candidates}, {@code /offers}, {@code /admin})
 * following the emulator checklist of {@code api/recruitee.md} §8. Point the product's Recruitee root
 * ({@code https://api.recruitee.com/c}) at {@link #baseUrl()} and send a token registered here.
 *
 * <pre>{@code
 * try (RecruiteeEmulator rec = RecruiteeEmulator.start()) {
 *     rec.addCompany(12345, "acme");
 *     String token = rec.newToken(12345);
 *     long offer = rec.addOffer(12345, Json.object().put("title", "Backend engineer")).path("id").asLong();
 *     rec.faults().next(1, "POST", "/c/{company}/candidates", Fault.dropAfterProcessing());
 *     // ... run the code under test against rec.baseUrl() ...
 *     assertThat(rec.candidateCount(12345)).isEqualTo(1);
 *     assertThat(rec.requests().count("POST", "/c/{company}/candidates")).isEqualTo(1);
 * }
 * }</pre>
 *
 * <h2>Where the contract is unsure, and what the emulator does</h2>
 * Switches on {@link #settings()} unless said otherwise.
 * <ul>
 * <li>Error bodies are {@code {"error": ["..."]}} (a stand-in: none is documented); a 422 lists every problem.</li>
 * <li>Access: missing, malformed or unknown token 401; unknown company 404; a token of another company 403
 *     ({@code foreignCompanyStatus(404)}). A malformed JSON body is 400, a body without a {@code candidate}
 *     object 422.</li>
 * <li>Create: 201 ({@code createStatus(200)}); {@code null} inside {@code emails}, {@code phones}, {@code links}
 *     or {@code social_links} is 422 ({@code strictNulls(false)} accepts and drops them); an unknown offer is
 *     422 ({@code unknownOfferStatus(404)}); no dedup, {@code duplicates[]} lists candidates sharing an
 *     e-mail. The CV is shown at once ({@code cvProcessingDelay} delays it).</li>
 * <li>Update: keys replaced as given, arrays included; keys other than the create fields are ignored.</li>
 * <li>Delete: 200 with the candidate and {@code deleted_at} ({@code deleteStatus(204)}).</li>
 * <li>Lists: {@code by_date} is newest {@code created_at} first, higher id first on ties; {@code created_after}
 *     is strict and takes a date, a date-time with or without seconds, fraction or zone (UTC when none);
 *     {@code with_messages} and {@code with_my_messages} keep candidates with a {@code last_message_at}.
 *     Offers are not paged; unknown parameters are ignored, an unknown {@code scope} filters nothing.</li>
 * <li>Rate limits: none by default; {@link #rateLimit()} caps the whole emulator, {@link #tokenRateLimit}
 *     each token (both answer 429 with {@code Retry-After}).</li>
 * </ul>
 */
public final class RecruiteeEmulator implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EmulatorServer server;
    private final RecruiteeBackend backend;
    private final RecruiteeRequests requests;

    private RecruiteeEmulator(Builder b) {
        this.backend = new RecruiteeBackend(b.clock());
        this.server = b.server("recruitee", b.port).errors(RecruiteeErrors.responder()).start();
        new CandidateRoutes(backend).register(server.router());
        new OfferRoutes(backend).register(server.router());
        this.requests = new RecruiteeRequests(server.requests());
    }

    /** Starts on a free loopback port with default settings and no company. */
    public static RecruiteeEmulator start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The API root the product is configured with instead of {@code https://api.recruitee.com/c}. */
    public String baseUrl() {
        return server.baseUrl() + "/c";
    }

    public int port() {
        return server.port();
    }

    public FaultInjector faults() {
        return server.faults();
    }

    /** What clients sent, tokens masked. */
    public RecruiteeRequests requests() {
        return requests;
    }

    /** A requests-per-second cap on the whole emulator (off by default). */
    public RateLimiter rateLimit() {
        return server.rateLimit();
    }

    /** Caps each token at {@code perSecond} requests per second (token bucket); 0 removes the cap. */
    public void tokenRateLimit(double perSecond) {
        backend.tokenRate(perSecond);
    }

    /** Requests answered 429 by the per-token caps. */
    public long tokenRateRejections() {
        return backend.tokenRejections();
    }

    public MutableClock clock() {
        return backend.clock;
    }

    public RecruiteeSettings settings() {
        return backend.settings;
    }

    @Override
    public void close() {
        server.close();
    }

    // ---- companies and tokens

    /** Adds a company reachable as {@code /c/<id>/...} and {@code /c/<subdomain>/...}. */
    public void addCompany(long id, String subdomain) {
        backend.addCompany(id, subdomain, subdomain);
    }

    /** Registers a personal API token of a user of the company; returns it. */
    public String addToken(String token, long companyId) {
        backend.addToken(Objects.requireNonNull(token, "token"), companyId, "api-user@" + companyId + ".example");
        return token;
    }

    /** Generates and registers a token (64 hex characters). */
    public String newToken(long companyId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return addToken(HexFormat.of().formatHex(bytes), companyId);
    }

    // ---- offers

    /** Adds an offer from any keys of the detail (contract 4.2); missing ones get defaults. Returns it. */
    public ObjectNode addOffer(long companyId, ObjectNode fields) {
        Company company = backend.company(companyId);
        ObjectNode offer = Seeding.offer(backend, company, fields);
        company.putOffer(offer);
        return Views.offerDetail(offer, company);
    }

    /** {@link #addOffer} for each; returns the ids in order. */
    public List<Long> addOffers(long companyId, List<ObjectNode> offers) {
        List<Long> ids = new ArrayList<>();
        offers.forEach(o -> ids.add(addOffer(companyId, o).path("id").asLong()));
        return ids;
    }

    /** Changes an offer as a recruiter would (any keys, e.g. {@code status: archived}); moves {@code updated_at}. */
    public ObjectNode editOffer(long companyId, long offerId, ObjectNode changes) {
        Company company = backend.company(companyId);
        ObjectNode offer = company.offer(offerId);
        if (offer == null) {
            throw new IllegalArgumentException("no offer " + offerId + " in company " + companyId);
        }
        ObjectNode next = offer.deepCopy();
        next.setAll(changes.deepCopy());
        next.put("id", offerId).put("updated_at", RecruiteeTime.format(backend.clock.instant()));
        company.putOffer(next);
        return Views.offerDetail(next, company);
    }

    public Optional<ObjectNode> offer(long companyId, long offerId) {
        Company company = backend.company(companyId);
        return Optional.ofNullable(company.offer(offerId)).map(o -> Views.offerDetail(o, company));
    }

    // ---- candidates

    /**
     * Stores a candidate as if created earlier: {@code id}, {@code created_at} and {@code updated_at} are taken
     * when given, {@code cv_original_url} is the processed CV, {@code offer_ids} places it on offers. Returns the
     * detail.
     */
    public ObjectNode seedCandidate(long companyId, ObjectNode fields) {
        Company company = backend.company(companyId);
        StoredCandidate c = Seeding.candidate(backend, company, fields, company.ownerAdminId);
        company.put(c);
        return detail(c);
    }

    /** Bulk {@link #seedCandidate} for the demo and benchmarks; returns how many. */
    public int seedCandidates(long companyId, Iterable<ObjectNode> candidates) {
        Company company = backend.company(companyId);
        int n = 0;
        for (ObjectNode fields : candidates) {
            company.put(Seeding.candidate(backend, company, fields, company.ownerAdminId));
            n++;
        }
        return n;
    }

    /** Changes a candidate as a recruiter would in Recruitee (any detail keys); moves {@code updated_at}. */
    public ObjectNode editCandidate(long companyId, long candidateId, ObjectNode changes) {
        Company company = backend.company(companyId);
        StoredCandidate c = company.candidate(candidateId);
        if (c == null) {
            throw new IllegalArgumentException("no candidate " + candidateId + " in company " + companyId);
        }
        ObjectNode doc = c.doc().deepCopy();
        doc.setAll(changes.deepCopy());
        java.time.Instant now = backend.clock.instant();
        doc.put("id", candidateId).put("updated_at", RecruiteeTime.format(now));
        StoredCandidate next = c.withDoc(doc, now, c.cvUrl(), c.cvReceivedAt());
        company.put(next);
        return detail(next);
    }

    /** Deletes a candidate as a recruiter would; false when there was none. */
    public boolean deleteCandidate(long companyId, long candidateId) {
        return backend.company(companyId).remove(candidateId) != null;
    }

    public Optional<ObjectNode> candidate(long companyId, long candidateId) {
        return Optional.ofNullable(backend.company(companyId).candidate(candidateId)).map(this::detail);
    }

    /** Every candidate of the company (detail), lowest id first. */
    public List<ObjectNode> candidates(long companyId) {
        return backend.company(companyId).candidates().stream().sorted(Comparator.comparingLong(StoredCandidate::id))
                .map(this::detail).toList();
    }

    /** Candidates having this e-mail address (case-insensitive), lowest id first: how a demo counts duplicates. */
    public List<ObjectNode> candidatesWithEmail(long companyId, String email) {
        String wanted = email.toLowerCase(java.util.Locale.ROOT);
        return candidates(companyId).stream().filter(c -> {
            for (var e : c.path("emails")) {
                if (e.asText().toLowerCase(java.util.Locale.ROOT).equals(wanted)) {
                    return true;
                }
            }
            return false;
        }).toList();
    }

    public int candidateCount(long companyId) {
        return backend.company(companyId).candidateCount();
    }

    private ObjectNode detail(StoredCandidate c) {
        return Views.detail(c, backend.clock.instant(), backend.settings.cvProcessingDelay());
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

        public RecruiteeEmulator start() {
            return new RecruiteeEmulator(this);
        }
    }
}
