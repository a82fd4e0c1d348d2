package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.http.ApiClientSettings;
import ai.hrflow.connectors.api.model.Aisle;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.Warehouse;
import ai.hrflow.connectors.api.params.Parameters;
import ai.hrflow.connectors.api.spi.Check;
import ai.hrflow.connectors.api.spi.ReadOperation;
import ai.hrflow.connectors.api.spi.ReadRequest;
import ai.hrflow.connectors.api.spi.Reader;
import ai.hrflow.connectors.api.spi.RunContext;
import ai.hrflow.connectors.api.spi.WriteOperation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The Recruitee warehouse: auth {@code company_id}, {@code api_token}, {@code recruitee_endpoint}, and two aisles.
 * <ul>
 * <li>{@code profile} (candidates): read in create and update modes, incrementally ({@link CandidateReader}),
 *     and in archive mode (deleted candidates among given ids, {@link DeletedCandidatesReader}); written in
 *     every mode ({@link CandidateWriter}).</li>
 * <li>{@code job} (offers): read in every mode, incrementally ({@link OfferReader}); not written (the reference
 *     has no job writer either).</li>
 * </ul>
 * Writes go one candidate per call (Recruitee has no bulk endpoint), {@value #WRITE_CONCURRENCY} at a time: the
 * API publishes no rate limit, so concurrency stays low and 429s are retried.
 */
public final class RecruiteeWarehouse {
    /** Display name, the origin or target of v2 flows. */
    public static final String NAME = "Recruitee";
    /** The v1 warehouse name of {@code push_profile}'s target. */
    public static final String V1_PROFILES = "Recruitee Profiles";
    public static final int WRITE_CONCURRENCY = 4;

    private RecruiteeWarehouse() {
    }

    public static Warehouse create(RecruiteeOptions options) {
        Aisle profiles = new Aisle(Entity.PROFILE, profileRead(options), profileWrite(options.http()), schema("RecruiteeProfile",
                "A Recruitee candidate (detail), as GET /c/{company}/candidates/{id} returns it"));
        Aisle jobs = new Aisle(Entity.JOB, jobRead(options), null, schema("RecruiteeJob",
                "A Recruitee offer, as GET /c/{company}/offers returns it"));
        return new Warehouse(NAME, RecruiteeParameters.AUTH, List.of(profiles, jobs));
    }

    /** {@code push_profile}'s target: credentials and {@code offer_ids} in one v1 parameter set. */
    public static WriteOperation v1ProfileTarget(ApiClientSettings http) {
        return WriteOperation.builder().mode(Mode.CREATE, RecruiteeParameters.V1_WRITE_PROFILE)
                .batchSize(1).concurrency(WRITE_CONCURRENCY)
                .writer(request -> {
                    Parameters p = request.parameters();
                    RecruiteeClient client = RecruiteeClient.open(RecruiteeAccount.from(p), request.context(), http);
                    return new CandidateWriter(client, Mode.CREATE, RecruiteeParameters.v1OfferIds(p));
                })
                .checks(request -> checks(request.parameters(), request.context(), http))
                .build();
    }

    private static ReadOperation profileRead(RecruiteeOptions options) {
        return ReadOperation.builder()
                .mode(Mode.CREATE, RecruiteeParameters.READ_PROFILES)
                .mode(Mode.UPDATE, RecruiteeParameters.READ_PROFILES)
                .mode(Mode.ARCHIVE, RecruiteeParameters.READ_DELETED_PROFILES)
                .incremental(Mode.CREATE, Mode.UPDATE)
                .reader(request -> openCandidates(request, options))
                .checks(request -> checks(request.auth(), request.context(), options.http()))
                .build();
    }

    private static Reader openCandidates(ReadRequest request, RecruiteeOptions options) {
        RecruiteeClient client = RecruiteeClient.open(RecruiteeAccount.from(request.auth()), request.context(),
                options.http());
        Parameters p = request.parameters();
        if (request.mode() == Mode.ARCHIVE) {
            return new DeletedCandidatesReader(client, DeletedCandidatesReader.parseIds(p.string("ids")));
        }
        Long offset = p.integer("offset");
        return new CandidateReader(client, request.mode(), CandidateQuery.filters(p),
                since(request, CandidateReader.by(request.mode())),
                p.integer("limit"), offset == null ? 0 : Math.toIntExact(offset),
                new DetailFetcher("candidate", client::candidate, options.detailConcurrency()));
    }

    private static WriteOperation profileWrite(ApiClientSettings http) {
        return WriteOperation.builder()
                .mode(Mode.CREATE, RecruiteeParameters.WRITE_PROFILES)
                .mode(Mode.UPDATE, RecruiteeParameters.UPDATE_PROFILES)
                .mode(Mode.ARCHIVE, RecruiteeParameters.ARCHIVE_PROFILES)
                .batchSize(1).concurrency(WRITE_CONCURRENCY)
                .writer(request -> {
                    RecruiteeClient client = RecruiteeClient.open(RecruiteeAccount.from(request.auth()),
                            request.context(), http);
                    List<Long> offers = request.mode() == Mode.CREATE
                            ? request.parameters().integers(RecruiteeParameters.OFFERS) : List.of();
                    return new CandidateWriter(client, request.mode(), offers);
                })
                .checks(request -> checks(request.auth(), request.context(), http))
                .build();
    }

    private static ReadOperation jobRead(RecruiteeOptions options) {
        return ReadOperation.builder().allModes(RecruiteeParameters.READ_JOBS).incremental(Mode.values())
                .reader(request -> {
                    RecruiteeClient client = RecruiteeClient.open(RecruiteeAccount.from(request.auth()),
                            request.context(), options.http());
                    Parameters p = request.parameters();
                    try (DetailFetcher details = new DetailFetcher("offer", client::offer,
                            options.detailConcurrency())) {
                        return OfferReader.open(client, request.mode(), p.string("kind"), p.string("scope"),
                                p.string("view_mode"), since(request, OfferReader.by(request.mode())), details);
                    }
                })
                .checks(request -> checks(request.auth(), request.context(), options.http()))
                .build();
    }

    /** {@code GET /c/{company}/admin}: the token is accepted for that company; nothing is written. */
    private static List<Check> checks(Parameters auth, RunContext context, ApiClientSettings http) {
        RecruiteeAccount account = RecruiteeAccount.from(auth);
        return List.of(new Check("API token accepted for company '" + account.companyId() + "'", () ->
                RecruiteeClient.open(account, context, http).admin()));
    }

    private static SweepKey since(ReadRequest request, String by) {
        return request.incremental() && request.incrementalToken() != null && !request.incrementalToken().isBlank()
                ? SweepKey.decode(request.incrementalToken().trim(), by) : null;
    }

    private static ObjectNode schema(String title, String description) {
        ObjectNode schema = Json.object().put("title", title).put("type", "object").put("description", description);
        schema.putObject("properties").putObject("id").put("type", "integer");
        return schema;
    }
}
