package ai.hrflow.connectors.jobadder;

import ai.hrflow.connectors.api.http.ApiClientSettings;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorType;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Flow;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.Warehouse;
import ai.hrflow.connectors.hrflow.HrFlowClientOptions;
import ai.hrflow.connectors.hrflow.HrFlowWarehouse;

/**
 * The JobAdder connector ({@code Jobadder}, subtype {@code jobadder}, ATS).
 *
 * <p>v2 flows: candidates into HrFlow profiles (create, update, archive = moved to an inactive status), jobs
 * into HrFlow jobs (create, update, archive = closed), and HrFlow profiles into JobAdder candidates (create,
 * update). No outbound archive: JobAdder deletes nothing through its API, and deactivating a candidate needs an
 * account-specific status endpoint the contract does not cover; no outbound job flow: the contract covers no
 * job write.
 *
 * <p>v1 actions with the reference's names: {@code push_profile} (seed 003), {@code pull_profile_list},
 * {@code pull_job_list}.
 */
public final class JobAdderConnector {
    public static final String NAME = "Jobadder";
    public static final String SUBTYPE = "jobadder";

    private JobAdderConnector() {
    }

    /** The connector talking to JobAdder and HrFlow with default HTTP settings. */
    public static Connector create() {
        return create(JobAdderConnection.DEFAULT_SETTINGS, HrFlowClientOptions.defaults());
    }

    /**
     * @param http HTTP behaviour of the JobAdder client (retries, backoff, timeouts)
     * @param hrflow options of the HrFlow side (v2 warehouse and v1 shapes alike)
     */
    public static Connector create(ApiClientSettings http, HrFlowClientOptions hrflow) {
        Warehouse hrflowWarehouse = HrFlowWarehouse.create(hrflow);
        Connector.Builder b = Connector.builder().name(NAME).subtype(SUBTYPE).type(ConnectorType.ATS)
                .description("JobAdder is a recruitment platform (ATS and CRM) for recruitment agencies and"
                        + " in-house talent teams.")
                .url("https://jobadder.com")
                .warehouse(JobAdderWarehouse.create(http)).hrflow(hrflowWarehouse);
        for (Mode mode : Mode.values()) {
            b.flow(Flow.of(mode, Entity.PROFILE, Direction.INBOUND).withFormat(JobAdderFormats.CANDIDATE_TO_HRFLOW));
            if (mode != Mode.ARCHIVE) {
                b.flow(Flow.of(mode, Entity.PROFILE, Direction.OUTBOUND).withFormat(JobAdderFormats.PROFILE_TO_JOBADDER));
            }
        }
        for (Mode mode : Mode.values()) {
            b.flow(Flow.of(mode, Entity.JOB, Direction.INBOUND).withFormat(JobAdderFormats.JOB_TO_HRFLOW));
        }
        b.legacyAction(JobAdderLegacy.pushProfile(http, hrflow));
        b.legacyAction(JobAdderLegacy.pullProfileList(http, hrflow));
        b.legacyAction(JobAdderLegacy.pullJobList(http, hrflowWarehouse));
        return b.build();
    }
}
