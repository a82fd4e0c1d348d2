package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.FatalRunException;
import ai.hrflow.connectors.api.http.ApiClientSettings;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorType;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.LegacyAction;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.TriggerType;
import ai.hrflow.connectors.api.model.Warehouse;
import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.params.Parameters;
import ai.hrflow.connectors.api.spi.Format;
import ai.hrflow.connectors.api.spi.WriteOperation;
import ai.hrflow.connectors.api.spi.WriteRequest;
import ai.hrflow.connectors.hrflow.HrFlowClientOptions;
import ai.hrflow.connectors.hrflow.HrFlowLegacy;
import ai.hrflow.connectors.hrflow.HrFlowWarehouse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The former "Zoho" connector ({@code zoho}), kept for its {@code push_profile} action (seed 001): the same
 * parameters, but implemented on today's Recruit API v2 (contract §5.3). The reference called the retired
 * legacy API at an accounts host, posted to {@code getRecords}, sent the code to the interactive
 * {@code /oauth/v2/auth} endpoint and counted every answer as a success; none of that worked.
 *
 * <p>Here {@code accounts_url} names the data center (its accounts or Recruit URL), tokens come from
 * {@code <accounts>/oauth/v2/token}, and the candidate is upserted on {@code Email}, so pushing the same
 * profile twice updates it instead of failing as a duplicate.
 */
public final class ZohoConnector {
    public static final String NAME = "Zoho";
    public static final String SUBTYPE = "zoho";
    static final String DEFAULT_OWNER = "HrFlow";
    private static final Logger LOG = LoggerFactory.getLogger(ZohoConnector.class);

    /** HrFlow profile → the legacy push's candidate fields, under their v2 names. */
    public static final Format FORMAT_CANDIDATE = Format.named("format_candidate", ZohoConnector.class, ZohoConnector::candidate);

    /** Seed 001 "Destination Parameters", with the reference's copy-paste slip "Lever API" corrected. */
    public static final ParameterSet PUSH_PARAMETERS = ParameterSet.of("WriteZohoProfileParameters",
            Parameter.string("accounts_url").required().description("URL for fetching accounts"),
            Parameter.string("client_id").required().description("Client ID for authenticating with Zoho API"),
            Parameter.string("client_secret").required().secret()
                    .description("Client secret for authenticating with Zoho API"),
            Parameter.string("authorization_code").required().secret()
                    .description("Authorization code for obtaining access token"),
            Parameter.string("candidateOwner").defaultValue(DEFAULT_OWNER).description("Owner of the candidate"));

    static final String DESCRIPTION = "Zoho Corporation is a prominent multinational SaaS (Software as a Service) "
            + "company offering a wide array of cloud-based software applications and services for businesses. "
            + "This connector keeps the former Zoho connector's push_profile action; use Zoho Recruit for "
            + "everything else.";

    private ZohoConnector() {
    }

    public static Connector create() {
        return create(ZohoConnection.DEFAULT_SETTINGS, HrFlowClientOptions.defaults());
    }

    public static Connector create(ApiClientSettings zoho, HrFlowClientOptions hrflow) {
        LegacyAction pushProfile = LegacyAction.builder("push_profile")
                .description("Pushs specific Profile from HrFlow and writes it to a Zoho Candidate")
                .trigger(TriggerType.CATCH).direction(Direction.OUTBOUND).entity(Entity.PROFILE).mode(Mode.CREATE)
                .origin(HrFlowLegacy.PROFILES, HrFlowLegacy.profilesOrigin(hrflow))
                .target("Zoho Candidates", candidates(zoho))
                .format(FORMAT_CANDIDATE)
                .build();
        return Connector.builder()
                .name(NAME).subtype(SUBTYPE).type(ConnectorType.CRM)
                .description(DESCRIPTION).url("https://www.zoho.com")
                .warehouse(new Warehouse(NAME, ParameterSet.empty(), List.of()))
                .hrflow(HrFlowWarehouse.create(hrflow))
                .legacyAction(pushProfile)
                .build();
    }

    private static WriteOperation candidates(ApiClientSettings settings) {
        return WriteOperation.builder()
                .mode(Mode.CREATE, PUSH_PARAMETERS)
                .batchSize(ZohoRecruitClient.MAX_BATCH)
                .concurrency(ZohoRecruitWarehouse.WRITE_CONCURRENCY)
                .writer(request -> new CandidateWriter(ZohoConnection.open(credentials(request.parameters()),
                        request.context(), settings), CandidateWriter.Operation.UPSERT_BY_EMAIL, null,
                        owner(request)))
                .build();
    }

    static ZohoCredentials credentials(Parameters p) {
        String url = p.string("accounts_url");
        ZohoDataCenter dc = ZohoDataCenter.fromUrl(url).orElseThrow(() -> new FatalRunException("accounts_url '"
                + url + "' is not the accounts (or Recruit) URL of a Zoho data center: use one of "
                + Arrays.toString(ZohoDataCenter.accountsUrls())));
        return new ZohoCredentials(p.string("client_id"), p.string("client_secret"),
                p.string("authorization_code"), null, dc);
    }

    /**
     * {@code Candidate_Owner} from {@code candidateOwner}: Recruit v2 takes a user id there. A name (such as the
     * default {@code HrFlow}) cannot be looked up without the users API, so the candidate is then owned by the
     * user who authorized the client, as Zoho does when no owner is sent.
     */
    private static ObjectNode owner(WriteRequest request) {
        String owner = request.parameters().string("candidateOwner");
        if (owner != null && owner.trim().matches("\\d{5,}")) {
            ObjectNode fields = Json.object();
            fields.putObject("Candidate_Owner").put("id", owner.trim());
            return fields;
        }
        if (owner != null && !owner.equals(DEFAULT_OWNER)) {
            LOG.warn("candidateOwner '{}' is not a Zoho user id: the candidate is owned by the user who authorized"
                    + " the client (Zoho Recruit v2 takes owners by id)", owner);
        }
        return null;
    }

    static ObjectNode candidate(ObjectNode profile) {
        ObjectNode full = CandidateFormats.toCandidate(profile);
        ObjectNode candidate = Json.object();
        for (String field : List.of("First_Name", "Last_Name", "Email", "Phone", "Skill_Set")) {
            if (full.has(field)) {
                candidate.set(field, full.get(field));
            }
        }
        return candidate;
    }
}
