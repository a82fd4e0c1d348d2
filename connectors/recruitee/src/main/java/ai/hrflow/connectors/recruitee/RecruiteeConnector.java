package ai.hrflow.connectors.recruitee;

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
 * The Recruitee connector: the reference's nine flows (profiles created, updated, archived in both directions;
 * jobs created, updated, archived into HrFlow) and the v1 action {@code push_profile} of seed 004.
 *
 * <pre>{@code
 * Action push = RecruiteeConnector.create().action("push_profile").orElseThrow();
 * RunResult result = push.run(ActionRequest.builder("push-to-recruitee")
 *         .originParameters(Map.of("api_secret", "...", "api_user", "me@example.com",
 *                 "source_key", "...", "profile_key", "..."))
 *         .targetParameters(Map.of("company_id", "12345", "api_token", "...",
 *                 "recruitee_endpoint", "PRODUCTION ENDPOINT", "offer_ids", List.of(699480)))
 *         .build());
 * }</pre>
 */
public final class RecruiteeConnector {
    public static final String NAME = "Recruitee";
    public static final String SUBTYPE = "recruitee";
    static final String DESCRIPTION = "Recruitee is an innovative and intuitive recruitment software that empowers "
            + "businesses to streamline hiring processes and attract top talent. Recruitee provides a comprehensive "
            + "solution that ensures a seamless and efficient recruitment experience.";

    private RecruiteeConnector() {
    }

    /** With the production settings of both APIs. */
    public static Connector create() {
        return create(RecruiteeOptions.defaults(), HrFlowClientOptions.defaults());
    }

    /**
     * @param recruitee options of the Recruitee clients (HTTP settings, read concurrency)
     * @param hrflow options of the HrFlow clients
     */
    public static Connector create(RecruiteeOptions recruitee, HrFlowClientOptions hrflow) {
        return Connector.builder().name(NAME).subtype(SUBTYPE).type(ConnectorType.ATS).description(DESCRIPTION)
                .url("https://recruitee.com/").warehouse(RecruiteeWarehouse.create(recruitee))
                .hrflow(HrFlowWarehouse.create(hrflow))
                .flow(inbound(Mode.CREATE, Entity.PROFILE).withFormat(CandidateFormats.FORMAT_RECRUITEE_CANDIDATE))
                .flow(inbound(Mode.UPDATE, Entity.PROFILE).withFormat(CandidateFormats.FORMAT_RECRUITEE_CANDIDATE))
                .flow(inbound(Mode.ARCHIVE, Entity.PROFILE).withFormat(CandidateFormats.FORMAT_ARCHIVE_IN_HRFLOW))
                .flow(outbound(Mode.CREATE).withFormat(ProfileFormats.FORMAT_HRFLOW_PROFILE))
                .flow(outbound(Mode.UPDATE).withFormat(ProfileFormats.FORMAT_HRFLOW_PROFILE_FOR_UPDATE))
                .flow(outbound(Mode.ARCHIVE).withFormat(ProfileFormats.FORMAT_ARCHIVE_IN_RECRUITEE))
                .flow(inbound(Mode.CREATE, Entity.JOB).withFormat(JobFormats.FORMAT_JOB))
                .flow(inbound(Mode.UPDATE, Entity.JOB).withFormat(JobFormats.FORMAT_JOB))
                .flow(inbound(Mode.ARCHIVE, Entity.JOB).withFormat(CandidateFormats.FORMAT_ARCHIVE_IN_HRFLOW))
                .legacyAction(pushProfile(recruitee, hrflow))
                .build();
    }

    /** Seed 004: one HrFlow profile written as a candidate, assigned to {@code offer_ids}. */
    private static LegacyAction pushProfile(RecruiteeOptions recruitee, HrFlowClientOptions hrflow) {
        return LegacyAction.builder("push_profile")
                .description("Writes a profile from Hrflow.ai Source as a candidate on Recruitee via the API")
                .trigger(TriggerType.CATCH).direction(Direction.OUTBOUND).entity(Entity.PROFILE).mode(Mode.CREATE)
                .origin(HrFlowLegacy.PROFILES, HrFlowLegacy.profilesOrigin(hrflow))
                .target(RecruiteeWarehouse.V1_PROFILES, RecruiteeWarehouse.v1ProfileTarget(recruitee.http()))
                .format(ProfileFormats.FORMAT_PROFILE)
                .build();
    }

    private static Flow inbound(Mode mode, Entity entity) {
        return Flow.of(mode, entity, Direction.INBOUND);
    }

    private static Flow outbound(Mode mode) {
        return Flow.of(mode, Entity.PROFILE, Direction.OUTBOUND);
    }
}
