package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.http.ApiClientSettings;
import ai.hrflow.connectors.api.model.Aisle;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.Warehouse;
import ai.hrflow.connectors.api.spi.Check;
import ai.hrflow.connectors.api.spi.ReadOperation;
import ai.hrflow.connectors.api.spi.Reader;
import ai.hrflow.connectors.api.spi.RunContext;
import ai.hrflow.connectors.api.spi.WriteOperation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The Zoho Recruit side of the connector: Candidates (profile aisle: read in every mode, written in every mode)
 * and JobOpenings (job aisle: read in every mode). Every read supports incremental runs; writes go 100 records
 * a call.
 */
public final class ZohoRecruitWarehouse {
    /** Batches written at once: Zoho limits concurrent calls per org (figures unpublished, 5+ per edition). */
    static final int WRITE_CONCURRENCY = 2;

    private ZohoRecruitWarehouse() {
    }

    /** The warehouse, its clients built with {@code settings} (see {@link ZohoConnection#DEFAULT_SETTINGS}). */
    public static Warehouse create(ApiClientSettings settings) {
        return new Warehouse("Zoho Recruit", ZohoRecruitParameters.AUTH, List.of(
                new Aisle(Entity.PROFILE, read(ZohoModule.CANDIDATES, settings), candidateWrites(settings),
                        schema("ZohoRecruitCandidate", "First_Name", "Last_Name", "Email", "Phone", "Skill_Set",
                                "Experience_Details", "Educational_Details")),
                new Aisle(Entity.JOB, read(ZohoModule.JOB_OPENINGS, settings), null,
                        schema("ZohoRecruitJobOpening", "Job_Opening_Name", "Job_Description", "Required_Skills",
                                "City", "Country"))));
    }

    /** Create and update read the list endpoint with the seed's pull parameters; archive reads deleted records. */
    static ReadOperation read(ZohoModule module, ApiClientSettings settings) {
        return ReadOperation.builder()
                .mode(Mode.CREATE, ZohoRecruitParameters.READ)
                .mode(Mode.UPDATE, ZohoRecruitParameters.READ)
                .mode(Mode.ARCHIVE, ZohoRecruitParameters.READ_DELETED)
                .incremental(Mode.CREATE, Mode.UPDATE, Mode.ARCHIVE)
                .reader(request -> {
                    ZohoRecruitClient client = ZohoConnection.open(
                            ZohoCredentials.fromParameters(request.auth()), request.context(), settings);
                    Reader reader = request.mode() == Mode.ARCHIVE
                            ? DeletedScan.open(client, module, request)
                            : RecordScan.open(client, module, request);
                    return reader;
                })
                .checks(request -> checks(ZohoCredentials.fromParameters(request.auth()), module, request.context(),
                        settings))
                .build();
    }

    private static WriteOperation candidateWrites(ApiClientSettings settings) {
        return WriteOperation.builder()
                .mode(Mode.CREATE, ZohoRecruitParameters.WRITE)
                .mode(Mode.UPDATE, ZohoRecruitParameters.WRITE)
                .mode(Mode.ARCHIVE, ZohoRecruitParameters.WRITE_DELETE)
                .batchSize(ZohoRecruitClient.MAX_BATCH)
                .concurrency(WRITE_CONCURRENCY)
                .writer(request -> {
                    ZohoRecruitClient client = ZohoConnection.open(
                            ZohoCredentials.fromParameters(request.auth()), request.context(), settings);
                    return switch (request.mode()) {
                        case CREATE -> new CandidateWriter(client, CandidateWriter.Operation.INSERT, null, null);
                        case UPDATE -> new CandidateWriter(client, CandidateWriter.Operation.UPDATE, null, null);
                        case ARCHIVE -> new CandidateWriter(client, CandidateWriter.Operation.DELETE,
                                request.parameters().bool("wf_trigger"), null);
                    };
                })
                .checks(request -> checks(ZohoCredentials.fromParameters(request.auth()), ZohoModule.CANDIDATES,
                        request.context(), settings))
                .build();
    }

    /**
     * The {@code push_profile_list} target ("Zoho Candidates"): its destination parameters carry the auth (v1
     * shape), and it inserts as the v2 create flow does.
     */
    static WriteOperation legacyCandidates(ApiClientSettings settings) {
        return WriteOperation.builder()
                .mode(Mode.CREATE, ZohoRecruitParameters.LEGACY_WRITE)
                .batchSize(ZohoRecruitClient.MAX_BATCH)
                .concurrency(WRITE_CONCURRENCY)
                .writer(request -> new CandidateWriter(ZohoConnection.open(ZohoCredentials.fromParameters(
                        request.parameters()), request.context(), settings), CandidateWriter.Operation.INSERT,
                        null, null))
                .checks(request -> checks(ZohoCredentials.fromParameters(request.parameters()),
                        ZohoModule.CANDIDATES, request.context(), settings))
                .build();
    }

    /**
     * Zoho Accounts gives an access token for the credentials (a refresh, unless the state store holds a valid
     * one), and the module answers a first list page with it. Reading is the only call that touches no data;
     * a token whose scope allows writing but not reading the module would fail this check although a write
     * would pass (Zoho's scopes for the connector include both).
     */
    static List<Check> checks(ZohoCredentials credentials, ZohoModule module, RunContext context,
            ApiClientSettings settings) {
        return List.of(new Check("access token and " + module.apiName() + " module readable", () ->
                ZohoConnection.open(credentials, context, settings).list(module.apiName(), ListQuery.all(), 1,
                        null)));
    }

    private static ObjectNode schema(String title, String... properties) {
        ObjectNode schema = Json.object().put("title", title).put("type", "object");
        ObjectNode props = schema.putObject("properties");
        props.putObject("id").put("type", "string");
        for (String p : properties) {
            props.putObject(p);
        }
        return schema;
    }
}
