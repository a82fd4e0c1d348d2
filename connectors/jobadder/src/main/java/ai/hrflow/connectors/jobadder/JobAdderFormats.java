package ai.hrflow.connectors.jobadder;

import ai.hrflow.connectors.api.spi.Format;

/**
 * The default formats of the JobAdder actions, declared here so the generated docs link to these lines.
 * Each is a pure function of its item; see the implementing classes for the mapping and what it fixes.
 */
public final class JobAdderFormats {

    /** HrFlow profile → JobAdder candidate create/update body ({@link ProfileToCandidate}); seed 003's default. */
    public static final Format PROFILE_TO_JOBADDER =
            Format.named("format_profile_to_jobadder", JobAdderFormats.class, ProfileToCandidate::apply);

    /** JobAdder candidate → HrFlow profile, {@code reference} = {@code candidateId} ({@link CandidateToProfile}). */
    public static final Format CANDIDATE_TO_HRFLOW =
            Format.named("format_jobadder_candidate_to_hrflow", JobAdderFormats.class, CandidateToProfile::apply);

    /** JobAdder job → HrFlow job, {@code reference} = {@code jobId} ({@link JobToHrFlow}). */
    public static final Format JOB_TO_HRFLOW = Format.named("format_jobadder_job_to_hrflow", JobAdderFormats.class, JobToHrFlow::apply);

    private JobAdderFormats() {
    }
}
