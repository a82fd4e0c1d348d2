package ai.hrflow.connectors.emulators.zoho;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Switches for what the Zoho contract leaves open ([?] in {@code api/zoho-recruit.md}) and for the limits tests
 * shrink. Every switch can change while the emulator runs (volatile fields); defaults follow the contract's best
 * evidence, see {@link ZohoEmulator} for the list. Module-specific rules (mandatory, unique and custom fields)
 * live on {@link RecruitRecords}.
 */
public final class ZohoSettings {
    /** What a wrong {@code client_secret} answers (still HTTP 200). */
    public enum WrongSecret { INVALID_CLIENT, INVALID_CLIENT_SECRET }

    /** What {@code GET /{module}/{id}} answers for an id that is not a live record. */
    public enum UnknownRecord { NO_CONTENT, INVALID_DATA }

    /** What writes do with read-only fields ({@code id}, times, {@code Full_Name}, auto-numbers, ...) in the input. */
    public enum ReadOnlyInput { IGNORE, REJECT }

    /** What writes do with keys that are neither standard nor registered custom fields. */
    public enum UnknownFields { DROP, KEEP }

    /** What lists do with {@code per_page} above 200. */
    public enum PerPageOverflow { CLAMP, REJECT }

    private volatile Duration codeLifetime = Duration.ofMinutes(3);
    private volatile Duration accessTokenLifetime = Duration.ofHours(1);
    private volatile WrongSecret wrongSecret = WrongSecret.INVALID_CLIENT;
    private volatile int accessTokensPerRefreshTokenPer10Minutes = 10;
    private volatile int maxActiveAccessTokens = 15;
    private volatile int maxRefreshTokensPerClient = 20;

    private volatile boolean acceptBearer;
    private volatile boolean authenticationFailureCode;
    private volatile boolean enforceScopes = true;
    private volatile boolean jobOpeningsAlias = true;
    private volatile UnknownRecord unknownRecord = UnknownRecord.NO_CONTENT;
    private volatile int partialSuccessStatus = 207;
    private volatile String batchLimitCode = "LIMIT_EXCEEDED";
    private volatile ReadOnlyInput readOnlyInput = ReadOnlyInput.IGNORE;
    private volatile UnknownFields unknownFields = UnknownFields.DROP;
    private volatile PerPageOverflow perPageOverflow = PerPageOverflow.CLAMP;
    private volatile boolean candidatesModifiedTime = true;
    private volatile ZoneId timeZone = ZoneId.of("Europe/Paris");

    private volatile long dailyCredits = 1_000_000;
    private volatile boolean retryAfter;
    private volatile int concurrencyLimit;
    private volatile Duration processingTime = Duration.ZERO;

    // ---- accounts

    /** Lifetime of authorization codes issued by the test hook when none is given. Default 3 minutes. */
    public ZohoSettings codeLifetime(Duration d) {
        this.codeLifetime = positive(d, "codeLifetime");
        return this;
    }

    public Duration codeLifetime() {
        return codeLifetime;
    }

    /** Access token lifetime, also sent as {@code expires_in} (whole seconds). Default 3600 s. */
    public ZohoSettings accessTokenLifetime(Duration d) {
        this.accessTokenLifetime = positive(d, "accessTokenLifetime");
        return this;
    }

    public Duration accessTokenLifetime() {
        return accessTokenLifetime;
    }

    /** Default {@code invalid_client}, as the §7 checklist says; reports disagree, so clients must accept both. */
    public ZohoSettings wrongSecret(WrongSecret answer) {
        this.wrongSecret = Objects.requireNonNull(answer);
        return this;
    }

    public WrongSecret wrongSecret() {
        return wrongSecret;
    }

    /** New access tokens per refresh token per 10 minutes before {@code access_denied}; 0 disables. Default 10. */
    public ZohoSettings accessTokensPerRefreshTokenPer10Minutes(int n) {
        this.accessTokensPerRefreshTokenPer10Minutes = nonNegative(n);
        return this;
    }

    public int accessTokensPerRefreshTokenPer10Minutes() {
        return accessTokensPerRefreshTokenPer10Minutes;
    }

    /** Live access tokens per refresh token; one more silently kills the oldest. 0 disables. Default 15. */
    public ZohoSettings maxActiveAccessTokens(int n) {
        this.maxActiveAccessTokens = nonNegative(n);
        return this;
    }

    public int maxActiveAccessTokens() {
        return maxActiveAccessTokens;
    }

    /** Refresh tokens per client; one more deletes the oldest with its access tokens. 0 disables. Default 20. */
    public ZohoSettings maxRefreshTokensPerClient(int n) {
        this.maxRefreshTokensPerClient = nonNegative(n);
        return this;
    }

    public int maxRefreshTokensPerClient() {
        return maxRefreshTokensPerClient;
    }

    // ---- recruit: auth and shape

    /** Also accept {@code Authorization: Bearer <token>}. Default off: only {@code Zoho-oauthtoken}. */
    public ZohoSettings acceptBearer(boolean on) {
        this.acceptBearer = on;
        return this;
    }

    public boolean acceptBearer() {
        return acceptBearer;
    }

    /** Answer bad tokens with {@code AUTHENTICATION_FAILURE} instead of {@code INVALID_TOKEN} (seen in the wild). */
    public ZohoSettings authenticationFailureCode(boolean on) {
        this.authenticationFailureCode = on;
        return this;
    }

    public boolean authenticationFailureCode() {
        return authenticationFailureCode;
    }

    /** Check token scopes (401 {@code OAUTH_SCOPE_MISMATCH}). Default on. */
    public ZohoSettings enforceScopes(boolean on) {
        this.enforceScopes = on;
        return this;
    }

    public boolean enforceScopes() {
        return enforceScopes;
    }

    /** Serve {@code Job_Openings} as an alias of {@code JobOpenings}. Default on. */
    public ZohoSettings jobOpeningsAlias(boolean on) {
        this.jobOpeningsAlias = on;
        return this;
    }

    public boolean jobOpeningsAlias() {
        return jobOpeningsAlias;
    }

    /** Default 204 (like an empty list); {@code INVALID_DATA} answers 400 with {@code details.id}. */
    public ZohoSettings unknownRecord(UnknownRecord answer) {
        this.unknownRecord = Objects.requireNonNull(answer);
        return this;
    }

    public UnknownRecord unknownRecord() {
        return unknownRecord;
    }

    /** HTTP status of a write where some records failed and some succeeded: 207 (default) or 202. */
    public ZohoSettings partialSuccessStatus(int status) {
        if (status != 207 && status != 202) {
            throw new IllegalArgumentException("partialSuccessStatus must be 207 or 202: " + status);
        }
        this.partialSuccessStatus = status;
        return this;
    }

    public int partialSuccessStatus() {
        return partialSuccessStatus;
    }

    /** Error code of a write or delete over 100 records: {@code LIMIT_EXCEEDED} (default) or {@code INVALID_DATA}. */
    public ZohoSettings batchLimitCode(String code) {
        if (!"LIMIT_EXCEEDED".equals(code) && !"INVALID_DATA".equals(code)) {
            throw new IllegalArgumentException("batchLimitCode must be LIMIT_EXCEEDED or INVALID_DATA: " + code);
        }
        this.batchLimitCode = code;
        return this;
    }

    public String batchLimitCode() {
        return batchLimitCode;
    }

    public ZohoSettings readOnlyInput(ReadOnlyInput policy) {
        this.readOnlyInput = Objects.requireNonNull(policy);
        return this;
    }

    public ReadOnlyInput readOnlyInput() {
        return readOnlyInput;
    }

    public ZohoSettings unknownFields(UnknownFields policy) {
        this.unknownFields = Objects.requireNonNull(policy);
        return this;
    }

    public UnknownFields unknownFields() {
        return unknownFields;
    }

    public ZohoSettings perPageOverflow(PerPageOverflow policy) {
        this.perPageOverflow = Objects.requireNonNull(policy);
        return this;
    }

    public PerPageOverflow perPageOverflow() {
        return perPageOverflow;
    }

    /** Whether Candidates carry {@code Modified_Time} next to {@code Updated_On}. Default on. */
    public ZohoSettings candidatesModifiedTime(boolean on) {
        this.candidatesModifiedTime = on;
        return this;
    }

    public boolean candidatesModifiedTime() {
        return candidatesModifiedTime;
    }

    /** The org's time zone: the offset every date-time is written with. Default Europe/Paris. */
    public ZohoSettings timeZone(ZoneId zone) {
        this.timeZone = Objects.requireNonNull(zone);
        return this;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    // ---- recruit: limits

    /** API credits per rolling 24 h (by the emulator's clock). Default 1,000,000 (the Enterprise maximum). */
    public ZohoSettings dailyCredits(long credits) {
        if (credits < 0) {
            throw new IllegalArgumentException("dailyCredits must be >= 0");
        }
        this.dailyCredits = credits;
        return this;
    }

    public long dailyCredits() {
        return dailyCredits;
    }

    /**
     * Send {@code Retry-After} on the Recruit 429s (credits: seconds until enough credits leave the 24 h window;
     * concurrency: 1). Default off: Zoho documents no such header, so a client must cope without it.
     */
    public ZohoSettings retryAfter(boolean on) {
        this.retryAfter = on;
        return this;
    }

    public boolean retryAfter() {
        return retryAfter;
    }

    /** Records API calls served at once before 429; 0 (default) disables: Zoho publishes no figure. */
    public ZohoSettings concurrencyLimit(int n) {
        this.concurrencyLimit = nonNegative(n);
        return this;
    }

    public int concurrencyLimit() {
        return concurrencyLimit;
    }

    /**
     * Time each Records API call holds its concurrency slot. The base's latency faults sleep before a request
     * is admitted, so only this makes concurrent calls overlap inside the limit.
     */
    public ZohoSettings processingTime(Duration d) {
        this.processingTime = d == null || d.isNegative() ? Duration.ZERO : d;
        return this;
    }

    public Duration processingTime() {
        return processingTime;
    }

    private static Duration positive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return d;
    }

    private static int nonNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("must be >= 0: " + n);
        }
        return n;
    }
}
