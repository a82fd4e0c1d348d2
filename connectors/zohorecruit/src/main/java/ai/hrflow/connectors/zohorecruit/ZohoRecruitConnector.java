package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.http.ApiClientSettings;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorType;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Flow;
import ai.hrflow.connectors.api.model.LegacyAction;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.TriggerType;
import ai.hrflow.connectors.hrflow.HrFlowClientOptions;
import ai.hrflow.connectors.hrflow.HrFlowLegacy;
import ai.hrflow.connectors.hrflow.HrFlowWarehouse;

/**
 * The Zoho Recruit connector ({@code zohorecruit}, type ATS): the reference's nine flows, candidates both ways
 * and job openings into HrFlow, each in create, update and archive mode, plus the v1 action
 * {@code push_profile_list} of seed 000.
 *
 * <pre>{@code
 * Action sync = ZohoRecruitConnector.create().action("update_profiles_in_hrflow").orElseThrow();
 * RunResult result = sync.run(ActionRequest.builder("zoho-candidates")
 *         .connectorAuth(Map.of("client_id", id, "client_secret", secret, "authorization_code", code))
 *         .hrflowAuth(Map.of("api_secret", key, "api_user", "me@example.com"))
 *         .pushParameters(Map.of("source_key", source))
 *         .incremental(true).build());
 * }</pre>
 */
public final class ZohoRecruitConnector {
    public static final String NAME = "Zoho Recruit";
    public static final String SUBTYPE = "zohorecruit";
    static final String DESCRIPTION = "Zoho Recruit offers a powerful ATS and CRM in a single recruitment platform. "
            + "With scalability, customization, and remote hiring tools, Recruit has everything your staffing agency "
            + "or internal HR team needs to match the right candidate to the right role.";

    private ZohoRecruitConnector() {
    }

    /** With the production settings of both APIs. */
    public static Connector create() {
        return create(ZohoConnection.DEFAULT_SETTINGS, HrFlowClientOptions.defaults());
    }

    /**
     * @param zoho HTTP settings of the Zoho clients (timeouts, retries)
     * @param hrflow options of the HrFlow clients
     */
    public static Connector create(ApiClientSettings zoho, HrFlowClientOptions hrflow) {
        return Connector.builder()
                .name(NAME).subtype(SUBTYPE).type(ConnectorType.ATS)
                .description(DESCRIPTION).url("https://zoho.com/recruit/")
                .warehouse(ZohoRecruitWarehouse.create(zoho))
                .hrflow(HrFlowWarehouse.create(hrflow))
                .flow(inbound(Mode.CREATE, Entity.PROFILE).withFormat(CandidateFormats.ZOHO_CANDIDATE_TO_HRFLOW))
                .flow(outbound(Mode.CREATE).withFormat(CandidateFormats.HRFLOW_PROFILE_TO_ZOHO))
                .flow(inbound(Mode.UPDATE, Entity.PROFILE).withFormat(CandidateFormats.ZOHO_CANDIDATE_TO_HRFLOW))
                .flow(outbound(Mode.UPDATE).withFormat(CandidateFormats.HRFLOW_PROFILE_TO_ZOHO))
                .flow(inbound(Mode.ARCHIVE, Entity.PROFILE).withFormat(ArchiveFormats.ARCHIVE_IN_HRFLOW))
                .flow(outbound(Mode.ARCHIVE).withFormat(ArchiveFormats.ARCHIVE_IN_ZOHO))
                .flow(inbound(Mode.CREATE, Entity.JOB).withFormat(JobOpeningFormats.ZOHO_JOB_OPENING_TO_HRFLOW))
                .flow(inbound(Mode.UPDATE, Entity.JOB).withFormat(JobOpeningFormats.ZOHO_JOB_OPENING_TO_HRFLOW))
                .flow(inbound(Mode.ARCHIVE, Entity.JOB).withFormat(ArchiveFormats.ARCHIVE_IN_HRFLOW))
                .legacyAction(pushProfileList(zoho, hrflow))
                .build();
    }

    private static Flow inbound(Mode mode, Entity entity) {
        return Flow.of(mode, entity, Direction.INBOUND);
    }

    private static Flow outbound(Mode mode) {
        return Flow.of(mode, Entity.PROFILE, Direction.OUTBOUND);
    }

    /** Seed 000: one HrFlow profile (hook-triggered) inserted as a Zoho candidate. */
    private static LegacyAction pushProfileList(ApiClientSettings zoho, HrFlowClientOptions hrflow) {
        return LegacyAction.builder("push_profile_list")
                .description("Pushs Profiles from HrFlow to Zoho Recruit")
                .trigger(TriggerType.CATCH).direction(Direction.OUTBOUND).entity(Entity.PROFILE).mode(Mode.CREATE)
                .origin(HrFlowLegacy.PROFILES, HrFlowLegacy.profilesOrigin(hrflow))
                .target("Zoho Candidates", ZohoRecruitWarehouse.legacyCandidates(zoho))
                .format(CandidateFormats.HRFLOW_PROFILE_TO_ZOHO)
                .build();
    }
}
