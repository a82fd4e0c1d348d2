package ai.hrflow.connectors.emulators.zoho;

import java.util.Optional;

/** The Recruit modules the emulator serves; any other module name answers 400 {@code INVALID_MODULE}. */
public enum RecruitModule {
    CANDIDATES("Candidates", "candidate", "Candidate_ID", "CAND"),
    JOB_OPENINGS("JobOpenings", "jobopening", "Job_Opening_ID", "JOB");

    private final String apiName;
    private final String scopeName;
    private final String autoNumberField;
    private final String autoNumberSuffix;

    RecruitModule(String apiName, String scopeName, String autoNumberField, String autoNumberSuffix) {
        this.apiName = apiName;
        this.scopeName = scopeName;
        this.autoNumberField = autoNumberField;
        this.autoNumberSuffix = autoNumberSuffix;
    }

    /** The module's {@code api_name} as used in URLs. */
    public String apiName() {
        return apiName;
    }

    /** The module part of a scope such as {@code ZohoRecruit.modules.candidate.READ}. */
    String scopeName() {
        return scopeName;
    }

    /** The read-only auto-number field ({@code Candidate_ID}, {@code Job_Opening_ID}). */
    String autoNumberField() {
        return autoNumberField;
    }

    String autoNumberSuffix() {
        return autoNumberSuffix;
    }

    /** The module a URL names; {@code Job_Openings} only when the alias is switched on. */
    static Optional<RecruitModule> fromPath(String name, boolean acceptJobOpeningsAlias) {
        for (RecruitModule m : values()) {
            if (m.apiName.equals(name)) {
                return Optional.of(m);
            }
        }
        if (acceptJobOpeningsAlias && "Job_Openings".equals(name)) {
            return Optional.of(JOB_OPENINGS);
        }
        return Optional.empty();
    }
}
