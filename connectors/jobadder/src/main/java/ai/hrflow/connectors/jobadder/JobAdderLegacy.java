package ai.hrflow.connectors.jobadder;

import ai.hrflow.connectors.api.http.ApiClientSettings;
import ai.hrflow.connectors.api.model.Aisle;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.LegacyAction;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.TriggerType;
import ai.hrflow.connectors.api.model.Warehouse;
import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.params.Parameters;
import ai.hrflow.connectors.api.spi.ReadOperation;
import ai.hrflow.connectors.api.spi.WriteOperation;
import ai.hrflow.connectors.api.spi.WriteRequest;
import ai.hrflow.connectors.hrflow.HrFlowClientOptions;
import ai.hrflow.connectors.hrflow.HrFlowLegacy;

/**
 * The reference's v1 actions of the JobAdder connector, where the credentials sit among each side's parameters:
 * {@code push_profile} (seed 003), {@code pull_profile_list} and {@code pull_job_list}. Their JobAdder sides run
 * the same scan and writer as the v2 flows; v1 pulls read every record in {@code updatedAt} order, incrementally
 * with {@code read_mode: incremental}.
 */
final class JobAdderLegacy {
    /** v1 warehouse names, as the docs show origin and target. */
    static final String PROFILES = "Jobadder Profiles";
    static final String JOBS = "Jobadder Jobs";
    static final String HRFLOW_JOBS = "HrFlow.ai Jobs";

    /**
     * The v1 target {@code HrFlow.ai Jobs}: HrFlow credentials and board among the parameters. The HrFlow module
     * has no v1 job shape, so this one runs the v2 job aisle's writer with these parameters (it takes the
     * credentials from them when the auth holds none).
     */
    static final ParameterSet V1_HRFLOW_JOB_WRITE = ParameterSet.of("WriteJobParameters",
            Parameter.string("api_secret").required().secret().description("X-API-KEY used to access HrFlow.ai API"),
            Parameter.string("api_user").required().description("X-USER-EMAIL used to access HrFlow.ai API"),
            Parameter.string("board_key").required().description("HrFlow.ai board key"),
            Parameter.bool("enrich_with_parsing").defaultValue(false)
                    .description("When enabled jobs are enriched with HrFlow.ai parsing"));

    private JobAdderLegacy() {
    }

    static LegacyAction pushProfile(ApiClientSettings http, HrFlowClientOptions hrflow) {
        WriteOperation target = WriteOperation.builder().mode(Mode.CREATE, JobAdderParameters.V1_PROFILE_WRITE)
                .batchSize(1).concurrency(JobAdderWarehouse.WRITE_CONCURRENCY)
                .writer(r -> JobAdderWarehouse.candidateWriter(r, r.parameters(), JobAdderParameters.X_ALLOW_DUPLICATES,
                        http))
                .checks(r -> JobAdderWarehouse.checks(r.parameters(), JobAdderResource.CANDIDATES, r.context(), http))
                .build();
        return LegacyAction.builder("push_profile")
                .description("Retrieves profiles from an Hrflow.ai source and writes them to Jobadder")
                .trigger(TriggerType.CATCH).direction(Direction.OUTBOUND).entity(Entity.PROFILE).mode(Mode.CREATE)
                .origin(HrFlowLegacy.PROFILES, HrFlowLegacy.profilesOrigin(hrflow))
                .target(PROFILES, target)
                .format(JobAdderFormats.PROFILE_TO_JOBADDER)
                .build();
    }

    static LegacyAction pullProfileList(ApiClientSettings http, HrFlowClientOptions hrflow) {
        ReadOperation origin = ReadOperation.builder().mode(Mode.CREATE, JobAdderParameters.V1_CANDIDATE_READ)
                .incremental(Mode.CREATE)
                .reader(r -> JobAdderWarehouse.scan(r, r.parameters(), JobAdderResource.CANDIDATES,
                        TimeScan.Selection.ALL, http))
                .checks(r -> JobAdderWarehouse.checks(r.parameters(), JobAdderResource.CANDIDATES, r.context(), http))
                .build();
        return LegacyAction.builder("pull_profile_list")
                .description("Retrieves profiles from Jobadder and writes them to an Hrflow.ai source")
                .trigger(TriggerType.PULL).direction(Direction.INBOUND).entity(Entity.PROFILE).mode(Mode.CREATE)
                .origin(PROFILES, origin)
                .target(HrFlowLegacy.PROFILES, HrFlowLegacy.profilesTarget(hrflow))
                .format(JobAdderFormats.CANDIDATE_TO_HRFLOW)
                .build();
    }

    static LegacyAction pullJobList(ApiClientSettings http, Warehouse hrflow) {
        ReadOperation origin = ReadOperation.builder().mode(Mode.CREATE, JobAdderParameters.V1_JOB_READ)
                .incremental(Mode.CREATE)
                .reader(r -> JobAdderWarehouse.scan(r, r.parameters(), JobAdderResource.JOBS, TimeScan.Selection.ALL,
                        http))
                .checks(r -> JobAdderWarehouse.checks(r.parameters(), JobAdderResource.JOBS, r.context(), http))
                .build();
        WriteOperation v2 = hrflow.aisle(Entity.JOB).flatMap(Aisle::writer).orElseThrow(() ->
                new IllegalStateException("the HrFlow warehouse has no job write"));
        WriteOperation target = WriteOperation.builder().mode(Mode.CREATE, V1_HRFLOW_JOB_WRITE)
                .batchSize(v2.batchSize()).concurrency(v2.concurrency())
                .writer(r -> v2.open(new WriteRequest(Mode.CREATE, Parameters.none(), r.parameters(), r.context())))
                .checks(r -> v2.checks(new WriteRequest(Mode.CREATE, Parameters.none(), r.parameters(), r.context())))
                .build();
        return LegacyAction.builder("pull_job_list")
                .description("Retrieves jobs from Jobadder and writes them to an Hrflow.ai board")
                .trigger(TriggerType.PULL).direction(Direction.INBOUND).entity(Entity.JOB).mode(Mode.CREATE)
                .origin(JOBS, origin)
                .target(HRFLOW_JOBS, target)
                .format(JobAdderFormats.JOB_TO_HRFLOW)
                .build();
    }
}
