package ai.hrflow.connectors.emulators.recruitee;

import java.time.Duration;
import java.util.Objects;

/**
 * Switches for the points the Recruitee contract leaves open ({@code [unverified]} in {@code api/recruitee.md}).
 * Each can be changed while the emulator runs; defaults follow the contract's emulator checklist. Thread-safe.
 */
public final class RecruiteeSettings {
    private volatile boolean strictNulls = true;
    private volatile int foreignCompanyStatus = 403;
    private volatile int unknownOfferStatus = 422;
    private volatile int createStatus = 201;
    private volatile int deleteStatus = 200;
    private volatile Duration cvProcessingDelay = Duration.ZERO;

    /**
     * Strict mode: a {@code null} entry in {@code emails}, {@code phones}, {@code links} or {@code social_links}
     * is refused with 422 (catches the reference's {@code [null]} bug). Default on.
     */
    public RecruiteeSettings strictNulls(boolean on) {
        this.strictNulls = on;
        return this;
    }

    public boolean strictNulls() {
        return strictNulls;
    }

    /** Status for a valid token used on another company: 403 (default) or 404. */
    public RecruiteeSettings foreignCompanyStatus(int status) {
        this.foreignCompanyStatus = oneOf(status, 403, 404, "foreignCompanyStatus");
        return this;
    }

    public int foreignCompanyStatus() {
        return foreignCompanyStatus;
    }

    /** Status for an unknown offer id in a create's {@code offers}: 422 (default) or 404. */
    public RecruiteeSettings unknownOfferStatus(int status) {
        this.unknownOfferStatus = oneOf(status, 422, 404, "unknownOfferStatus");
        return this;
    }

    public int unknownOfferStatus() {
        return unknownOfferStatus;
    }

    /** Success status of {@code POST /candidates}: 201 (default) or 200. */
    public RecruiteeSettings createStatus(int status) {
        this.createStatus = oneOf(status, 201, 200, "createStatus");
        return this;
    }

    public int createStatus() {
        return createStatus;
    }

    /** Success status of {@code DELETE /candidates/{id}}: 200 with the deleted candidate (default) or 204. */
    public RecruiteeSettings deleteStatus(int status) {
        this.deleteStatus = oneOf(status, 200, 204, "deleteStatus");
        return this;
    }

    public int deleteStatus() {
        return deleteStatus;
    }

    /**
     * How long after a {@code remote_cv_url} is received the CV shows as {@code cv_original_url} (Recruitee
     * downloads and parses it asynchronously). Zero (default): at once. Measured on the emulator's clock.
     */
    public RecruiteeSettings cvProcessingDelay(Duration delay) {
        this.cvProcessingDelay = Objects.requireNonNull(delay, "delay");
        return this;
    }

    public Duration cvProcessingDelay() {
        return cvProcessingDelay;
    }

    private static int oneOf(int status, int a, int b, String name) {
        if (status != a && status != b) {
            throw new IllegalArgumentException(name + " must be " + a + " or " + b + ": " + status);
        }
        return status;
    }
}
