package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.params.Parameters;
import ai.hrflow.connectors.api.spi.ReadOperation;
import ai.hrflow.connectors.api.spi.WriteOperation;

/**
 * The v1 shapes of the HrFlow side for the legacy actions of the seeds: the warehouse {@code HrFlow.ai Profiles},
 * whose parameters hold the credentials next to the criteria. Both operations run the v2 aisle's code.
 * <ul>
 * <li>{@link #profilesOrigin()}: the origin of {@code push_profile} / {@code push_profile_list} (seeds 000,
 *     001, 003, 004): reads the one profile {@code profile_key} of {@code source_key}.</li>
 * <li>{@link #profilesTarget()}: the target of {@code pull_profile_list}: creates profiles, or with
 *     {@code edit=true} updates them ({@code only_edit_fields}), like the v2 create and update modes.</li>
 * </ul>
 * Every mode takes the same parameters (a v1 action uses create unless it says otherwise).
 */
public final class HrFlowLegacy {
    /** The v1 warehouse name, shown as origin or target in v1 docs. */
    public static final String PROFILES = "HrFlow.ai Profiles";

    private HrFlowLegacy() {
    }

    public static ReadOperation profilesOrigin() {
        return profilesOrigin(HrFlowClientOptions.defaults());
    }

    /** Not incremental: the reference's v1 read always reads the one profile named. */
    public static ReadOperation profilesOrigin(HrFlowClientOptions options) {
        return ReadOperation.builder().allModes(HrFlowParameters.V1_PROFILE_READ)
                .reader(request -> HrFlowWarehouse.openRead(request, ObjectKind.PROFILE, options))
                .checks(request -> HrFlowChecks.of(request.auth(), request.parameters(), request.context(),
                        ObjectKind.PROFILE, options))
                .build();
    }

    public static WriteOperation profilesTarget() {
        return profilesTarget(HrFlowClientOptions.defaults());
    }

    public static WriteOperation profilesTarget(HrFlowClientOptions options) {
        WriteOperation.Builder builder = WriteOperation.builder().batchSize(1)
                .concurrency(HrFlowWarehouse.WRITE_CONCURRENCY)
                .writer(request -> {
                    Parameters p = request.parameters();
                    Mode mode = p.bool(HrFlowParameters.EDIT, false) ? Mode.UPDATE : Mode.CREATE;
                    return HrFlowWarehouse.openProfileWrite(request, mode, HrFlowWarehouse.editFields(p), options);
                })
                .checks(request -> HrFlowChecks.of(request.auth(), request.parameters(), request.context(),
                        ObjectKind.PROFILE, options));
        for (Mode mode : Mode.values()) {
            builder.mode(mode, HrFlowParameters.V1_PROFILE_WRITE);
        }
        return builder.build();
    }
}
