package ai.hrflow.connectors.emulators.hrflow;

/**
 * Switches for the points the HrFlow contract leaves open ([?] in {@code api/hrflow.md}). Each can be changed
 * while the emulator runs; the defaults follow the contract's best evidence. Thread-safe (volatile fields).
 */
public final class HrFlowSettings {
    /** What a parsing upload does with a {@code reference} already used in the source and no {@code key}. */
    public enum ExistingReference {
        /** 400 {@code Cannot create profile with this reference: <ref>. Already used!}, like a JSON create. */
        REJECT,
        /** Re-parse into the existing profile (same key and id, document replaced). */
        REPARSE
    }

    /** When an asynchronously parsed profile (202) becomes readable. */
    public enum AsyncParsing {
        /** Stored before the 202 is sent. */
        IMMEDIATE,
        /** Held until the test calls {@link HrFlowEmulator#completeAsyncParsing()}. */
        ON_DEMAND
    }

    private volatile int notFoundStatus = 400;
    private volatile int maxLimit = 1000;
    private volatile boolean enforcePermissions = true;
    private volatile boolean searchingEligibility;
    private volatile boolean archivedReferenceBlocksCreate = true;
    private volatile boolean storingIncludesArchived = true;
    private volatile ExistingReference parsingExistingReference = ExistingReference.REJECT;
    private volatile AsyncParsing asyncParsing = AsyncParsing.IMMEDIATE;
    private volatile String teamName = "Emulated Team";
    private volatile String teamSubdomain = "emulated-team";

    /**
     * Status of every "Unable to find object" answer. Default 400, as all observed evidence shows; 404 is what
     * the docs' status table suggests. Clients must match on the message either way.
     */
    public HrFlowSettings notFoundStatus(int status) {
        if (status != 400 && status != 404) {
            throw new IllegalArgumentException("notFoundStatus must be 400 or 404: " + status);
        }
        this.notFoundStatus = status;
        return this;
    }

    public int notFoundStatus() {
        return notFoundStatus;
    }

    /** Largest accepted {@code limit} on lists; above it the call is rejected with 400 (undocumented upstream). */
    public HrFlowSettings maxLimit(int maxLimit) {
        if (maxLimit < 1) {
            throw new IllegalArgumentException("maxLimit must be >= 1");
        }
        this.maxLimit = maxLimit;
        return this;
    }

    public int maxLimit() {
        return maxLimit;
    }

    /** Key-prefix permissions: {@code askr_} read only, {@code askw_} write only. Default on. */
    public HrFlowSettings enforcePermissions(boolean on) {
        this.enforcePermissions = on;
        return this;
    }

    public boolean enforcePermissions() {
        return enforcePermissions;
    }

    /** Apply the searching-eligibility rule (contract 2.5) to {@code /profiles/searching}. Default off. */
    public HrFlowSettings searchingEligibility(boolean on) {
        this.searchingEligibility = on;
        return this;
    }

    public boolean searchingEligibility() {
        return searchingEligibility;
    }

    /** Whether a reference held by an archived object still blocks a create. Default on. */
    public HrFlowSettings archivedReferenceBlocksCreate(boolean on) {
        this.archivedReferenceBlocksCreate = on;
        return this;
    }

    public boolean archivedReferenceBlocksCreate() {
        return archivedReferenceBlocksCreate;
    }

    /**
     * Whether {@code /storing/*} lists show archived objects (with {@code archived_at} set). Default on. Unverified
     * either way: HrFlow documents archiving as taking objects out of searching, says nothing of the storing
     * lists, still answers a GET for an archived object, and its Profile Object lists {@code archived_at} as "null
     * for unarchived Profiles" — a field a list only needs if it shows archived ones. The storing lists are the
     * data-management view, so the emulator shows them there. Off: hidden, like searching; scheduled archive
     * flows (HrFlow → ATS) then read nothing, since no documented list parameter selects archived objects.
     */
    public HrFlowSettings storingIncludesArchived(boolean on) {
        this.storingIncludesArchived = on;
        return this;
    }

    public boolean storingIncludesArchived() {
        return storingIncludesArchived;
    }

    public HrFlowSettings parsingExistingReference(ExistingReference choice) {
        this.parsingExistingReference = java.util.Objects.requireNonNull(choice);
        return this;
    }

    public ExistingReference parsingExistingReference() {
        return parsingExistingReference;
    }

    public HrFlowSettings asyncParsing(AsyncParsing mode) {
        this.asyncParsing = java.util.Objects.requireNonNull(mode);
        return this;
    }

    public AsyncParsing asyncParsing() {
        return asyncParsing;
    }

    /** Team shown by {@code GET /auth}. */
    public HrFlowSettings team(String name, String subdomain) {
        this.teamName = name;
        this.teamSubdomain = subdomain;
        return this;
    }

    public String teamName() {
        return teamName;
    }

    public String teamSubdomain() {
        return teamSubdomain;
    }
}
