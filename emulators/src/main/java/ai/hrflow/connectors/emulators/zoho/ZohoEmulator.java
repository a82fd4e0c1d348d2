package ai.hrflow.connectors.emulators.zoho;

import ai.hrflow.connectors.emulators.server.EmulatorOptions;
import ai.hrflow.connectors.emulators.server.EmulatorServer;
import ai.hrflow.connectors.emulators.server.FaultInjector;
import ai.hrflow.connectors.emulators.server.MutableClock;
import ai.hrflow.connectors.emulators.server.RateLimiter;
import ai.hrflow.connectors.emulators.server.RequestLog;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Zoho Accounts (OAuth) and Zoho Recruit v2 (Candidates, JobOpenings) in process, for one data center,
 * following the emulator checklist of {@code api/zoho-recruit.md} §7. Two loopback servers, as Zoho has two
 * hosts: map {@code https://accounts.zoho.eu} onto {@link #accountsUrl()} and {@code https://recruit.zoho.eu}
 * onto {@link #recruitUrl()} (the product appends {@code /oauth/v2/token} and {@code /recruit/v2/...}).
 *
 * <pre>{@code
 * try (ZohoEmulator zoho = ZohoEmulator.builder().clock(MutableClock.fixed(T0)).start()) {
 *     ZohoClientCredentials client = zoho.registerClient();
 *     String code = zoho.issueAuthorizationCode(client.clientId());
 *     zoho.candidates().seed(ZohoData.candidates(1_000, 42));
 *     zoho.settings().dailyCredits(50).retryAfter(true);
 *     zoho.recruitFaults().next(1, "GET", "/recruit/v2/Candidates", Fault.status(500));
 *     // ... run the product against zoho.accountsUrl() / zoho.recruitUrl() with client + code ...
 *     assertThat(zoho.codeExchanges()).isEqualTo(1);
 *     assertThat(zoho.calls().count(RecruitModule.CANDIDATES, RecruitOperation.GET)).isZero();   // no N+1
 *     assertThat(zoho.calls().maxRecordsPerCall(RecruitModule.CANDIDATES, RecruitOperation.INSERT)).isLessThanOrEqualTo(100);
 * }
 * }</pre>
 *
 * <h2>Where the contract is unsure ([?]), and what the emulator does</h2>
 * Switches are on {@link #settings()} ({@link ZohoSettings}) or on the module ({@link RecruitRecords}).
 * <ul>
 * <li>Data centers: the seven of §1; SA and UK (no confirmed Recruit host) are left out.</li>
 * <li>Wrong client secret: 200 {@code invalid_client} (§7); {@code wrongSecret(INVALID_CLIENT_SECRET)} for the
 *     other reported answer. Unknown client or a client of another {@link DataCenter}: {@code invalid_client}.</li>
 * <li>Token limits (§2.4, figures vary between Zoho pages): 10 new access tokens per refresh token per 10 min
 *     ({@code access_denied}, HTTP 200), 15 live access tokens per refresh token, 20 refresh tokens per client,
 *     oldest evicted silently; {@code accessTokensPerRefreshTokenPer10Minutes / maxActiveAccessTokens /
 *     maxRefreshTokensPerClient}, 0 disables. Codes last {@code codeLifetime} (3 min), access tokens
 *     {@code accessTokenLifetime} (3600 s), both on the injectable clock. Refresh tokens are never rotated.</li>
 * <li>{@code api_domain} is the DC's real {@code www.zohoapis.*} host, never the emulator: a client must derive the
 *     Recruit host from its DC (§1). The revoke endpoint answers {@code {"status":"success"}}, or
 *     {@code {"error":"invalid_code"}} for an unknown token (not documented).</li>
 * <li>Scopes: codes issued without scopes carry {@link #DEFAULT_SCOPES}; search needs
 *     {@code ZohoSearch.securesearch.READ}; {@code WRITE} covers create/update/delete; {@code enforceScopes(false)}.</li>
 * <li>Auth header: only {@code Zoho-oauthtoken} ({@code acceptBearer(true)} for Bearer); bad tokens get 401
 *     {@code INVALID_TOKEN} ({@code authenticationFailureCode(true)} for {@code AUTHENTICATION_FAILURE}).</li>
 * <li>{@code Job_Openings} is an alias of {@code JobOpenings} ({@code jobOpeningsAlias(false)}).</li>
 * <li>Unknown id on GET: 204 ({@code unknownRecord(INVALID_DATA)} for 400). {@code per_page} over 200 is
 *     clamped ({@code perPageOverflow(REJECT)} for 400). Without {@code sort_by} records come in id (creation)
 *     order; {@code sort_order} defaults to asc; ties break by id.</li>
 * <li>{@code If-Modified-Since} (ISO offset date-time, or an HTTP date) keeps records modified strictly after it,
 *     at second precision; when it leaves nothing: 304 on lists and {@code /deleted}; otherwise an empty page is
 *     204. {@code cvid} and {@code territory_id} are checked (digits) and charged but filter nothing.</li>
 * <li>Candidates carry {@code Updated_On} and also {@code Modified_Time} ({@code candidatesModifiedTime(false)} to
 *     drop it); both can be sorted on. Date-times are written in {@code timeZone} (Europe/Paris).</li>
 * <li>Mandatory on create: {@code Last_Name}; {@code Job_Opening_Name} for JobOpenings as §7 says, although §4.2
 *     only says "name required" and orgs show {@code Posting_Title} as the title:
 *     {@code jobOpenings().mandatoryFields("Posting_Title")} switches.</li>
 * <li>Over 100 records (write or delete): 400 {@code LIMIT_EXCEEDED} ({@code batchLimitCode("INVALID_DATA")}).
 *     Mixed results: 207 ({@code partialSuccessStatus(202)}); all failed: 400 with {@code data}; upsert answers
 *     200 with {@code action} insert/update per record.</li>
 * <li>Read-only input fields are ignored ({@code readOnlyInput(REJECT)} for {@code INVALID_DATA}); unknown keys are
 *     dropped ({@code unknownFields(KEEP)} stores them; {@code customField(...)} declares a real one).</li>
 * <li>Types: text 255, {@code Skill_Set}/{@code Summary}/{@code Job_Description} 32,000,
 *     {@code Additional_Info}/{@code Required_Skills} 2,000, phones 30; numbers must be JSON numbers, booleans JSON
 *     booleans; owner lookups must name a user of the org ({@link #addUser}). {@code Client_Name} may be text or a
 *     lookup; tags strings or {@code {name}} objects; {@code Work_Duration}/{@code Duration} {@code from}/{@code to}
 *     any strings.</li>
 * <li>Duplicates: {@code Email}, ignoring case, against live records and earlier records of the same batch;
 *     {@code candidates().uniqueFields("Email", "Phone")} adds more. {@code duplicate_check_fields} must name unique
 *     fields (else 400).</li>
 * <li>Subform update: rows with {@code id} edit that row, rows without are added, unlisted rows removed. Education
 *     rows use {@code Duration}; the reference's {@code Education_Duration} is an unknown key and is dropped.</li>
 * <li>Search: {@code equals} with comma-separated alternatives, {@code starts_with}, case-insensitive; malformed
 *     criteria: 400 {@code INVALID_QUERY}; {@code phone} compares digits only; {@code word} matches any text field.</li>
 * <li>Credits: {@code dailyCredits} (1,000,000) per rolling 24 h of the clock, charged before the handler runs;
 *     exhausted: 429 {@code TOO_MANY_REQUESTS} without {@code Retry-After} ({@code retryAfter(true)}). Concurrency
 *     cap off ({@code concurrencyLimit(n)}, with {@code processingTime}); delete costs 1 per call.</li>
 * <li>Lowercase booleans only in {@code include_child} and {@code wf_trigger} ({@code True} is 400).</li>
 * </ul>
 * Not emulated: other modules (400 {@code INVALID_MODULE}), the candidate status endpoint, attachments,
 * metadata endpoints, the legacy API (404).
 */
public final class ZohoEmulator implements AutoCloseable {
    /** Scopes of codes and tokens issued without explicit scopes. */
    public static final Set<String> DEFAULT_SCOPES = Set.of("ZohoRecruit.modules.ALL", "ZohoSearch.securesearch.READ");

    private final ZohoSettings settings = new ZohoSettings();
    private final MutableClock clock;
    private final OAuthAccounts accounts;
    private final ZohoOrg org;
    private final EmulatorServer accountsServer;
    private final EmulatorServer recruitServer;
    private final RecruitRecords candidates;
    private final RecruitRecords jobOpenings;

    private ZohoEmulator(Builder b) {
        this.clock = b.clock();
        this.accounts = new OAuthAccounts(b.dataCenter, settings, clock);
        this.org = new ZohoOrg(settings, clock);
        this.candidates = new RecruitRecords(org, org.store(RecruitModule.CANDIDATES));
        this.jobOpenings = new RecruitRecords(org, org.store(RecruitModule.JOB_OPENINGS));
        this.accountsServer = b.server("zoho-accounts", b.accountsPort, 8)
                .errors(ZohoErrors.accountsResponder()).start();
        try {
            this.recruitServer = b.server("zoho-recruit", b.recruitPort)
                    .errors(ZohoErrors.recruitResponder()).start();
        } catch (RuntimeException e) {
            accountsServer.close();
            throw e;
        }
        new AccountsRoutes(accounts).register(accountsServer.router());
        RecruitGate gate = new RecruitGate(org, accounts);
        new ReadRoutes(org, gate).register(recruitServer.router());
        new WriteRoutes(org, gate).register(recruitServer.router());
    }

    /** EU data center, free ports, system clock. */
    public static ZohoEmulator start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Stands for {@code https://accounts.zoho.<dc>}: {@code http://127.0.0.1:<port>}. */
    public String accountsUrl() {
        return accountsServer.baseUrl();
    }

    /** Stands for {@code https://recruit.zoho.<dc>} (no {@code /recruit/v2}): {@code http://127.0.0.1:<port>}. */
    public String recruitUrl() {
        return recruitServer.baseUrl();
    }

    public DataCenter dataCenter() {
        return accounts.dataCenter();
    }

    public ZohoSettings settings() {
        return settings;
    }

    public MutableClock clock() {
        return clock;
    }

    public EmulatorServer accountsServer() {
        return accountsServer;
    }

    public EmulatorServer recruitServer() {
        return recruitServer;
    }

    public FaultInjector accountsFaults() {
        return accountsServer.faults();
    }

    public FaultInjector recruitFaults() {
        return recruitServer.faults();
    }

    public RequestLog accountsRequests() {
        return accountsServer.requests();
    }

    public RequestLog recruitRequests() {
        return recruitServer.requests();
    }

    /** The base's generic requests-per-second cap on the Recruit host (429 with Retry-After). */
    public RateLimiter recruitRateLimit() {
        return recruitServer.rateLimit();
    }

    @Override
    public void close() {
        recruitServer.close();
        accountsServer.close();
    }

    // ---- Zoho Accounts

    /** Registers a Self Client of this data center with generated, Zoho-shaped id and secret. */
    public ZohoClientCredentials registerClient() {
        return registerClient(OAuthAccounts.newClientId(), OAuthAccounts.newSecret(), dataCenter());
    }

    public ZohoClientCredentials registerClient(String clientId, String clientSecret) {
        return registerClient(clientId, clientSecret, dataCenter());
    }

    /** A client of another data center exists in Zoho but this accounts host answers {@code invalid_client}. */
    public ZohoClientCredentials registerClient(String clientId, String clientSecret, DataCenter dataCenter) {
        return accounts.register(clientId, clientSecret, Objects.requireNonNull(dataCenter));
    }

    /** A single-use grant code ("Generate Code" in the console) with {@link #DEFAULT_SCOPES} and {@code codeLifetime}. */
    public String issueAuthorizationCode(String clientId) {
        return accounts.issueCode(clientId, DEFAULT_SCOPES, settings.codeLifetime());
    }

    public String issueAuthorizationCode(String clientId, Duration lifetime, String... scopes) {
        return accounts.issueCode(clientId, scopes(scopes), lifetime);
    }

    /** A refresh token as if a code had been exchanged earlier (not counted as an exchange). */
    public String issueRefreshToken(String clientId, String... scopes) {
        return accounts.issueRefreshToken(clientId, scopes(scopes));
    }

    /**
     * A live access token for tests of the Records API alone: not counted as an exchange, and exempt from the
     * refresh-token cap, so minting many never evicts the product's tokens. It still expires by the clock.
     */
    public String issueAccessToken(String clientId, String... scopes) {
        return accounts.issueAccessToken(clientId, scopes(scopes));
    }

    /** Revokes a refresh token and its access tokens, as the revoke endpoint or the Connected Apps page does. */
    public boolean revokeRefreshToken(String refreshToken) {
        return accounts.revoke(refreshToken);
    }

    /** {@code grant_type=authorization_code} requests received, whatever their outcome. */
    public long codeExchanges() {
        return accounts.codeExchanges();
    }

    /** {@code grant_type=refresh_token} requests received, whatever their outcome. */
    public long refreshes() {
        return accounts.refreshes();
    }

    // ---- Zoho Recruit

    public RecruitRecords candidates() {
        return candidates;
    }

    public RecruitRecords jobOpenings() {
        return jobOpenings;
    }

    public RecruitRecords records(RecruitModule module) {
        return module == RecruitModule.CANDIDATES ? candidates : jobOpenings;
    }

    /** Adds a user to the org (for owner / recruiter lookups); returns the user's id. */
    public String addUser(String name) {
        return org.addUser(name);
    }

    /** The user every token acts as; {@code Created_By}, {@code Modified_By} and the default owner. */
    public String adminUserId() {
        return org.adminId();
    }

    /** Records API calls per module and operation, with records per write call. */
    public ZohoCalls calls() {
        return org.calls;
    }

    /** Credits spent in the last 24 h of the emulator's clock. */
    public long creditsUsed() {
        return org.credits.used();
    }

    public void resetCredits() {
        org.credits.reset();
    }

    private static Set<String> scopes(String... scopes) {
        return scopes.length == 0 ? DEFAULT_SCOPES : Set.copyOf(Arrays.asList(scopes));
    }

    /** Start-time settings; everything else is on {@link #settings()}. */
    public static final class Builder extends EmulatorOptions<Builder> {
        private DataCenter dataCenter = DataCenter.EU;
        private int accountsPort;
        private int recruitPort;

        private Builder() {
        }

        /** The data center this emulator plays (default EU, the reference's default). */
        public Builder dataCenter(DataCenter dc) {
            this.dataCenter = Objects.requireNonNull(dc);
            return this;
        }

        /** Fixed ports (for {@code emulate}); 0 (default) picks free ones. */
        public Builder ports(int accountsPort, int recruitPort) {
            this.accountsPort = accountsPort;
            this.recruitPort = recruitPort;
            return this;
        }

        public ZohoEmulator start() {
            return new ZohoEmulator(this);
        }
    }
}
