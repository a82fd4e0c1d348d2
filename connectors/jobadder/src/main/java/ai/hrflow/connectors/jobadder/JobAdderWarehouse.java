package ai.hrflow.connectors.jobadder;

import ai.hrflow.connectors.api.http.ApiClientSettings;
import ai.hrflow.connectors.api.model.Aisle;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.Warehouse;
import ai.hrflow.connectors.api.params.Parameters;
import ai.hrflow.connectors.api.spi.Endpoint;
import ai.hrflow.connectors.api.spi.Check;
import ai.hrflow.connectors.api.spi.ReadOperation;
import ai.hrflow.connectors.api.spi.ReadRequest;
import ai.hrflow.connectors.api.spi.RunContext;
import ai.hrflow.connectors.api.spi.Reader;
import ai.hrflow.connectors.api.spi.WriteOperation;
import ai.hrflow.connectors.api.spi.WriteRequest;
import java.util.List;

/**
 * The JobAdder warehouse: auth {@link JobAdderParameters#AUTH} and two aisles.
 * <ul>
 * <li>{@code profile} (JobAdder candidates): read in every mode, incrementally ({@link TimeScan}); written in
 *     create and update modes ({@link CandidateWriter}). No archive write: JobAdder has no delete, and
 *     deactivating a candidate means moving it to an account-specific status through an endpoint the contract
 *     does not cover.</li>
 * <li>{@code job} (JobAdder job orders): read in every mode, incrementally; not written (the contract covers
 *     no job write).</li>
 * </ul>
 * Candidates are written one per call (JobAdder has no bulk create), {@value #WRITE_CONCURRENCY} calls at a time.
 */
public final class JobAdderWarehouse {
    /** Display name, as origin/target of v2 flows. */
    public static final String NAME = "Jobadder";
    /** Concurrent candidate writes: JobAdder publishes no rate, so stay modest and let 429s slow us. */
    public static final int WRITE_CONCURRENCY = 4;

    private static final Endpoint LIST_CANDIDATES = new Endpoint("List candidates",
            "Candidates by offset/limit, filtered and sorted by time", "https://api.jobadder.com/v2/candidates");
    private static final Endpoint CREATE_CANDIDATE = new Endpoint("Add candidate", "Creates a candidate",
            "https://api.jobadder.com/v2/candidates");
    private static final Endpoint UPDATE_CANDIDATE = new Endpoint("Update candidate", "Updates a candidate",
            "https://api.jobadder.com/v2/candidates/{candidateId}");
    private static final Endpoint LIST_JOBS = new Endpoint("List jobs",
            "Job orders by offset/limit, filtered and sorted by time", "https://api.jobadder.com/v2/jobs");

    private JobAdderWarehouse() {
    }

    public static Warehouse create() {
        return create(JobAdderConnection.DEFAULT_SETTINGS);
    }

    /** @param http HTTP behaviour of the JobAdder client (tests shorten the backoffs) */
    public static Warehouse create(ApiClientSettings http) {
        Aisle candidates = new Aisle(Entity.PROFILE, candidateRead(http), candidateWrite(http),
                JobAdderSchemas.candidate());
        Aisle jobs = new Aisle(Entity.JOB, jobRead(http), null, JobAdderSchemas.job());
        return new Warehouse(NAME, JobAdderParameters.AUTH, List.of(candidates, jobs));
    }

    private static ReadOperation candidateRead(ApiClientSettings http) {
        return ReadOperation.builder().allModes(JobAdderParameters.CANDIDATE_READ).incremental(Mode.values())
                .endpoint(LIST_CANDIDATES)
                .reader(r -> scan(r, r.auth(), JobAdderResource.CANDIDATES, TimeScan.selection(r.mode()), http))
                .checks(r -> checks(r.auth(), JobAdderResource.CANDIDATES, r.context(), http))
                .build();
    }

    private static ReadOperation jobRead(ApiClientSettings http) {
        return ReadOperation.builder().allModes(JobAdderParameters.JOB_READ).incremental(Mode.values())
                .endpoint(LIST_JOBS)
                .reader(r -> scan(r, r.auth(), JobAdderResource.JOBS, TimeScan.selection(r.mode()), http))
                .checks(r -> checks(r.auth(), JobAdderResource.JOBS, r.context(), http))
                .build();
    }

    private static WriteOperation candidateWrite(ApiClientSettings http) {
        return WriteOperation.builder()
                .mode(Mode.CREATE, JobAdderParameters.CANDIDATE_CREATE)
                .mode(Mode.UPDATE, JobAdderParameters.CANDIDATE_UPDATE)
                .endpoint(CREATE_CANDIDATE).endpoint(UPDATE_CANDIDATE)
                .batchSize(1).concurrency(WRITE_CONCURRENCY)
                .writer(r -> candidateWriter(r, r.auth(), JobAdderParameters.ALLOW_DUPLICATES, http))
                .checks(r -> checks(r.auth(), JobAdderResource.CANDIDATES, r.context(), http))
                .build();
    }

    /**
     * JobAdder's identity server gives an access token for the credentials (a refresh unless the state store
     * holds a valid one), and the collection answers a one-record list with it: both without writing.
     */
    static List<Check> checks(Parameters credentials, JobAdderResource resource, RunContext context,
            ApiClientSettings http) {
        return List.of(new Check("access token and " + resource.path() + " readable", () ->
                JobAdderConnection.open(JobAdderCredentials.fromParameters(credentials), context, http)
                        .list(resource, ListQuery.of(1))));
    }

    /**
     * A scan of a collection. {@code credentials} hold the OAuth parameters: the warehouse auth (v2) or the
     * operation's own parameters (v1 actions declare them there).
     */
    static Reader scan(ReadRequest request, Parameters credentials, JobAdderResource resource,
            TimeScan.Selection selection, ApiClientSettings http) {
        JobAdderClient client = JobAdderConnection.open(JobAdderCredentials.fromParameters(credentials),
                request.context(), http);
        String token = request.incremental() ? request.incrementalToken() : null;
        return new TimeScan(client, resource, selection, JobAdderParameters.query(request.parameters()), token);
    }

    /**
     * A candidate writer; with the boolean parameter {@code allowDuplicates} true, a create JobAdder answers 409
     * is re-sent with the 409's override code as {@code X-Allow-Duplicates} ({@link CandidateWriter}).
     */
    static CandidateWriter candidateWriter(WriteRequest request, Parameters credentials, String allowDuplicates,
            ApiClientSettings http) {
        JobAdderClient client = JobAdderConnection.open(JobAdderCredentials.fromParameters(credentials),
                request.context(), http);
        boolean create = request.mode() == Mode.CREATE;
        boolean allow = create && request.parameters().bool(allowDuplicates, false);
        return new CandidateWriter(client, create ? CandidateWriter.Operation.CREATE : CandidateWriter.Operation.UPDATE,
                allow, allowDuplicates);
    }
}
