package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.model.Aisle;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.Warehouse;
import ai.hrflow.connectors.api.params.Parameters;
import ai.hrflow.connectors.api.spi.ReadOperation;
import ai.hrflow.connectors.api.spi.ReadRequest;
import ai.hrflow.connectors.api.spi.Reader;
import ai.hrflow.connectors.api.spi.WriteOperation;
import ai.hrflow.connectors.api.spi.WriteRequest;
import ai.hrflow.connectors.api.spi.Writer;
import java.util.List;

/**
 * The HrFlow warehouse every connector pairs with: auth {@code api_secret} + {@code api_user}, and two aisles.
 * <ul>
 * <li>{@code profile}: read in every mode ({@code source_key}, optional {@code profile_key}: one profile, or
 *     every profile of the source, incrementally on {@code updated_at}); write create / update
 *     ({@code only_edit_fields}) / archive into {@code source_key}.</li>
 * <li>{@code job}: read in every mode ({@code board_key}, optional {@code job_key}); write create
 *     ({@code enrich_with_parsing}) / update / archive into {@code board_key}.</li>
 * </ul>
 * HrFlow takes one object per call, so writes declare batches of 1 written {@value #WRITE_CONCURRENCY} at a
 * time; 429 and 5xx answers are retried by the HTTP layer, honouring {@code Retry-After}.
 */
public final class HrFlowWarehouse {
    /** The warehouse's display name (origin/target of v2 flows). */
    public static final String NAME = "HrFlow";
    /** Concurrent write calls: single-object writes need parallelism to keep up with batch-writing ATSs. */
    public static final int WRITE_CONCURRENCY = 16;

    private HrFlowWarehouse() {
    }

    /** The warehouse talking to {@code https://api.hrflow.ai/v1} (or whatever the run's overrides say). */
    public static Warehouse create() {
        return create(HrFlowClientOptions.defaults());
    }

    /** With client options: throttling knobs, page sizes, HTTP settings. */
    public static Warehouse create(HrFlowClientOptions options) {
        Aisle profiles = new Aisle(Entity.PROFILE, profileRead(options), profileWrite(options),
                HrFlowSchemas.profile());
        Aisle jobs = new Aisle(Entity.JOB, jobRead(options), jobWrite(options), HrFlowSchemas.job());
        return new Warehouse(NAME, HrFlowParameters.AUTH, List.of(profiles, jobs));
    }

    private static ReadOperation profileRead(HrFlowClientOptions options) {
        return ReadOperation.builder().allModes(HrFlowParameters.PROFILE_READ).incremental(Mode.values())
                .reader(request -> openRead(request, ObjectKind.PROFILE, options))
                .checks(request -> HrFlowChecks.of(request.auth(), request.parameters(), request.context(),
                        ObjectKind.PROFILE, options))
                .build();
    }

    private static WriteOperation profileWrite(HrFlowClientOptions options) {
        return WriteOperation.builder()
                .mode(Mode.CREATE, HrFlowParameters.PROFILE_CREATE)
                .mode(Mode.UPDATE, HrFlowParameters.PROFILE_UPDATE)
                .mode(Mode.ARCHIVE, HrFlowParameters.PROFILE_ARCHIVE)
                .batchSize(1).concurrency(WRITE_CONCURRENCY)
                .writer(request -> openProfileWrite(request, request.mode(),
                        editFields(request.parameters()), options))
                .checks(request -> HrFlowChecks.of(request.auth(), request.parameters(), request.context(),
                        ObjectKind.PROFILE, options))
                .build();
    }

    private static ReadOperation jobRead(HrFlowClientOptions options) {
        return ReadOperation.builder().allModes(HrFlowParameters.JOB_READ).incremental(Mode.values())
                .reader(request -> openRead(request, ObjectKind.JOB, options))
                .checks(request -> HrFlowChecks.of(request.auth(), request.parameters(), request.context(),
                        ObjectKind.JOB, options))
                .build();
    }

    private static WriteOperation jobWrite(HrFlowClientOptions options) {
        return WriteOperation.builder()
                .mode(Mode.CREATE, HrFlowParameters.JOB_CREATE)
                .mode(Mode.UPDATE, HrFlowParameters.JOB_UPDATE)
                .mode(Mode.ARCHIVE, HrFlowParameters.JOB_ARCHIVE)
                .batchSize(1).concurrency(WRITE_CONCURRENCY)
                .writer(request -> openJobWrite(request, options))
                .checks(request -> HrFlowChecks.of(request.auth(), request.parameters(), request.context(),
                        ObjectKind.JOB, options))
                .build();
    }

    /**
     * One object when the criteria name its key, else the whole source or board, from the incremental token
     * when the run is incremental. Shared with the v1 origin ({@link HrFlowLegacy}).
     */
    static Reader openRead(ReadRequest request, ObjectKind kind, HrFlowClientOptions options) {
        HrFlowClient client = HrFlowAccess.client(request.auth(), request.parameters(), request.context(), options);
        IndexingApi api = kind == ObjectKind.PROFILE ? client.profiles() : client.jobs();
        Parameters criteria = request.parameters();
        String container = criteria.string(kind.containerKey());
        // A missing source or board is one clear fatal error naming the key, before the first page.
        if (kind == ObjectKind.PROFILE) {
            client.source(container);
        } else {
            client.board(container);
        }
        String key = HrFlowAccess.optional(criteria,
                kind == ObjectKind.PROFILE ? HrFlowParameters.PROFILE_KEY : HrFlowParameters.JOB_KEY);
        if (key != null) {
            return new SingleObjectReader(api, container, key, StoredListScan.byOf(request.mode()));
        }
        return new StoredListScan(api, container, options.pageSize(), request.mode(),
                request.incremental() ? request.incrementalToken() : null);
    }

    /** Shared with the v1 target ({@link HrFlowLegacy}), which picks the mode from its {@code edit} flag. */
    static Writer openProfileWrite(WriteRequest request, Mode mode, List<String> onlyEditFields,
            HrFlowClientOptions options) {
        HrFlowClient client = HrFlowAccess.client(request.auth(), request.parameters(), request.context(), options);
        return ProfileWriter.open(client, request.parameters().string(HrFlowParameters.SOURCE_KEY), mode,
                onlyEditFields);
    }

    private static Writer openJobWrite(WriteRequest request, HrFlowClientOptions options) {
        HrFlowClient client = HrFlowAccess.client(request.auth(), request.parameters(), request.context(), options);
        boolean enrich = request.mode() == Mode.CREATE
                && request.parameters().bool(HrFlowParameters.ENRICH_WITH_PARSING, false);
        String board = request.parameters().string(HrFlowParameters.BOARD_KEY);
        client.board(board); // a missing or forbidden board is one fatal error here, before any item
        return new JobWriter(client, board, request.mode(), enrich);
    }

    /** {@code only_edit_fields} when the mode's parameters declare it; empty means the whole item. */
    static List<String> editFields(Parameters parameters) {
        return parameters.declaration().parameter(HrFlowParameters.ONLY_EDIT_FIELDS).isPresent()
                ? parameters.strings(HrFlowParameters.ONLY_EDIT_FIELDS) : List.of();
    }
}
