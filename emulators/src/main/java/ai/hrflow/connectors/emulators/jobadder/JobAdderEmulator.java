package ai.hrflow.connectors.emulators.jobadder;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorOptions;
import ai.hrflow.connectors.emulators.server.EmulatorServer;
import ai.hrflow.connectors.emulators.server.FaultInjector;
import ai.hrflow.connectors.emulators.server.MutableClock;
import ai.hrflow.connectors.emulators.server.RateLimiter;
import ai.hrflow.connectors.emulators.server.RequestLog;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An in-process, stateful JobAdder: the {@code id} host (OAuth 2.0 authorization-code flow) and the API host
 * ({@code /v2} candidates and jobs), following the emulator checklist of {@code api/jobadder.md} §6. Two servers,
 * as in production: point the product's {@code https://id.jobadder.com} at {@link #idUrl()}; the token response's
 * {@code api} field then names {@link #apiUrl()}, so the API host needs no mapping.
 *
 * <pre>{@code
 * try (JobAdderEmulator ja = JobAdderEmulator.start()) {
 *     ja.addClient("client", "secret", "https://app.example.com/callback");
 *     String code = ja.issueCode("client", "https://app.example.com/callback");   // what the browser step yields
 *     ja.seedCandidates(JobAdderData.candidates(50, 7));
 *     ja.faults().next(1, "POST", "/v2/candidates", Fault.dropAfterProcessing());
 *     // ... run the product with EndpointOverrides.of(Map.of("https://id.jobadder.com", ja.idUrl())) ...
 *     assertThat(ja.requests().count("POST", "/v2/candidates")).isEqualTo(1);
 * }
 * }</pre>
 *
 * <h2>Where the contract is unsure, and what the emulator does</h2>
 * <ul>
 * <li>Validation errors answer 422, as the official spec does ({@link JobAdderSettings#validationStatus(int)}
 *     switches to the contract's 400); each error item has {@code field} and {@code fields[]}.</li>
 * <li>Duplicates: same email, case-insensitive (name + phone is not checked); the 409 body carries the existing
 *     {@code candidateId} and its {@code X-Allow-Duplicates} header a duplicate-override code. The create re-sent
 *     with {@code X-Allow-Duplicates: <code>} succeeds; {@code true}, {@code false} or a wrong code gets 409
 *     again. (The official spec describes the header's value as the override code from an earlier 409's header;
 *     the name of that answer header, and the code's lifetime, are assumptions: see {@code CandidateRoutes}.)</li>
 * <li>Create answers 201 with the candidate and {@code Location}; update answers 200 with an empty body.</li>
 * <li>Date filters: {@code >} and {@code <} are strict unless {@link JobAdderSettings#inclusiveComparisons}.</li>
 * <li>Lists return full records (no summary model), at most {@code maxLimit} (1000) per page, 100 by default.</li>
 * <li>Unknown body keys are ignored unless {@link JobAdderSettings#rejectUnknownFields(boolean)}.</li>
 * <li>Every grant error is HTTP 400 with an RFC 6749 body, {@code invalid_client} included.</li>
 * </ul>
 */
public final class JobAdderEmulator implements AutoCloseable {
    /** The scope {@link #issueCode(String, String)} grants: with {@code offline_access}, so a refresh token comes back. */
    public static final String DEFAULT_SCOPE = "read write offline_access";

    private final EmulatorServer id;
    private final EmulatorServer api;
    private final MutableClock clock;
    private final JobAdderSettings settings = new JobAdderSettings();
    private final Identity identity;
    private final RecordStore candidateStore;
    private final RecordStore jobStore;
    private final CandidateRoutes candidates;
    private final JobRoutes jobs;

    private JobAdderEmulator(Builder b) {
        this.clock = b.clock();
        this.api = b.server("jobadder-api", b.apiPort).errors(ApiErrors.responder()).start();
        this.id = b.server("jobadder-id", b.idPort, 8).errors(Identity.responder()).start();
        String apiUrl = apiUrl();
        this.identity = new Identity(clock, apiUrl);
        identity.register(id.router());
        Bearer bearer = new Bearer(identity);
        this.candidateStore = new RecordStore("candidateId", apiUrl + "/candidates", clock, 1001);
        this.jobStore = new RecordStore("jobId", apiUrl + "/jobs", clock, 5001);
        this.candidates = new CandidateRoutes(candidateStore, settings, apiUrl + "/candidates");
        this.jobs = new JobRoutes(jobStore, settings, apiUrl + "/jobs");
        candidates.register(api.router(), bearer);
        jobs.register(api.router(), bearer);
    }

    /** Starts both hosts on free loopback ports. */
    public static JobAdderEmulator start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What {@code https://id.jobadder.com} maps to: {@code http://127.0.0.1:<port>}, no trailing slash. */
    public String idUrl() {
        return id.baseUrl();
    }

    /** The account's API base, as the token response's {@code api} gives it: {@code http://127.0.0.1:<port>/v2}. */
    public String apiUrl() {
        return api.baseUrl() + "/v2";
    }

    public EmulatorServer idServer() {
        return id;
    }

    public EmulatorServer apiServer() {
        return api;
    }

    /** Faults of the API host. */
    public FaultInjector faults() {
        return api.faults();
    }

    /** Faults of the id host (token endpoint). */
    public FaultInjector idFaults() {
        return id.faults();
    }

    /** Requests to the API host. */
    public RequestLog requests() {
        return api.requests();
    }

    /** Requests to the id host. */
    public RequestLog idRequests() {
        return id.requests();
    }

    /** Rate limit of the API host (none by default: JobAdder publishes no numbers). */
    public RateLimiter rateLimit() {
        return api.rateLimit();
    }

    public MutableClock clock() {
        return clock;
    }

    public JobAdderSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        api.close();
        id.close();
    }

    // ---- OAuth

    /** Registers an app (client id, secret and the redirect URI its codes are bound to). */
    public void addClient(String clientId, String clientSecret, String redirectUri) {
        identity.addClient(clientId, clientSecret, Set.of(redirectUri));
    }

    /** A fresh authorization code with {@link #DEFAULT_SCOPE}, as the browser step would give it; 5-minute life. */
    public String issueCode(String clientId, String redirectUri) {
        return identity.issueCode(clientId, redirectUri, DEFAULT_SCOPE);
    }

    /** A fresh code with the given space-separated scopes (without {@code offline_access}: no refresh token). */
    public String issueCode(String clientId, String redirectUri, String scope) {
        return identity.issueCode(clientId, redirectUri, scope);
    }

    /** Expires every access token issued so far: the next API call with one answers 401. */
    public void expireAccessTokens() {
        identity.expireAccessTokens();
    }

    /** Revokes every refresh token (as when the granting user is removed). */
    public void revokeRefreshTokens() {
        identity.revokeRefreshTokens();
    }

    /** Refresh tokens still usable (rotation keeps one per grant). */
    public int liveRefreshTokens() {
        return identity.liveRefreshTokens();
    }

    // ---- candidates

    /** Stores a candidate (create-command or read shape); {@code createdAt}/{@code updatedAt} kept when given. */
    public ObjectNode seedCandidate(ObjectNode candidate) {
        return candidates.seed(candidate);
    }

    public int seedCandidates(Iterable<ObjectNode> all) {
        int n = 0;
        for (ObjectNode c : all) {
            candidates.seed(c);
            n++;
        }
        return n;
    }

    public Optional<ObjectNode> candidate(long candidateId) {
        return Optional.ofNullable(candidateStore.get(candidateId));
    }

    /** Every candidate, by id. */
    public List<ObjectNode> candidates() {
        return candidateStore.copies();
    }

    public int candidateCount() {
        return candidateStore.size();
    }

    public List<ObjectNode> candidatesWithEmail(String email) {
        String wanted = email.toLowerCase(Locale.ROOT);
        return candidates().stream().filter(c -> c.path("email").asText("").toLowerCase(Locale.ROOT).equals(wanted))
                .toList();
    }

    /** A recruiter's edit in JobAdder: overlays the fields and moves {@code updatedAt} to now. */
    public ObjectNode editCandidate(long candidateId, ObjectNode changes) {
        ObjectNode updated = Objects.requireNonNull(candidateStore.update(candidateId, changes),
                "no candidate " + candidateId);
        candidates.indexEmail(updated);
        return updated;
    }

    /** Moves a candidate to a status of {@code Statuses} (4 = Archived, inactive); updatedAt moves. */
    public ObjectNode setCandidateStatus(long candidateId, int statusId) {
        ObjectNode status = Objects.requireNonNull(Statuses.CANDIDATE.get(statusId), "unknown status " + statusId);
        return editCandidate(candidateId, (ObjectNode) Json.object().set("status", status.deepCopy()));
    }

    // ---- jobs

    public ObjectNode seedJob(ObjectNode job) {
        return jobs.seed(job);
    }

    public int seedJobs(Iterable<ObjectNode> all) {
        int n = 0;
        for (ObjectNode j : all) {
            jobs.seed(j);
            n++;
        }
        return n;
    }

    public Optional<ObjectNode> job(long jobId) {
        return Optional.ofNullable(jobStore.get(jobId));
    }

    public List<ObjectNode> jobs() {
        return jobStore.copies();
    }

    public ObjectNode editJob(long jobId, ObjectNode changes) {
        return Objects.requireNonNull(jobStore.update(jobId, changes), "no job " + jobId);
    }

    /** Moves a job to a status (3 = Closed, 4 = Filled: inactive); updatedAt moves. */
    public ObjectNode setJobStatus(long jobId, int statusId) {
        ObjectNode status = Objects.requireNonNull(Statuses.JOB.get(statusId), "unknown status " + statusId);
        return editJob(jobId, (ObjectNode) Json.object().set("status", status.deepCopy()));
    }

    /** Server settings fixed at start. */
    public static final class Builder extends EmulatorOptions<Builder> {
        private int idPort;
        private int apiPort;

        private Builder() {
        }

        /** Fixed ports (for {@code emulate}); 0 (default) picks free ones. */
        public Builder ports(int idPort, int apiPort) {
            this.idPort = idPort;
            this.apiPort = apiPort;
            return this;
        }

        public JobAdderEmulator start() {
            return new JobAdderEmulator(this);
        }
    }
}
